package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    private static Object evaluate(String text, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Evaluator.evaluate(Expressions.parse(text), Bindings.of(values, AS_OF));
    }

    private static Boolean truth(String value) {
        return value.equals("N") ? null : value.equals("T");
    }

    /** SQL's three-valued AND and OR, written out as the standard's truth tables (N = missing). */
    @ParameterizedTest(name = "{0} and/or {1}")
    @CsvSource({
            "T, T, T, T",
            "T, F, F, T",
            "T, N, N, T",
            "F, T, F, T",
            "F, F, F, F",
            "F, N, F, N",
            "N, T, N, T",
            "N, F, F, N",
            "N, N, N, N"})
    void followsThreeValuedTruthTables(String a, String b, String and, String or) {
        assertThat(evaluate("a and b", "a", truth(a), "b", truth(b))).isEqualTo(truth(and));
        assertThat(evaluate("a or b", "a", truth(a), "b", truth(b))).isEqualTo(truth(or));
    }

    @ParameterizedTest(name = "not {0}")
    @CsvSource({"T, F", "F, T", "N, N"})
    void negatesWithMissingStayingMissing(String a, String expected) {
        assertThat(evaluate("not a", "a", truth(a))).isEqualTo(truth(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "x + 1", "x - 1", "x * 2", "x / 2", "x % 2", "-x", "x > 1", "x = 1", "x != 1", "abs(x)", "round(x, 1)",
            "pct_change(x, 2)", "pct_change(2, x)", "ratio(x, 2)", "least(x, 1)", "greatest(1, x, 2)", "x between 0 and 10"})
    void propagatesMissingNumber(String text) {
        assertThat(evaluate(text, "x", null)).isNull();
    }

    @Test
    void neverReturnsMissingForIsMissing() {
        assertThat(evaluate("x is missing", "x", null)).isEqualTo(true);
        assertThat(evaluate("x is missing", "x", 0)).isEqualTo(false);
        assertThat(evaluate("x is not missing", "x", null)).isEqualTo(false);
        assertThat(evaluate("x + 1 is missing", "x", null)).isEqualTo(true);
    }

    @Test
    void followsSqlForInWithMissingValues() {
        assertThat(evaluate("x in (1, 2)", "x", null)).isNull();
        assertThat(evaluate("x in (1, y)", "x", 3, "y", null)).isNull();
        assertThat(evaluate("x in (1, y)", "x", 1, "y", null)).isEqualTo(true);
        assertThat(evaluate("x in (1, y)", "x", 3, "y", 4)).isEqualTo(false);
        assertThat(evaluate("x not in (1, y)", "x", 3, "y", null)).isNull();
        assertThat(evaluate("x not in (1, y)", "x", 3, "y", 4)).isEqualTo(true);
        assertThat(evaluate("plan in ('Basic', 'Pro')", "plan", "Pro")).isEqualTo(true);
    }

    @Test
    void followsSqlForBetweenWithMissingBound() {
        assertThat(evaluate("x between 1 and y", "x", 5, "y", null)).isNull();
        assertThat(evaluate("x between 1 and y", "x", 0, "y", null)).isEqualTo(false);
        assertThat(evaluate("x between 1 and 5", "x", 5)).isEqualTo(true);
        assertThat(evaluate("x not between 1 and 5", "x", 6)).isEqualTo(true);
    }

    @Test
    void returnsMissingForDivisionByZero() {
        assertThat(evaluate("a / b", "a", 1, "b", 0)).isNull();
        assertThat(evaluate("a % b", "a", 1, "b", 0.0)).isNull();
        assertThat(evaluate("pct_change(a, b)", "a", 10, "b", 0)).isNull();
        assertThat(evaluate("ratio(a, b)", "a", 10, "b", 0)).isNull();
        assertThat(evaluate("a / b > 1 or true", "a", 1, "b", 0)).isEqualTo(true);
    }

    @Test
    void computesPercentChangeAndRatio() {
        assertThat(evaluate("pct_change(a, b)", "a", 12, "b", 10)).isEqualTo(0.2);
        assertThat(evaluate("pct_change(a, b)", "a", 5, "b", 10)).isEqualTo(-0.5);
        assertThat(evaluate("ratio(a, b)", "a", 3, "b", 4)).isEqualTo(0.75);
    }

    @Test
    void computesRemainderWithSignOfDividend() {
        assertThat(evaluate("7 % 3")).isEqualTo(1.0);
        assertThat(evaluate("-7 % 3")).isEqualTo(-1.0);
        assertThat(evaluate("7.5 % 2")).isEqualTo(1.5);
    }

    @Test
    void computesWithDatesAndDurations() {
        assertThat(evaluate("days_between(date '2024-01-01', date '2024-03-01')")).isEqualTo(60.0);
        assertThat(evaluate("days_between(as_of, date '2024-02-20')")).isEqualTo(-10.0);
        assertThat(evaluate("as_of - 30d")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(evaluate("as_of + 2w")).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(evaluate("1d + as_of")).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(evaluate("as_of - date '2024-01-01'")).isEqualTo(Duration.ofDays(60));
        assertThat(evaluate("days(4w)")).isEqualTo(28.0);
        assertThat(evaluate("renewal_in < 30d", "renewal_in", Duration.ofDays(10))).isEqualTo(true);
        assertThat(evaluate("abs(-renewal_in)", "renewal_in", Duration.ofDays(10))).isEqualTo(Duration.ofDays(10));
        assertThat(evaluate("signup_date < as_of - 30d", "signup_date", LocalDate.of(2024, 1, 31))).isEqualTo(false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "round(2.5)            | 3.0",
            "round(-2.5)           | -3.0",
            "round(2.4)            | 2.0",
            "round(0.125, 2)       | 0.13",
            "round(-0.125, 2)      | -0.13",
            "round(1234.5678, 1)   | 1234.6",
            "round(1234.5678, 0)   | 1235.0",
            "abs(-3.5)             | 3.5",
            "least(3, 1, 2)        | 1.0",
            "greatest(3, 1, 2)     | 3.0",
            "coalesce(x, 3)        | 3.0",
            "coalesce(x, y, 4)     | 4.0",
            "length('héllo')       | 5.0",
            "if(x > 1, 1, 2)       | 2.0",
            "if(true, 1, 2)        | 1.0",
            "if(false, 1, 2)       | 2.0"})
    void computesNumericFunctions(String text, double expected) {
        assertThat(evaluate(text, "x", null, "y", null)).isEqualTo(expected);
    }

    @Test
    void computesTextFunctions() {
        assertThat(evaluate("lower('AbC')")).isEqualTo("abc");
        assertThat(evaluate("upper('AbC')")).isEqualTo("ABC");
        assertThat(evaluate("contains('reports', 'port')")).isEqualTo(true);
        assertThat(evaluate("contains('reports', 'Port')")).isEqualTo(false);
        assertThat(evaluate("starts_with('reports', 're')")).isEqualTo(true);
        assertThat(evaluate("ends_with('reports', 're')")).isEqualTo(false);
        assertThat(evaluate("contains(x, 'a')", "x", null)).isNull();
        assertThat(evaluate("feature = 'reports'", "feature", "reports")).isEqualTo(true);
    }

    @Test
    void holdsOnlyWhenTrue() {
        Expression condition = Expressions.parse("x > 1");
        Map<String, Object> missing = new HashMap<>();
        missing.put("x", null);

        assertThat(Evaluator.holds(condition, Bindings.of(Map.of("x", 2), AS_OF))).isTrue();
        assertThat(Evaluator.holds(condition, Bindings.of(Map.of("x", 1), AS_OF))).isFalse();
        assertThat(Evaluator.holds(condition, Bindings.of(missing, AS_OF))).isFalse();
    }

    @Test
    void convertsBoundNumbersToDouble() {
        assertThat(evaluate("mrr * 2", "mrr", new BigDecimal("10.25"))).isEqualTo(20.5);
        assertThat(evaluate("n + 1", "n", 41L)).isEqualTo(42.0);
    }

    @Test
    void rejectsNameWithoutBinding() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> evaluate("usage_3d > 1", "usage_30d", 5));

        assertThat(error.kind()).isEqualTo(ExpressionException.Kind.UNKNOWN_NAME);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.fix()).isEqualTo("did you mean 'usage_30d'?");
    }

    @Test
    void rejectsValueOfWrongClassWhenUsed() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> evaluate("x + 1", "x", "abc"));

        assertThat(error.kind()).isEqualTo(ExpressionException.Kind.TYPE);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.problem()).contains("'abc' (string)");
    }

    @Test
    void rejectsUnsupportedBindings() {
        assertThatThrownBy(() -> Bindings.of(Map.of("x", Double.NaN), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binding 'x' is NaN");
        assertThatThrownBy(() -> Bindings.of(Map.of("x", new java.util.Date()), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binding 'x' has unsupported class java.util.Date");
    }
}
