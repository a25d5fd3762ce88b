package io.idem.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values an in-memory evaluation reads: one per identifier, and the as-of date.
 *
 * <p>Accepted values: any {@link Number} (Integer, Long, Double, BigDecimal...) for number and
 * money, {@link LocalDate} for a date, {@link Duration} for a duration, {@link Boolean},
 * {@link String}, and null for a missing value. Numbers are converted to double on the way in,
 * because expressions compute in double precision in memory and in SQL alike. A plain integer is
 * a number, never a duration: wrap days in {@link Duration#ofDays(long)}.
 */
public final class Bindings {

    private final Map<String, Object> values;
    private final Lookup lookup;
    private final LocalDate asOf;

    private Bindings(Map<String, Object> values, LocalDate asOf) {
        this.values = values;
        this.lookup = null;
        this.asOf = asOf;
    }

    private Bindings(Lookup lookup, LocalDate asOf) {
        this.values = null;
        this.lookup = lookup;
        this.asOf = asOf;
    }

    /**
     * Values read on demand, for evaluating many expressions over large tables without copying a
     * row into a map first. Values are normalised as they are read, with the same rules as
     * {@link #of(Map, LocalDate)}.
     */
    public interface Lookup {

        /** Returns whether the name is bound (its value may still be missing). */
        boolean contains(String name);

        /** Returns the value of a bound name, or null when missing. */
        Object value(String name);

        /** Returns the bound names, for did-you-mean hints. */
        Set<String> names();
    }

    /** Creates bindings that read each value from {@code lookup} when the evaluator needs it. */
    public static Bindings lookup(Lookup lookup, LocalDate asOf) {
        Objects.requireNonNull(lookup, "lookup is null");
        Objects.requireNonNull(asOf, "asOf is null");
        return new Bindings(lookup, asOf);
    }

    /**
     * Creates bindings. The map may hold null values (missing); a name absent from the map is
     * unknown, and evaluating it fails.
     *
     * @throws IllegalArgumentException for a value of an unsupported class, or a NaN or infinite number
     */
    public static Bindings of(Map<String, ?> values, LocalDate asOf) {
        Objects.requireNonNull(values, "values is null");
        Objects.requireNonNull(asOf, "asOf is null");
        Map<String, Object> normalized = new HashMap<>();
        values.forEach((name, value) -> normalized.put(Objects.requireNonNull(name, "a binding name is null"), normalize(name, value)));
        return new Bindings(Collections.unmodifiableMap(normalized), asOf);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean contains(String name) {
        return lookup == null ? values.containsKey(name) : lookup.contains(name);
    }

    /** Returns the value of a name: Double, LocalDate, Duration, Boolean, String, or null when missing. */
    public Object value(String name) {
        return lookup == null ? values.get(name) : normalize(name, lookup.value(name));
    }

    public Set<String> names() {
        return lookup == null ? values.keySet() : lookup.names();
    }

    private static Object normalize(String name, Object value) {
        if (value == null || value instanceof LocalDate || value instanceof Duration || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Double || value instanceof Float || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigDecimal || value instanceof BigInteger) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("binding '" + name + "' is " + value + "; bind null for a missing value");
            }
            return number;
        }
        throw new IllegalArgumentException("binding '" + name + "' has unsupported class " + value.getClass().getName()
                + "; use a Number, LocalDate, io.idem.expression.Duration, Boolean, String or null");
    }
}
