#include "CommandLine.h"

namespace iitalent::cli {

bool Arguments::parse(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (flags.contains(name)) {
            if (hasInlineValue) {
                m_error = QStringLiteral("--%1 takes no value").arg(name);
                return false;
            }
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("--%1 needs a value").arg(name);
                    return false;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace iitalent::cli
