package io.idem.expression;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Built-in scalar functions. Each is evaluated row by row, in memory and in SQL alike.
 *
 * <p>NOTE: aggregates over event tables (for example {@code count(usage where feature = 'reports',
 * last 30d)}) are not functions of this kind; they would get their own expression node, because
 * their arguments are a source, a row filter and a window rather than values.
 */
public enum Function {
    COALESCE("coalesce", 2, Integer.MAX_VALUE, "value", "fallback", "..."),
    ABS("abs", 1, 1, "x"),
    ROUND("round", 1, 2, "x", "digits"),
    LEAST("least", 2, Integer.MAX_VALUE, "a", "b", "..."),
    GREATEST("greatest", 2, Integer.MAX_VALUE, "a", "b", "..."),
    PCT_CHANGE("pct_change", 2, 2, "now", "before"),
    RATIO("ratio", 2, 2, "a", "b"),
    DAYS_BETWEEN("days_between", 2, 2, "from", "to"),
    DAYS("days", 1, 1, "duration"),
    LOWER("lower", 1, 1, "text"),
    UPPER("upper", 1, 1, "text"),
    LENGTH("length", 1, 1, "text"),
    CONTAINS("contains", 2, 2, "text", "part"),
    STARTS_WITH("starts_with", 2, 2, "text", "prefix"),
    ENDS_WITH("ends_with", 2, 2, "text", "suffix"),
    IF("if", 3, 3, "condition", "then", "else");

    /** Maximum number of digits {@code round} accepts, so that 10^digits stays exact in a double. */
    public static final int MAX_ROUND_DIGITS = 10;

    private final String functionName;
    private final int minArguments;
    private final int maxArguments;
    private final List<String> parameters;

    Function(String name, int minArguments, int maxArguments, String... parameters) {
        this.functionName = name;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.parameters = List.of(parameters);
    }

    /** Returns the name as written in expressions, for example {@code pct_change}. */
    public String functionName() {
        return functionName;
    }

    public int minArguments() {
        return minArguments;
    }

    public int maxArguments() {
        return maxArguments;
    }

    /** Returns the signature for messages, for example {@code pct_change(now, before)}. */
    public String signature() {
        return functionName + "(" + String.join(", ", parameters) + ")";
    }

    /** Finds a function by name, ignoring case. */
    public static Optional<Function> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.functionName.equals(lower)).findFirst();
    }

    /** Returns the names of all functions, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Function::functionName).toList();
    }
}
