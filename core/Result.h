// Result<T>: errors as values. Every fallible operation in MotCua returns a Result; nothing throws
// across the event loop. An Error carries its kind (the command line maps it to an exit code), the field it
// concerns and a human message that was already translated with tr() (Vietnamese by default).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace motcua {

enum class ErrorKind {
    Invalid, // input or business rule rejected
    NotFound, // the thing asked for does not exist
    Usage, // wrong command line or option
    Environment, // device, network, storage or OS failure
    Permission, // the user may not do this
};

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString field; // what the error is about ("id_number", "device", ...); may be empty
    QString message; // translated, human-readable, says what failed and what to do
    QString code; // optional stable machine code ("jammed", "illegal_transition", ...)

    static Error invalid(QString field, QString message, QString code = {})
    {
        return { ErrorKind::Invalid, std::move(field), std::move(message), std::move(code) };
    }
    static Error notFound(QString field, QString message, QString code = {})
    {
        return { ErrorKind::NotFound, std::move(field), std::move(message), std::move(code) };
    }
    static Error usage(QString message, QString code = {})
    {
        return { ErrorKind::Usage, {}, std::move(message), std::move(code) };
    }
    static Error environment(QString field, QString message, QString code = {})
    {
        return { ErrorKind::Environment, std::move(field), std::move(message), std::move(code) };
    }
    static Error permission(QString field, QString message, QString code = {})
    {
        return { ErrorKind::Permission, std::move(field), std::move(message), std::move(code) };
    }
};

// Stable lower-case name of an error kind, used in JSON ("invalid", "usage", ...).
QString errorKindName(ErrorKind kind);

template <typename T> class [[nodiscard]] Result
{
public:
    Result(const T& value) : m_value(value) { }
    Result(T&& value) : m_value(std::move(value)) { }
    Result(const Error& error) : m_value(error) { }
    Result(Error&& error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T* operator->() const { return &std::get<T>(m_value); }
    T* operator->() { return &std::get<T>(m_value); }
    const T& operator*() const& { return value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error& error) : m_error(error) { }
    Result(Error&& error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace motcua
