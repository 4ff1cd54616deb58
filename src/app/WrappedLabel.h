#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace iitalent::gui {

// A word-wrapped label that remembers its height for each width it was asked about, until its
// text or font changes. Layouts ask a wrapped label's height for the same few widths many times
// while a window is laid out; for a selectable label each answer lays the whole text out again,
// which made the main window slow to appear.
class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr) : QLabel(parent) { setWordWrap(true); }

    int heightForWidth(int width) const override
    {
        if (m_text != text() || m_font != font()) {
            m_heights.clear();
            m_text = text();
            m_font = font();
        }
        const auto it = m_heights.constFind(width);
        if (it != m_heights.constEnd())
            return *it;
        const int height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
        return height;
    }

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_text;
    mutable QFont m_font;
};

} // namespace iitalent::gui
