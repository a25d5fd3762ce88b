package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idem.expression.ExpressionException.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeCheckerTest {

    private static final Scope SCOPE = Scope.of(Map.of(
            "mrr", Type.MONEY,
            "mrr_now", Type.MONEY,
            "usage_30d", Type.NUMBER,
            "plan", Type.STRING,
            "signup_date", Type.DATE,
            "escalated", Type.BOOLEAN,
            "renewal_in", Type.DURATION,
            "tags", Type.LIST));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "usage_30d + 1                       | NUMBER",
            "mrr + mrr                           | MONEY",
            "mrr - 1                             | MONEY",
            "mrr * 2                             | MONEY",
            "2 * mrr                             | MONEY",
            "mrr / mrr                           | NUMBER",
            "mrr / 2                             | MONEY",
            "usage_30d / mrr                     | NUMBER",
            "mrr % 7                             | MONEY",
            "mrr > 100                           | BOOLEAN",
            "mrr = usage_30d                     | BOOLEAN",
            "as_of - 30d                         | DATE",
            "30d + as_of                         | DATE",
            "signup_date + renewal_in            | DATE",
            "as_of - signup_date                 | DURATION",
            "as_of - signup_date > 30d           | BOOLEAN",
            "renewal_in + 2w                     | DURATION",
            "-renewal_in                         | DURATION",
            "-mrr                                | MONEY",
            "days(renewal_in)                    | NUMBER",
            "days_between(signup_date, as_of)    | NUMBER",
            "pct_change(mrr_now, mrr)            | NUMBER",
            "ratio(mrr, usage_30d)               | NUMBER",
            "coalesce(mrr, 0)                    | MONEY",
            "coalesce(usage_30d, 0)              | NUMBER",
            "if(escalated, 'yes', 'no')          | STRING",
            "if(escalated, 1, mrr)               | MONEY",
            "greatest(signup_date, as_of - 30d)  | DATE",
            "least(renewal_in, 10d, 2w)          | DURATION",
            "plan in ('Basic', 'Pro')            | BOOLEAN",
            "usage_30d not in (1, mrr)           | BOOLEAN",
            "escalated                           | BOOLEAN",
            "length(lower(plan))                 | NUMBER",
            "upper(plan)                         | STRING",
            "contains(plan, 'ro')                | BOOLEAN",
            "round(mrr, 2)                       | MONEY",
            "round(usage_30d)                    | NUMBER",
            "abs(renewal_in)                     | DURATION",
            "usage_30d between 1 and mrr         | BOOLEAN",
            "signup_date not between date '2024-01-01' and as_of | BOOLEAN",
            "plan is missing                     | BOOLEAN",
            "escalated = true                    | BOOLEAN",
            "plan != 'Pro'                       | BOOLEAN",
            "not escalated or plan = 'Pro'       | BOOLEAN"})
    void infersType(String text, Type expected) {
        assertThat(TypeChecker.check(Expressions.parse(text), SCOPE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text                              | kind      | column | problem                                                                 | fix contains
            "mrr > '100'                         | TYPE      | 5      | cannot compare money with string                                        | remove the quotes to compare with the number 100",
            "as_of - 3                           | TYPE      | 7      | cannot subtract number from date                                        | subtract a duration such as 3d",
            "3 + as_of                           | TYPE      | 3      | cannot add number and date                                              | add a duration such as 3d",
            "as_of - usage_30d                   | TYPE      | 7      | cannot subtract number from date                                        | subtract a duration such as 30d",
            "'a' + 1                             | TYPE      | 5      | cannot add string and number                                            | text cannot be added or joined",
            "signup_date > '2024-01-01'          | TYPE      | 13     | cannot compare date with string                                         | date '2024-01-01'",
            "signup_date > 5                     | TYPE      | 13     | cannot compare date with number                                         | days_between(date, as_of)",
            "mrr * mrr                           | TYPE      | 5      | cannot multiply money by money                                          | multiply money by a number",
            "renewal_in > 30                     | TYPE      | 12     | cannot compare duration with number                                     | 30d",
            "plan < 'B'                          | TYPE      | 6      | string values cannot be ordered                                         | starts_with",
            "escalated > false                   | TYPE      | 11     | boolean values cannot be ordered                                        | = or !=",
            "escalated = 1                       | TYPE      | 11     | cannot compare boolean with number                                      | compare it with true or false",
            "usage_30d and escalated             | TYPE      | 1      | 'and' needs a condition (true or false), found a number                 | usage_30d > 0",
            "escalated or plan                   | TYPE      | 14     | 'or' needs a condition (true or false), found a string                  | plan = 'Pro'",
            "not plan                            | TYPE      | 5      | 'not' needs a condition (true or false), found a string                 | plan = 'Pro'",
            "-plan                               | TYPE      | 1      | cannot negate a string                                                  | negate a number",
            "pct_change(signup_date, 1)          | TYPE      | 12     | argument 1 of pct_change must be a number or money, found a date        | pct_change(now, before)",
            "days_between(signup_date, 3)        | TYPE      | 27     | argument 2 of days_between must be a date, found a number               | days_between(from, to)",
            "days(3)                             | TYPE      | 6      | argument 1 of days must be a duration, found a number                   | days(duration)",
            "lower(3)                            | TYPE      | 7      | argument 1 of lower must be string, found a number                      | lower(text)",
            "abs(plan)                           | TYPE      | 5      | argument 1 of abs must be a number, money or a duration, found a string | abs(x)",
            "contains(plan, 1)                   | TYPE      | 16     | argument 2 of contains must be string, found a number                   | contains(text, part)",
            "coalesce(mrr, 'x')                  | TYPE      | 15     | argument 2 of coalesce is a string but the earlier ones are money       | same type",
            "if(escalated, 1, 'x')               | TYPE      | 18     | argument 3 of if is a string but the earlier ones are number            | same type",
            "if(usage_30d, 1, 2)                 | TYPE      | 4      | argument 1 of if must be a condition (true or false), found a number    | if(condition, then, else)",
            "round(mrr, usage_30d)               | ARGUMENTS | 12     | the digits of round must be a whole number from 0 to 10 written as a literal | round(x, 2)",
            "round(mrr, 11)                      | ARGUMENTS | 12     | the digits of round must be a whole number from 0 to 10 written as a literal | round(x, 2)",
            "round(mrr, 1.5)                     | ARGUMENTS | 12     | the digits of round must be a whole number from 0 to 10 written as a literal | round(x, 2)",
            "plan in ('a', 1)                    | TYPE      | 6      | cannot compare string with number                                       | same type",
            "tags = 'x'                          | TYPE      | 1      | 'tags' is a list, and a list can only be written after in               | x in ('a', 'b')",
            "renewal_in * 2                      | TYPE      | 12     | cannot multiply duration by number                                      | days(...)",
            "signup_date / 2                     | TYPE      | 13     | cannot divide date by number                                            | days_between(a, b)",
            "plan % 2                            | TYPE      | 6      | cannot apply % to string and number                                     | numbers and money",
            "renewal_in - signup_date            | TYPE      | 12     | cannot subtract date from duration                                      | date - duration",
            "usage_30d + 3d                      | TYPE      | 11     | cannot add number and duration                                          | days(...)",
            "greatest(plan, 'a')                 | TYPE      | 10     | argument 1 of greatest must be a number, money, a date or a duration, found a string | greatest(a, b, ...)",
            "usage_30d between signup_date and 3 | TYPE      | 11     | cannot compare number with date                                         | days_between",
            "usage_3d > 1                        | UNKNOWN_NAME | 1   | unknown name 'usage_3d'                                                 | did you mean 'usage_30d'?",
            "mrr_n > 1                           | UNKNOWN_NAME | 1   | unknown name 'mrr_n'                                                    | did you mean 'mrr' or 'mrr_now'?"})
    void rejectsWithPositionAndFix(String text, Kind kind, int column, String problem, String fix) {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> TypeChecker.check(Expressions.parse(text), SCOPE));

        assertThat(error).as("error for %s", text).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.fix()).contains(fix);
    }

    @Test
    void showsOffendingSubExpression() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> TypeChecker.check(Expressions.parse("usage_30d > 1 and mrr > '100'"), SCOPE));

        assertThat(error.found()).isEqualTo("mrr > '100'");
        assertThat(error.getMessage())
                .isEqualTo("line 1, column 23: cannot compare money with string (found 'mrr > '100''). Fix: remove the quotes to compare with the number 100");
    }

    @Test
    void listsAvailableNamesWhenNoneIsClose() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> TypeChecker.check(Expressions.parse("zzzzzz > 1"), SCOPE));

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_NAME);
        assertThat(error.fix()).isEqualTo("use one of the available names: escalated, mrr, mrr_now, plan, renewal_in, signup_date, tags, usage_30d");
    }

    @Test
    void saysWhenScopeIsEmpty() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> TypeChecker.check(Expressions.parse("a > 1"), Scope.empty()));

        assertThat(error.fix()).isEqualTo("no names are available here; define it first");
    }

    @Test
    void acceptsConditionsAsBoolean() {
        assertThatCode(() -> TypeChecker.checkBoolean(Expressions.parse("usage_30d > 1 and plan in ('Pro')"), SCOPE))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsNumberWhereConditionIsRequired() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> TypeChecker.checkBoolean(Expressions.parse("usage_30d + 1"), SCOPE));

        assertThat(error.kind()).isEqualTo(Kind.TYPE);
        assertThat(error.column()).isEqualTo(11);
        assertThat(error.problem()).isEqualTo("expected a condition (true or false), found a number");
        assertThat(error.fix()).isEqualTo("compare the value, for example usage_30d > 0");
    }

    @Test
    void rejectsTextWhereConditionIsRequired() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> TypeChecker.checkBoolean(Expressions.parse("plan"), SCOPE));

        assertThat(error.problem()).isEqualTo("expected a condition (true or false), found a string");
        assertThat(error.fix()).isEqualTo("compare the value, for example plan = 'Pro'");
    }
}
