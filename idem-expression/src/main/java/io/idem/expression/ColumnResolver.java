package io.idem.expression;

import io.idem.store.SqlDialect;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps an identifier of an expression to its SQL column. Implementations throw for a name they do
 * not know; the compiler reports that at the identifier's line and column, and keeps the fix of an
 * {@link ExpressionException}.
 */
@FunctionalInterface
public interface ColumnResolver {

    /**
     * Returns the column for a name.
     *
     * @throws RuntimeException (preferably {@link ExpressionException} of kind UNKNOWN_NAME) when the name is unknown
     */
    SqlColumn resolve(String name);

    /** Returns a resolver over a fixed map, whose unknown-name error suggests the closest names. */
    static ColumnResolver of(Map<String, SqlColumn> columns) {
        Map<String, SqlColumn> copy = Map.copyOf(columns);
        return name -> {
            SqlColumn column = copy.get(name);
            if (column == null) {
                throw new ExpressionException(ExpressionException.Kind.UNKNOWN_NAME, new Position(1, 1),
                        "unknown column '" + name + "'", name, NameSuggestions.hint(name, copy.keySet(), "columns"));
            }
            return column;
        };
    }

    /**
     * Returns a resolver for the names of a scope, each read from the column of the same name,
     * quoted by the dialect and qualified by {@code tableAlias} unless it is null.
     */
    static ColumnResolver columns(SqlDialect dialect, String tableAlias, Scope scope) {
        Objects.requireNonNull(dialect, "dialect is null");
        Objects.requireNonNull(scope, "scope is null");
        String prefix = tableAlias == null ? "" : dialect.quoteIdentifier(tableAlias) + ".";
        Map<String, SqlColumn> columns = new HashMap<>();
        for (String name : scope.names()) {
            columns.put(name, new SqlColumn(prefix + dialect.quoteIdentifier(name), scope.type(name).orElseThrow()));
        }
        return of(columns);
    }
}
