package io.idem.expression;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Entry points: parse expression text, list the names an expression uses, print it back. */
public final class Expressions {

    /** Prefix of the feature names generated for aggregate calls, followed by 12 hex digits of a hash of the call's text. */
    public static final String GENERATED_PREFIX = "agg_";

    private static final java.util.regex.Pattern GENERATED_NAME = java.util.regex.Pattern.compile("agg_[0-9a-f]{12}");

    private Expressions() {
    }

    /** Returns whether {@code name} is a generated aggregate feature, which users never write and messages should not offer. */
    public static boolean isGeneratedName(String name) {
        return GENERATED_NAME.matcher(name).matches();
    }

    /**
     * Parses expression text such as {@code usage_change_30d > 0.2 and usage_30d >= 20}. Text may span
     * several lines.
     *
     * @throws ExpressionException with kind SYNTAX, UNKNOWN_FUNCTION or ARGUMENTS, at the 1-based line
     *                             and column of the offending token
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return Parser.parse(text);
    }

    /**
     * Returns the identifiers the expression uses, in order of first use, without duplicates. The
     * keyword {@code as_of} and function names are not identifiers.
     */
    public static Set<String> references(Expression expression) {
        Objects.requireNonNull(expression, "expression is null");
        return Collections.unmodifiableSet(new LinkedHashSet<>(ReferenceCollector.collect(expression).keySet()));
    }

    /** Returns the expression as text that parses back to the same structure. */
    public static String format(Expression expression) {
        Objects.requireNonNull(expression, "expression is null");
        return ExpressionFormatter.format(expression);
    }
}
