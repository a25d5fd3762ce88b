package io.idem.expression;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. Values are
 * Double (numbers), String, LocalDate, Long (durations in days) and {@link Placeholder#AS_OF}, which
 * stands for the as-of date so that one compiled fragment can be run for many dates.
 */
public record SqlFragment(String sql, List<Object> parameters) {

    /** A parameter whose value is supplied when the fragment is bound. */
    public enum Placeholder {
        /** The run's as-of date. */
        AS_OF
    }

    public SqlFragment {
        Objects.requireNonNull(sql, "sql is null");
        parameters = List.copyOf(parameters);
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != parameters.size()) {
            throw new IllegalArgumentException("SQL has " + placeholders + " placeholders but " + parameters.size() + " parameters: " + sql);
        }
    }

    /** Joins strings of SQL text and fragments in order, concatenating their parameters likewise. */
    static SqlFragment of(Object... parts) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof SqlFragment fragment) {
                sql.append(fragment.sql());
                parameters.addAll(fragment.parameters());
            } else if (part instanceof String text) {
                sql.append(text);
            } else {
                throw new IllegalArgumentException("expected SQL text or a fragment, found " + part);
            }
        }
        return new SqlFragment(sql.toString(), parameters);
    }

    /** Returns a fragment of one placeholder text, such as {@code CAST(? AS DATE)}, and its value. */
    static SqlFragment parameter(String placeholder, Object value) {
        return new SqlFragment(placeholder, List.of(value));
    }

    /** Returns whether the fragment reads the as-of date. */
    public boolean usesAsOf() {
        return parameters.contains(Placeholder.AS_OF);
    }

    /** Returns the parameters with the as-of placeholder replaced by the date. */
    public List<Object> parameters(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf is null");
        return parameters.stream().map(p -> p == Placeholder.AS_OF ? (Object) asOf : p).toList();
    }

    /**
     * Binds the parameters to a statement whose placeholders for this fragment start at
     * {@code firstIndex} (1-based).
     *
     * @return the index of the first placeholder after this fragment's
     */
    public int bind(PreparedStatement statement, int firstIndex, LocalDate asOf) throws SQLException {
        int index = firstIndex;
        for (Object value : parameters(asOf)) {
            if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof Long days) {
                statement.setLong(index, days);
            } else {
                statement.setObject(index, value);
            }
            index++;
        }
        return index;
    }
}
