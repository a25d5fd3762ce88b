package io.idem.expression;

import java.util.Objects;

/**
 * How an identifier reads in SQL: an already-quoted column expression (for example
 * {@code "f"."usage_30d"}) and its expression type. A duration column stores whole days as an
 * integer. A number or money column may have any numeric SQL type, because the compiler casts it
 * to double precision.
 */
public record SqlColumn(String sql, Type type) {

    public SqlColumn {
        Objects.requireNonNull(sql, "sql is null");
        Objects.requireNonNull(type, "type is null");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("the SQL of a column is blank");
        }
    }
}
