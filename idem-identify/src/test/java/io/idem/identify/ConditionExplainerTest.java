package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.expression.Bindings;
import io.idem.expression.Expressions;
import io.idem.identify.ConditionExplanation.Kind;
import io.idem.identify.ConditionExplanation.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explanation trees of hand-written conditions and values, with the expected text written out. */
class ConditionExplainerTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    private static ConditionExplanation explain(String condition, Map<String, Object> values) {
        return ConditionExplainer.explain(Expressions.parse(condition), Bindings.of(values, AS_OF), name -> name);
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void andThatHeldShowsEveryOperand() {
        ConditionExplanation explanation = explain("usage_growth > 0.2 and plan in ('Basic', 'Pro')", values("usage_growth", 0.35, "plan", "Basic"));

        assertThat(explanation.outcome()).isEqualTo(Outcome.TRUE);
        assertThat(explanation.oneLine()).isEqualTo("usage_growth > 0.2 held (0.35) AND plan in ('Basic', 'Pro') held ('Basic')");
    }

    @Test
    void chainedAndIsFlattened() {
        ConditionExplanation explanation = explain("a > 1 and b > 1 and c > 1", values("a", 2, "b", 3, "c", 4));

        assertThat(explanation.kind()).isEqualTo(Kind.AND);
        assertThat(explanation.children()).extracting(ConditionExplanation::text).containsExactly("a > 1", "b > 1", "c > 1");
        assertThat(explanation.oneLine()).isEqualTo("a > 1 held (2) AND b > 1 held (3) AND c > 1 held (4)");
    }

    @Test
    void orThatHeldShowsFirstBranchThatHeld() {
        ConditionExplanation explanation = explain("escalated or usage_30d > 100 or plan = 'Pro'",
                values("escalated", false, "usage_30d", 150, "plan", "Pro"));

        assertThat(explanation.oneLine()).isEqualTo("usage_30d > 100 held (150)");
        assertThat(explanation.children()).extracting(ConditionExplanation::decisive).containsExactly(false, true, false);
    }

    @Test
    void andThatFailedShowsFirstFalseOperand() {
        ConditionExplanation explanation = explain("a > 1 and b > 1 and c > 1", values("a", 5, "b", 0, "c", 0));

        assertThat(explanation.outcome()).isEqualTo(Outcome.FALSE);
        assertThat(explanation.oneLine()).isEqualTo("b > 1 did not hold (0)");
    }

    @Test
    void falseDecidesAndEvenAfterMissing() {
        // false and missing is false, so the missing operand before it does not decide.
        ConditionExplanation explanation = explain("nps > 8 and plan = 'Basic'", values("nps", null, "plan", "Pro"));

        assertThat(explanation.outcome()).isEqualTo(Outcome.FALSE);
        assertThat(explanation.children()).extracting(ConditionExplanation::outcome).containsExactly(Outcome.MISSING, Outcome.FALSE);
        assertThat(explanation.oneLine()).isEqualTo("plan = 'Basic' did not hold ('Pro')");
    }

    @Test
    void missingAndShowsMissingOperands() {
        ConditionExplanation explanation = explain("nps > 8 and plan = 'Pro' and seats > mrr", values("nps", null, "plan", "Pro", "seats", 3, "mrr", null));

        assertThat(explanation.outcome()).isEqualTo(Outcome.MISSING);
        assertThat(explanation.oneLine()).isEqualTo("nps > 8 was missing (missing) AND seats > mrr was missing (seats = 3, mrr = missing)");
    }

    @Test
    void missingOrShowsMissingBranches() {
        ConditionExplanation explanation = explain("nps > 8 or plan = 'Basic'", values("nps", null, "plan", "Pro"));

        assertThat(explanation.outcome()).isEqualTo(Outcome.MISSING);
        assertThat(explanation.oneLine()).isEqualTo("nps > 8 was missing (missing)");
    }

    @Test
    void orThatFailedShowsEveryBranch() {
        ConditionExplanation explanation = explain("a > 1 or b > 1", values("a", 0, "b", 1));

        assertThat(explanation.oneLine()).isEqualTo("a > 1 did not hold (0) OR b > 1 did not hold (1)");
    }

    @Test
    void isMissingIsNeverMissing() {
        ConditionExplanation explanation = explain("nps is missing", values("nps", null));

        assertThat(explanation.outcome()).isEqualTo(Outcome.TRUE);
        assertThat(explanation.oneLine()).isEqualTo("nps is missing held (missing)");
    }

    @Test
    void notWrapsItsOperand() {
        ConditionExplanation explanation = explain("not escalated", values("escalated", false));

        assertThat(explanation.kind()).isEqualTo(Kind.NOT);
        assertThat(explanation.outcome()).isEqualTo(Outcome.TRUE);
        assertThat(explanation.oneLine()).isEqualTo("NOT (escalated did not hold (false))");
    }

    @Test
    void notOfMissingIsMissing() {
        ConditionExplanation explanation = explain("not (nps > 8)", values("nps", null));

        assertThat(explanation.outcome()).isEqualTo(Outcome.MISSING);
        assertThat(explanation.oneLine()).isEqualTo("NOT (nps > 8 was missing (missing))");
    }

    @Test
    void nestedOrInsideAndIsParenthesised() {
        ConditionExplanation explanation = explain("(a > 1 or b > 1) and not (c = 'x' or d is missing)",
                values("a", 0, "b", 2, "c", "y", "d", 1));

        assertThat(explanation.outcome()).isEqualTo(Outcome.TRUE);
        assertThat(explanation.oneLine())
                .isEqualTo("(b > 1 held (2)) AND NOT (c = 'x' did not hold ('y') OR d is missing did not hold (1))");
    }

    @Test
    void aggregateCallIsShownAsWritten() {
        Map<String, String> labels = Map.of("agg_1a2b3c", "count(tickets, last 90d)");
        ConditionExplanation explanation = ConditionExplainer.explain(Expressions.parse("agg_1a2b3c >= 1 and plan = 'Pro'"),
                Bindings.of(values("agg_1a2b3c", 3, "plan", "Pro"), AS_OF), name -> labels.getOrDefault(name, name));

        assertThat(explanation.oneLine()).isEqualTo("count(tickets, last 90d) >= 1 held (3) AND plan = 'Pro' held ('Pro')");
        assertThat(explanation.children().get(0).values()).containsOnlyKeys("count(tickets, last 90d)");
    }

    @Test
    void literalLeafHasNoValues() {
        ConditionExplanation explanation = explain("true or a > 1", values("a", 0));

        assertThat(explanation.oneLine()).isEqualTo("true held");
    }

    @Test
    void jsonHoldsWholeTree() {
        ConditionExplanation explanation = explain("a > 1 or b is missing", values("a", 2, "b", null));

        assertThat(explanation.toJson()).isEqualTo("{\"kind\":\"or\",\"text\":\"a > 1 or b is missing\",\"outcome\":\"true\",\"decisive\":true,"
                + "\"children\":[{\"kind\":\"leaf\",\"text\":\"a > 1\",\"outcome\":\"true\",\"decisive\":true,\"values\":{\"a\":2.0}},"
                + "{\"kind\":\"leaf\",\"text\":\"b is missing\",\"outcome\":\"true\",\"decisive\":false,\"values\":{\"b\":null}}]}");
    }

    @Test
    void frameValuesKeepMoneyAndDates() {
        AccountFrame frame = new AccountFrame(List.of("acme", "bolt"));
        frame.put("mrr", new Object[] {new BigDecimal("120.50"), null});
        frame.put("signup_date", new Object[] {LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-01")});

        ConditionExplanation acme = ConditionExplainer.explain(Expressions.parse("mrr > 100 and signup_date < as_of - 90d"), frame, 0, AS_OF, name -> name);
        ConditionExplanation bolt = ConditionExplainer.explain(Expressions.parse("mrr > 100 and signup_date < as_of - 90d"), frame, 1, AS_OF, name -> name);

        assertThat(acme.oneLine()).isEqualTo("mrr > 100 held (120.50) AND signup_date < as_of - 90d held (2024-01-01)");
        assertThat(bolt.oneLine()).isEqualTo("signup_date < as_of - 90d did not hold (2024-06-01)");
    }

    /** The conditions behind the names {@code usage_falling} (a trigger) and {@code looping}, which names itself. */
    private static final Map<String, String> NAMED = Map.of(
            "usage_falling", "agg_trend8w < -0.05 and seats >= 2",
            "looping", "looping or seats > 100");

    private static ConditionExplanation explainNamed(String condition, Map<String, Object> values) {
        Map<String, String> labels = Map.of("agg_trend8w", "trend(usage_count from usage, last 56d)");
        return ConditionExplainer.explain(Expressions.parse(condition), Bindings.of(values, AS_OF), name -> labels.getOrDefault(name, name),
                name -> NAMED.containsKey(name) ? Expressions.parse(NAMED.get(name)) : null);
    }

    @Test
    void triggerNameShowsItsConditionInOneLine() {
        ConditionExplanation explanation = explainNamed("usage_falling and mrr_now > 0",
                values("usage_falling", true, "agg_trend8w", -0.64, "seats", 3, "mrr_now", 250));

        assertThat(explanation.oneLine()).isEqualTo("usage_falling held (true: trend(usage_count from usage, last 56d) < -0.05 held (-0.64)"
                + " AND seats >= 2 held (3)) AND mrr_now > 0 held (250)");
    }

    @Test
    void triggerNameShowsItsConditionIndented() {
        ConditionExplanation explanation = explainNamed("usage_falling and mrr_now > 0",
                values("usage_falling", false, "agg_trend8w", 0.5, "seats", 3, "mrr_now", 250));

        assertThat(explanation.indented()).isEqualTo("""
                  * AND did not hold
                    * usage_falling did not hold (false)
                      * AND did not hold
                        * trend(usage_count from usage, last 56d) < -0.05 did not hold (0.5)
                          seats >= 2 held (3)
                      mrr_now > 0 held (250)
                """);
        assertThat(explanation.oneLine()).isEqualTo("usage_falling did not hold (false: trend(usage_count from usage, last 56d) < -0.05 did not hold (0.5))");
    }

    @Test
    void triggerNameShowsItsConditionInJson() {
        ConditionExplanation explanation = explainNamed("usage_falling", values("usage_falling", true, "agg_trend8w", -1.0, "seats", 2));

        assertThat(explanation.toJson()).isEqualTo("{\"kind\":\"leaf\",\"text\":\"usage_falling\",\"outcome\":\"true\",\"decisive\":true,"
                + "\"values\":{\"usage_falling\":true},"
                + "\"condition\":{\"kind\":\"and\",\"text\":\"trend(usage_count from usage, last 56d) < -0.05 and seats >= 2\","
                + "\"outcome\":\"true\",\"decisive\":true,\"children\":["
                + "{\"kind\":\"leaf\",\"text\":\"trend(usage_count from usage, last 56d) < -0.05\",\"outcome\":\"true\",\"decisive\":true,"
                + "\"values\":{\"trend(usage_count from usage, last 56d)\":-1.0}},"
                + "{\"kind\":\"leaf\",\"text\":\"seats >= 2\",\"outcome\":\"true\",\"decisive\":true,\"values\":{\"seats\":2.0}}]}}");
    }

    @Test
    void nameInComparisonIsNotExpanded() {
        // Only a leaf that is the bare name stands for the named condition.
        ConditionExplanation explanation = explainNamed("usage_falling = true", values("usage_falling", true, "agg_trend8w", -1.0, "seats", 2));

        assertThat(explanation.children()).isEmpty();
        assertThat(explanation.oneLine()).isEqualTo("usage_falling = true held (true)");
    }

    @Test
    void selfReferenceExpandsOneLevel() {
        ConditionExplanation explanation = explainNamed("looping", values("looping", true, "seats", 5));

        ConditionExplanation definition = explanation.children().get(0);
        assertThat(definition.kind()).isEqualTo(Kind.OR);
        assertThat(definition.children().get(0).text()).isEqualTo("looping");
        assertThat(definition.children().get(0).children()).isEmpty();
        assertThat(explanation.oneLine()).isEqualTo("looping held (true: looping held (true))");
    }
}
