#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace iitalent::gui {

// A typed preference with its key and default declared where it is used, e.g.
//   static const Setting<QString> language{"ui/language", QString()};
// QSettings is the only store; the organisation and application names pick the file.
template <typename T>
class Setting final
{
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T get() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace iitalent::gui
