// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace freshet {

/// The outcome of an operation that can fail with a message meant for a person.
/// Used instead of exceptions so failures can cross signals, threads and the CLI alike.
template <typename T>
class [[nodiscard]] Result final
{
public:
    static Result success(T value) { return Result(std::move(value), {}); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error) : m_value(std::move(value)), m_error(std::move(error)) {}

    std::optional<T> m_value;
    QString m_error;
};

/// A Result that carries no value: only whether it worked, and why not.
class [[nodiscard]] Status final
{
public:
    static Status success() { return Status({}); }
    static Status failure(QString message) { return Status(std::move(message), false); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString error, bool ok = true) : m_ok(ok), m_error(std::move(error)) {}

    bool m_ok;
    QString m_error;
};

} // namespace freshet
