package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idem.expression.ExpressionException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", value = {
            // text                   | kind             | column | problem contains                                                  | found
            "usage_30d >              | SYNTAX           | 12     | expected a value after '>'                                        | ''",
            "pct_change(a, b          | SYNTAX           | 16     | expected ',' or ')' in the arguments of pct_change( opened at column 11 | ''",
            "(a + b                   | SYNTAX           | 7      | expected ')' to close '(' opened at column 1                      | ''",
            "a and (b or c d)         | SYNTAX           | 15     | expected ')' to close '(' opened at column 7                      | d",
            "a = 'abc                 | SYNTAX           | 5      | the string opened at column 5 is not closed                       | 'abc",
            "a == 1                   | SYNTAX           | 3      | '==' is not an operator                                           | ==",
            "a && b                   | SYNTAX           | 3      | '&&' is not an operator                                           | &&",
            "a ! b                    | SYNTAX           | 3      | '!' alone is not an operator                                      | !",
            "a & b                    | SYNTAX           | 3      | '&' is not an operator                                            | &",
            "x is not 3               | SYNTAX           | 10     | expected missing after 'is not'                                   | 3",
            "as_of - 99999999999999999999d | SYNTAX      | 9      | the duration is too long                                          | 99999999999999999999d",
            "as_of - 4000000d         | SYNTAX           | 9      | the duration is longer than 3,650,000 days (about 10,000 years)   | 4000000d",
            "a = \"x\"                  | SYNTAX           | 5      | strings use single quotes                                         | \"",
            "x = missing              | SYNTAX           | 5      | missing is not a value                                            | missing",
            "x is null                | SYNTAX           | 6      | Idem expressions call an absent value missing, not null           | null",
            "x = null                 | SYNTAX           | 5      | Idem expressions call an absent value missing, not null           | null",
            "x is 3                   | SYNTAX           | 6      | expected missing after 'is'                                       | 3",
            "a < b < c                | SYNTAX           | 7      | comparisons cannot be chained                                     | <",
            "x in (1) = true          | SYNTAX           | 10     | comparisons cannot be chained                                     | =",
            "as_of - 30m              | SYNTAX           | 9      | '30m' is not a number, a duration or a name                       | 30m",
            "as_of - 1.5d             | SYNTAX           | 9      | a duration must be a whole number of days or weeks                | 1.5d",
            "a > 1e5                  | SYNTAX           | 5      | scientific notation is not supported                              | 1e5",
            "a > 1.                   | SYNTAX           | 5      | expected a digit after the decimal point                          | 1.",
            "a > .5                   | SYNTAX           | 5      | a number must start with a digit                                  | .",
            "t.mrr > 1                | SYNTAX           | 2      | names cannot contain '.'                                          | .",
            "Usage_30d > 1            | SYNTAX           | 1      | names are written in lower case                                   | Usage_30d",
            "pct_chnge(a, b)          | UNKNOWN_FUNCTION | 1      | unknown function 'pct_chnge'                                      | pct_chnge",
            "mean(usage)              | UNKNOWN_FUNCTION | 1      | 'mean' is an aggregate over events                                | mean",
            "date('2024-01-01')       | UNKNOWN_FUNCTION | 1      | 'date' is not a function                                          | date",
            "pct_change(a)            | ARGUMENTS        | 1      | pct_change takes 2 arguments, found 1                             | pct_change",
            "coalesce(a)              | ARGUMENTS        | 1      | coalesce takes at least 2 arguments, found 1                      | coalesce",
            "1 + round(a, 1, 2)       | ARGUMENTS        | 5      | round takes 1 or 2 arguments, found 3                             | round",
            "abs()                    | ARGUMENTS        | 1      | abs takes 1 argument, found 0                                     | abs",
            "x in ()                  | SYNTAX           | 7      | the list after in is empty                                        | )",
            "x not in 'a'             | SYNTAX           | 10     | expected '(' after in                                             | 'a'",
            "x between 1              | SYNTAX           | 12     | expected and after the lower bound of between at column 3         | ''",
            "a b                      | SYNTAX           | 3      | unexpected 'b' after the complete expression 'a'                  | b",
            "a)                       | SYNTAX           | 2      | unexpected ')' without a matching '('                             | )",
            "''                       | SYNTAX           | 1      | the expression is empty                                           | ''",
            "date '2024-02-30'        | SYNTAX           | 6      | '2024-02-30' is not a valid date                                  | '2024-02-30'",
            "a like 'x%'              | SYNTAX           | 3      | 'like' is not supported                                           | like",
            "a + * b                  | SYNTAX           | 5      | expected a value after '+'                                        | *",
            "a ; drop table t         | SYNTAX           | 3      | unexpected character                                              | ;",
            "and b                    | SYNTAX           | 1      | expected a value at the start of the expression                   | and",
            "f(a,)                    | UNKNOWN_FUNCTION | 1      | unknown function 'f'                                              | f",
            "abs(a,)                  | SYNTAX           | 7      | expected a value after ','                                        | )"})
    void reportsPositionProblemAndToken(String text, Kind kind, int column, String problem, String found) {
        String expression = text.equals("''") ? "" : text;

        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse(expression));

        assertThat(error).as("error for %s", text).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).contains(problem);
        assertThat(error.found()).isEqualTo(found.equals("''") ? "" : found);
        assertThat(error.fix()).isNotBlank();
    }

    @Test
    void rejectsDoubleBarAsOr() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("a || b"));

        assertThat(error.column()).isEqualTo(3);
        assertThat(error.problem()).isEqualTo("'||' is not an operator");
        assertThat(error.fix()).isEqualTo("write or; strings cannot be joined");
    }

    @Test
    void rejectsNumberBeyondDoublePrecision() {
        String huge = "1" + "0".repeat(400);

        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("x > " + huge));

        assertThat(error.column()).isEqualTo(5);
        assertThat(error.problem()).isEqualTo("the number is too large for double precision");
    }

    @Test
    void rendersMessageWithPositionTokenAndFix() {
        assertThatThrownBy(() -> Expressions.parse("usage_30d >"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("line 1, column 12: expected a value after '>' (found end of expression). Fix: complete the expression after '>'");
    }

    @Test
    void suggestsClosestFunction() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("pct_chnge(a, b)"));

        assertThat(error.fix()).isEqualTo("did you mean 'pct_change'?");
    }

    @Test
    void listsFunctionsWhenNoneIsClose() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("frobnicate(a)"));

        assertThat(error.fix()).startsWith("use one of the available functions: abs, coalesce, contains,");
    }

    @Test
    void namesLowerCaseSpellingInFix() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("Usage_30d > 1"));

        assertThat(error.fix()).isEqualTo("write usage_30d");
    }

    @Test
    void reportsLineOfErrorOnLaterLine() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("x > 1 and\n  (y or"));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(8);
        assertThat(error.problem()).isEqualTo("expected a value after 'or'");
    }

    @Test
    void namesLineOfOpeningParenthesisOnLaterLine() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse("x > 1 and\n(y"));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.problem()).isEqualTo("expected ')' to close '(' opened at line 2, column 1");
    }

    @Test
    void rejectsNestingBeyondLimit() {
        String text = "(".repeat(Parser.MAX_DEPTH + 1) + "a" + ")".repeat(Parser.MAX_DEPTH + 1);

        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse(text));

        assertThat(error.problem()).isEqualTo("the expression nests deeper than " + Parser.MAX_DEPTH + " levels");
        assertThat(error.column()).isEqualTo(Parser.MAX_DEPTH + 1);
    }

    @Test
    void rejectsTooManyTokens() {
        String text = "a" + " + a".repeat(Parser.MAX_TOKENS);

        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Expressions.parse(text));

        assertThat(error.problem()).isEqualTo("the expression has more than " + Parser.MAX_TOKENS + " tokens");
    }
}
