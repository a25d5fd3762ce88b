package io.idem.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Token conversions and syntax errors shared by the parser's precedence levels. */
final class Syntax {

    /** Aggregate names people try to call; they are features in idem.yaml, not functions. */
    private static final Set<String> AGGREGATES = Set.of("count", "count_distinct", "sum", "avg", "mean", "min", "max", "sum_active");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private Syntax() {
    }

    static ExpressionException error(Token token, String problem, String fix) {
        return new ExpressionException(ExpressionException.Kind.SYNTAX, token.position(), problem, token.text(), fix);
    }

    /** Returns the error for a token where a value should start; {@code previous} is null at the start of the text. */
    static ExpressionException expectedValue(Token token, Token previous) {
        String problem = previous == null
                ? "expected a value at the start of the expression"
                : "expected a value after '" + previous.text() + "'";
        String fix = token.kind() == TokenKind.END
                ? "complete the expression after '" + (previous == null ? "" : previous.text()) + "'"
                : "write a name, a number, a 'string', a duration such as 30d, date 'YYYY-MM-DD', as_of, a function call or an expression in parentheses";
        return error(token, problem, fix);
    }

    static BinaryOperator comparisonOperator(TokenKind kind) {
        return switch (kind) {
            case EQUAL -> BinaryOperator.EQUAL;
            case NOT_EQUAL -> BinaryOperator.NOT_EQUAL;
            case LESS -> BinaryOperator.LESS;
            case LESS_OR_EQUAL -> BinaryOperator.LESS_OR_EQUAL;
            case GREATER -> BinaryOperator.GREATER;
            case GREATER_OR_EQUAL -> BinaryOperator.GREATER_OR_EQUAL;
            case NUMBER, DURATION, STRING, WORD, PLUS, MINUS, STAR, SLASH, PERCENT, LEFT_PAREN, RIGHT_PAREN, COMMA, END -> null;
        };
    }

    static BinaryOperator multiplicativeOperator(TokenKind kind) {
        return switch (kind) {
            case STAR -> BinaryOperator.MULTIPLY;
            case SLASH -> BinaryOperator.DIVIDE;
            case PERCENT -> BinaryOperator.MODULO;
            case NUMBER, DURATION, STRING, WORD, EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, PLUS, MINUS,
                    LEFT_PAREN, RIGHT_PAREN, COMMA, END -> null;
        };
    }

    static BigDecimal number(Token token) {
        BigDecimal value = new BigDecimal(token.text());
        if (Double.isInfinite(value.doubleValue())) {
            throw error(token, "the number is too large for double precision", "write a smaller number");
        }
        return value;
    }

    static Expression.DurationLiteral duration(Token token) {
        String text = token.text();
        String amount = text.substring(0, text.length() - 1);
        DurationUnit unit = DurationUnit.bySuffix(text.substring(text.length() - 1)).orElseThrow();
        try {
            long parsed = Long.parseLong(amount);
            Expression.DurationLiteral literal = new Expression.DurationLiteral(parsed, unit, token.position());
            if (literal.days() > 3_650_000) {
                throw error(token, "the duration is longer than 3,650,000 days (about 10,000 years)", "write a shorter duration");
            }
            return literal;
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(token, "the duration is too long", "write a shorter duration");
        }
    }

    static Expression.DateLiteral date(Token keyword, Token string) {
        try {
            return new Expression.DateLiteral(LocalDate.parse(string.value()), keyword.position());
        } catch (DateTimeParseException e) {
            throw new ExpressionException(ExpressionException.Kind.SYNTAX, string.position(),
                    "'" + string.value() + "' is not a valid date", string.text(),
                    "write an existing date as YYYY-MM-DD, for example date '2024-01-31'");
        }
    }

    static Expression.Identifier identifier(Token word) {
        String name = word.text();
        if (!IDENTIFIER.matcher(name).matches()) {
            throw error(word, "names are written in lower case", "write " + name.toLowerCase(Locale.ROOT));
        }
        return new Expression.Identifier(name, word.position());
    }

    static Function function(Token name) {
        String lower = name.text().toLowerCase(Locale.ROOT);
        Optional<Function> function = Function.byName(lower);
        if (function.isPresent()) {
            return function.get();
        }
        ExpressionException.Kind kind = ExpressionException.Kind.UNKNOWN_FUNCTION;
        if (AGGREGATES.contains(lower)) {
            String fix = (lower.equals("mean") ? "write avg(COLUMN from SOURCE, last 30d)" : "write it as " + lower + "(COLUMN from SOURCE, last 30d)")
                    + ", or define the aggregate as a feature in idem.yaml and use the feature's name here"
                    + (lower.equals("min") || lower.equals("max") ? "; for the smaller or larger of values use least(...) or greatest(...)" : "");
            return throwUnknown(name, kind, "'" + lower + "' is an aggregate over events, not a function of one account's values", fix);
        }
        if (lower.equals("date")) {
            return throwUnknown(name, kind, "'date' is not a function", "write a date as date '2024-01-31'");
        }
        String problem = "unknown function '" + name.text() + "'";
        return throwUnknown(name, kind, problem, NameSuggestions.hint(lower, Function.names(), "functions"));
    }

    private static Function throwUnknown(Token name, ExpressionException.Kind kind, String problem, String fix) {
        throw new ExpressionException(kind, name.position(), problem, name.text(), fix);
    }

    static void checkArgumentCount(Token name, Function function, int count) {
        if (count >= function.minArguments() && count <= function.maxArguments()) {
            return;
        }
        String expected = function.minArguments() == function.maxArguments()
                ? String.valueOf(function.minArguments())
                : function.maxArguments() == Integer.MAX_VALUE
                ? "at least " + function.minArguments()
                : function.minArguments() + " or " + function.maxArguments();
        throw new ExpressionException(ExpressionException.Kind.ARGUMENTS, name.position(),
                function.functionName() + " takes " + expected + " argument" + (expected.equals("1") ? "" : "s") + ", found " + count,
                name.text(), "write " + function.signature());
    }
}
