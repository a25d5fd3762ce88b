package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AggregateCallParseTest {

    @Test
    void countWithFilterAndWindow() {
        Expression.Binary comparison = (Expression.Binary) Expressions.parse("count(usage where feature = 'reports', last 30d) >= 3");
        Expression.AggregateCall call = (Expression.AggregateCall) comparison.left();

        assertThat(call.function()).isEqualTo("count");
        assertThat(call.column()).isNull();
        assertThat(call.source()).isEqualTo("usage");
        assertThat(Expressions.format(call.filter())).isEqualTo("feature = 'reports'");
        assertThat(call.windowDays()).isEqualTo(30L);
        assertThat(call.offsetDays()).isZero();
    }

    @Test
    void sumWithColumnWeeksAndOffset() {
        Expression.AggregateCall call = (Expression.AggregateCall) Expressions.parse("sum(usage_count from usage, last 4w, offset 2w)");

        assertThat(call.column()).isEqualTo("usage_count");
        assertThat(call.source()).isEqualTo("usage");
        assertThat(call.filter()).isNull();
        assertThat(call.windowDays()).isEqualTo(28L);
        assertThat(call.offsetDays()).isEqualTo(14L);
    }

    @Test
    void formatRoundTrips() {
        String text = "pct_change(sum(usage_count from usage where feature in ('a', 'b'), last 30d), "
                + "sum(usage_count from usage where feature in ('a', 'b'), last 30d, offset 30d))";

        Expression parsed = Expressions.parse(text);

        assertThat(Expressions.parse(Expressions.format(parsed))).isEqualTo(parsed);
        assertThat(Expressions.references(parsed)).isEmpty();
    }

    @Test
    void sumWithoutColumnIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("sum(usage, last 30d)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("sum(...) needs a column")
                .hasMessageContaining("sum(COLUMN from usage, last 30d)");
    }

    @Test
    void dateAggregatesTakeNoColumn() {
        Expression.AggregateCall renewal = (Expression.AggregateCall) Expressions.parse(
                "days_to_renewal(subscriptions where billing_period = 'annual')");
        Expression.AggregateCall silence = (Expression.AggregateCall) Expressions.parse("days_since_last(touchpoints)");
        Expression.AggregateCall tenure = (Expression.AggregateCall) Expressions.parse("days_since_first(usage, offset 7d)");

        assertThat(renewal.function()).isEqualTo("days_to_renewal");
        assertThat(renewal.column()).isNull();
        assertThat(renewal.source()).isEqualTo("subscriptions");
        assertThat(Expressions.format(renewal.filter())).isEqualTo("billing_period = 'annual'");
        assertThat(silence.function()).isEqualTo("days_since_last");
        assertThat(silence.column()).isNull();
        assertThat(silence.source()).isEqualTo("touchpoints");
        assertThat(tenure.column()).isNull();
        assertThat(tenure.offsetDays()).isEqualTo(7L);
    }

    @Test
    void unknownWindowKeywordIsRejected() {
        assertThatThrownBy(() -> Expressions.parse("count(usage, previous 30d)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("expected 'last DURATION' or 'offset DURATION'");
    }

    @Test
    void windowMustBeDuration() {
        ExpressionException error = (ExpressionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Expressions.parse("count(usage, last 30)"));

        assertThat(error.column()).isEqualTo(19);
        assertThat(error.fix()).contains("30d");
    }

    @Test
    void evaluatingUnextractedCallFails() {
        Expression call = Expressions.parse("count(usage, last 30d)");

        assertThatThrownBy(() -> TypeChecker.check(call, Scope.empty()))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("only allowed in idem.yaml");
    }
}
