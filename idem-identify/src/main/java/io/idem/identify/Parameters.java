package io.idem.identify;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Binds query parameters by their Java class. */
final class Parameters {

    private Parameters() {
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        bind(statement, parameters, 1);
    }

    /** Binds {@code parameters} to the placeholders from {@code firstIndex} on. */
    static void bind(PreparedStatement statement, List<Object> parameters, int firstIndex) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int index = firstIndex + i;
            if (value instanceof LocalDate date) {
                statement.setObject(index, java.sql.Date.valueOf(date));
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(index, decimal);
            } else if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof Long || value instanceof Integer) {
                statement.setLong(index, ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value == null) {
                statement.setObject(index, null);
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
