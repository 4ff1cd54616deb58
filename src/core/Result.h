#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace iitalent {

// A value or an error message in words a user can read. The core reports errors this way;
// the GUI shows the message and the CLI prints it to stderr with a non-zero exit status.
template <typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    // The value of a success; asking a failure for its value is a programming error.
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "called on a failure");
        return *m_value;
    }
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "called on a failure");
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "called on a failure");
        return std::move(*m_value);
    }
    T *operator->()
    {
        Q_ASSERT_X(ok(), "Result::operator->", "called on a failure");
        return &*m_value;
    }
    const T *operator->() const
    {
        Q_ASSERT_X(ok(), "Result::operator->", "called on a failure");
        return &*m_value;
    }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A result that carries no value: success, or an error message.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace iitalent
