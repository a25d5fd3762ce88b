package io.idem.identify;

import io.idem.expression.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Converts JDBC and evaluator results to the value classes of an {@link AccountFrame}. */
public final class Values {

    private Values() {
    }

    /** Returns the value as the frame's class for {@code type}: Double, BigDecimal, LocalDate, Boolean or String. */
    public static Object normalise(Object value, Type type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case NUMBER, DURATION -> value instanceof Number number ? (Object) number.doubleValue() : value;
            case MONEY -> toDecimal(value);
            case DATE -> toDate(value);
            case BOOLEAN, STRING, LIST -> value;
        };
    }

    static Object zero(Type type) {
        return type == Type.MONEY ? BigDecimal.ZERO : (Object) 0.0;
    }

    private static Object toDecimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return value;
    }

    private static Object toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return value;
    }

    /** Returns the value as a double, or null when missing or not numeric. */
    public static Double toDouble(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return null;
    }
}
