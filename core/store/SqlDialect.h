#pragma once
// What differs between the two SQL engines a project can live in (SQLite for a file,
// PostgreSQL for a team project), for the few statements that cannot be written once.
#include <QString>

namespace crossread {

class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    { }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    // The values of EXPR over a group as one comma-separated string.
    QString commaList(const QString &expr) const
    {
        return isPostgres() ? QStringLiteral("string_agg((%1)::text, ',')").arg(expr)
                            : QStringLiteral("group_concat(%1)").arg(expr);
    }
    // LHS equals RHS ignoring case (SQLite's NOCASE folds ASCII only; PostgreSQL's lower() all letters).
    QString sameIgnoringCase(const QString &lhs, const QString &rhs) const
    {
        return isPostgres() ? QStringLiteral("lower(%1) = lower(%2)").arg(lhs, rhs)
                            : QStringLiteral("%1 = %2 COLLATE NOCASE").arg(lhs, rhs);
    }

private:
    Backend m_backend;
};

} // namespace crossread
