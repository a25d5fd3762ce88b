package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code pct_change(AGGREGATE, last L, previous P)} and the {@code trend} aggregate call. */
class WindowComparisonParseTest {

    @Test
    void equalWindowsExpandToOffsetCall() {
        Expression shorthand = Expressions.parse("pct_change(sum(usage_count from usage), last 30d, previous 30d)");
        Expression written = Expressions.parse("pct_change(sum(usage_count from usage, last 30d), sum(usage_count from usage, last 30d, offset 30d))");

        assertThat(Expressions.format(shorthand)).isEqualTo(Expressions.format(written));
    }

    @Test
    void differentWindowsCompareDailyRates() {
        Expression shorthand = Expressions.parse("pct_change(count(usage where feature = 'api'), last 7d, previous 4w) > 0.1");

        assertThat(Expressions.format(shorthand)).isEqualTo("pct_change(count(usage where feature = 'api', last 7d) / 7, "
                + "count(usage where feature = 'api', last 28d, offset 7d) / 28) > 0.1");
    }

    @Test
    void shorthandKeepsCaseInsensitiveKeywords() {
        Expression shorthand = Expressions.parse("PCT_CHANGE(sum(usage_count from usage), LAST 2w, PREVIOUS 2w)");

        assertThat(Expressions.format(shorthand))
                .isEqualTo("pct_change(sum(usage_count from usage, last 14d), sum(usage_count from usage, last 14d, offset 14d))");
    }

    @Test
    void plainPctChangeStillTakesTwoValues() {
        Expression call = Expressions.parse("pct_change(last, previous)");

        assertThat(Expressions.references(call)).containsExactly("last", "previous");
    }

    @Test
    void missingPreviousIsRejectedAtItsColumn() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(sum(x from usage), last 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(39);
                    assertThat(e.problem()).isEqualTo("expected ', previous DURATION' after 'last 30d' in pct_change");
                    assertThat(e.fix()).contains("pct_change(sum(usage_count from usage), last 30d, previous 30d)");
                });
    }

    @Test
    void windowWithoutUnitIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(sum(x from usage), last 30, previous 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(36);
                    assertThat(e.problem()).isEqualTo("expected the window after 'last' as a duration");
                    assertThat(e.fix()).isEqualTo("write a number of days or weeks such as 30d or 4w");
                });
    }

    @Test
    void ownWindowInsideIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(sum(x from usage, last 7d), last 30d, previous 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(40);
                    assertThat(e.problem()).contains("cannot have its own 'last' or 'offset'");
                });
    }

    @Test
    void firstArgumentMustBeAggregate() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(usage_30d, last 30d, previous 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(23);
                    assertThat(e.problem()).contains("need an aggregate call as the first argument, found 'usage_30d'");
                });
    }

    @Test
    void differentLengthsNeedAnAdditiveAggregate() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(avg(score from responses), last 7d, previous 28d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(48);
                    assertThat(e.problem()).contains("per-day rates, which only count and sum have, not avg");
                    assertThat(e.fix()).isEqualTo("write previous 7d so that both windows have the same length");
                });
    }

    @Test
    void sameLengthAllowsAverages() {
        Expression call = Expressions.parse("pct_change(avg(score from responses), last 90d, previous 90d)");

        assertThat(Expressions.format(call))
                .isEqualTo("pct_change(avg(score from responses, last 90d), avg(score from responses, last 90d, offset 90d))");
    }

    @Test
    void aggregateWithoutWindowIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(sum_active(mrr from subscriptions), last 30d, previous 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e ->
                        assertThat(e.problem()).contains("sum_active does not depend on the length of a window"));
    }

    @Test
    void zeroDayWindowIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("pct_change(count(usage), last 0d, previous 30d)"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.column()).isEqualTo(31);
                    assertThat(e.problem()).isEqualTo("the window of 0 days after 'last' is empty");
                });
    }

    @Test
    void trendTakesOptionalColumn() {
        Expression.AggregateCall rows = (Expression.AggregateCall) Expressions.parse("trend(usage, last 12w)");
        Expression.AggregateCall total = (Expression.AggregateCall) Expressions.parse("trend(usage_count from usage, last 12w, offset 1w)");

        assertThat(rows.function()).isEqualTo("trend");
        assertThat(rows.column()).isNull();
        assertThat(rows.windowDays()).isEqualTo(84L);
        assertThat(total.column()).isEqualTo("usage_count");
        assertThat(total.offsetDays()).isEqualTo(7L);
    }
}
