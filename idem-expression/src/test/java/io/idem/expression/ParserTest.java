package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "usage_change_30d > 0.2 and usage_30d >= 20",
            "days_since_last_ticket > 120 or days_since_last_ticket is missing",
            "plan in ('Basic', 'Pro') and usage_growth and features_used_30d >= 3",
            "pct_change(mrr_now, mrr_90d_ago)",
            "days_between(signup_date, as_of)",
            "coalesce(avg_satisfaction_90d, 3) >= 4",
            "as_of - 30d",
            "feature = 'reports'",
            "escalated",
            "tenure_days >= 365 and tenure_days < 395",
            "renewal_within_60d and health >= 50 and mrr_now > 0"})
    void parsesExamplesFromWorkspaces(String text) {
        Expression expression = Expressions.parse(text);

        assertThat(Expressions.format(expression)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a or b and c                 | a or b and c",
            "(a or b) and c               | (a or b) and c",
            "not a and b                  | not a and b",
            "not (a and b)                | not (a and b)",
            "not x = 1                    | not x = 1",
            "a + b * c                    | a + b * c",
            "(a + b) * c                  | (a + b) * c",
            "a - b - c                    | a - b - c",
            "a - (b - c)                  | a - (b - c)",
            "-a * b                       | -a * b",
            "-(a * b)                     | -(a * b)",
            "a - -b                       | a - -b",
            "- -a                         | - -a",
            "x between 1 and 5 and y      | x between 1 and 5 and y",
            "x not between a + 1 and b    | x not between a + 1 and b",
            "x not in (1, 2) or y         | x not in (1, 2) or y",
            "x is not missing             | x is not missing",
            "(a = b) = c                  | (a = b) = c",
            "a % b / c                    | a % b / c"})
    void keepsPrecedenceWhenPrintedBack(String text, String expected) {
        assertThat(Expressions.format(Expressions.parse(text))).isEqualTo(expected);
    }

    @Test
    void bindsMultiplicationTighterThanAddition() {
        Expression.Binary sum = (Expression.Binary) Expressions.parse("a + b * c");

        assertThat(sum.operator()).isEqualTo(BinaryOperator.ADD);
        assertThat(sum.right()).isInstanceOf(Expression.Binary.class);
        assertThat(((Expression.Binary) sum.right()).operator()).isEqualTo(BinaryOperator.MULTIPLY);
    }

    @Test
    void bindsAndTighterThanOr() {
        Expression.Binary or = (Expression.Binary) Expressions.parse("a or b and c");

        assertThat(or.operator()).isEqualTo(BinaryOperator.OR);
        assertThat(((Expression.Binary) or.right()).operator()).isEqualTo(BinaryOperator.AND);
    }

    @Test
    void readsKeywordsInAnyCase() {
        Expression expression = Expressions.parse("a AND NOT b Or c IS NOT MISSING and d In (1) and e BETWEEN 1 AND 2 and TRUE and As_Of = DATE '2024-01-31'");

        assertThat(Expressions.format(expression))
                .isEqualTo("a and not b or c is not missing and d in (1) and e between 1 and 2 and true and as_of = date '2024-01-31'");
    }

    @Test
    void readsFunctionNamesInAnyCase() {
        Expression.Call call = (Expression.Call) Expressions.parse("PCT_Change(a, b)");

        assertThat(call.function()).isEqualTo(Function.PCT_CHANGE);
    }

    @Test
    void readsLiterals() {
        Expression.Call call = (Expression.Call) Expressions.parse("coalesce(12.50, 'it''s', true, date '2024-02-29', 30d, 4w, as_of)");

        assertThat(call.arguments().get(0)).isEqualTo(new Expression.NumberLiteral(new BigDecimal("12.50"), new Position(1, 10)));
        assertThat(((Expression.StringLiteral) call.arguments().get(1)).value()).isEqualTo("it's");
        assertThat(((Expression.BooleanLiteral) call.arguments().get(2)).value()).isTrue();
        assertThat(((Expression.DateLiteral) call.arguments().get(3)).value()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(((Expression.DurationLiteral) call.arguments().get(4)).days()).isEqualTo(30);
        assertThat(((Expression.DurationLiteral) call.arguments().get(5)).days()).isEqualTo(28);
        assertThat(call.arguments().get(6)).isInstanceOf(Expression.AsOf.class);
    }

    @Test
    void treatsDateWithoutStringAsName() {
        Expression expression = Expressions.parse("date > as_of");

        assertThat(Expressions.references(expression)).containsExactly("date");
    }

    @Test
    void recordsLineAndColumnOfEachNode() {
        Expression.Binary and = (Expression.Binary) Expressions.parse("usage_30d > 0\n  and plan = 'Pro'");

        assertThat(and.position()).isEqualTo(new Position(2, 3));
        assertThat(((Expression.Binary) and.right()).left().position()).isEqualTo(new Position(2, 7));
        assertThat(((Expression.Binary) and.left()).position()).isEqualTo(new Position(1, 11));
    }

    @Test
    void listsReferencesInOrderOfFirstUse() {
        Expression expression = Expressions.parse("coalesce(b, a) > a and c in (b, d) and days_between(e, as_of) > 0 and f between g and h");

        assertThat(Expressions.references(expression)).containsExactly("b", "a", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void acceptsTextOverSeveralLines() {
        Expression expression = Expressions.parse("a > 1\r\nand\tb < 2\n");

        assertThat(Expressions.format(expression)).isEqualTo("a > 1 and b < 2");
    }

    @Test
    void acceptsNestingUpToLimit() {
        String text = "(".repeat(Parser.MAX_DEPTH) + "a" + ")".repeat(Parser.MAX_DEPTH);

        assertThat(Expressions.parse(text)).isEqualTo(new Expression.Identifier("a", new Position(1, Parser.MAX_DEPTH + 1)));
    }
}
