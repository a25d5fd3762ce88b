package io.idem.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser. One method per precedence level, loosest first:
 * {@code or}, {@code and}, {@code not}, comparisons (including {@code in}, {@code is missing} and
 * {@code between}), {@code + -}, {@code * / %}, unary minus, then values, calls and parentheses.
 * The grammar is written out in docs/expressions.md.
 */
final class Parser {

    /** Maximum nesting depth accepted, so that hostile input cannot overflow the stack. */
    static final int MAX_DEPTH = 100;

    /** Maximum number of tokens accepted, for the same reason: a chain such as a + b + ... nests as deeply as it is long. */
    static final int MAX_TOKENS = 2000;

    /** Aggregates over a source's rows; see {@link Expression.AggregateCall}. */
    static final Set<String> AGGREGATE_FUNCTIONS = Set.of("count", "count_distinct", "sum", "avg", "min", "max", "last",
            "days_since_last", "days_since_first", "sum_active", "days_to_renewal", "trend");

    /** Aggregates that count rows or read the source's date column, so they take no value column. */
    private static final Set<String> COLUMN_OPTIONAL = Set.of("count", "days_since_last", "days_since_first", "days_to_renewal", "trend");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "between", "missing", "true", "false", "as_of", "null");

    private final TokenCursor cursor;

    private Parser(List<Token> tokens) {
        this.cursor = new TokenCursor(tokens);
    }

    static Expression parse(String text) {
        List<Token> tokens = Lexer.tokenize(text);
        if (tokens.size() > MAX_TOKENS) {
            throw Syntax.error(tokens.get(MAX_TOKENS), "the expression has more than " + MAX_TOKENS + " tokens",
                    "split it into several features that refer to each other");
        }
        Parser parser = new Parser(tokens);
        if (parser.cursor.current().kind() == TokenKind.END) {
            throw Syntax.error(parser.cursor.current(), "the expression is empty", "write a value or a condition, for example usage_30d >= 20");
        }

        Expression expression = parser.parseOr();
        parser.expectEnd(expression);
        return expression;
    }

    private Expression parseOr() {
        Expression left = parseAnd();
        while (cursor.current().isKeyword("or")) {
            Token operator = cursor.advance();
            left = new Expression.Binary(BinaryOperator.OR, left, parseAnd(), operator.position());
        }
        return left;
    }

    private Expression parseAnd() {
        Expression left = parseNot();
        while (cursor.current().isKeyword("and")) {
            Token operator = cursor.advance();
            left = new Expression.Binary(BinaryOperator.AND, left, parseNot(), operator.position());
        }
        return left;
    }

    private Expression parseNot() {
        if (!cursor.current().isKeyword("not")) {
            return parseComparison();
        }
        Token not = cursor.advance();
        cursor.enter(not);
        try {
            return new Expression.Unary(UnaryOperator.NOT, parseNot(), not.position());
        } finally {
            cursor.leave();
        }
    }

    private Expression parseComparison() {
        Expression left = parseAdditive();
        Expression result = parseComparisonTail(left);
        if (result != left && startsComparison()) {
            throw Syntax.error(cursor.current(), "comparisons cannot be chained",
                    "join them with and, for example a < b and b < c");
        }
        return result;
    }

    private Expression parseComparisonTail(Expression left) {
        Token token = cursor.current();
        BinaryOperator comparison = Syntax.comparisonOperator(token.kind());
        if (comparison != null) {
            cursor.advance();
            return new Expression.Binary(comparison, left, parseAdditive(), token.position());
        }
        if (token.isKeyword("is")) {
            return parseIsMissing(left);
        }
        if (token.isKeyword("in")) {
            cursor.advance();
            return new Expression.In(left, parseValueList(token), false, token.position());
        }
        if (token.isKeyword("between")) {
            cursor.advance();
            return parseBetween(left, token, false);
        }
        if (token.isKeyword("not") && (cursor.peek(1).isKeyword("in") || cursor.peek(1).isKeyword("between"))) {
            cursor.advance();
            Token keyword = cursor.advance();
            return keyword.isKeyword("in")
                    ? new Expression.In(left, parseValueList(keyword), true, keyword.position())
                    : parseBetween(left, keyword, true);
        }
        if (token.isKeyword("like") || token.isKeyword("ilike")) {
            throw Syntax.error(token, "'" + token.text() + "' is not supported",
                    "use contains(text, part), starts_with(text, prefix) or ends_with(text, suffix)");
        }
        return left;
    }

    private Expression parseIsMissing(Expression left) {
        Token is = cursor.advance();
        boolean negated = false;
        if (cursor.current().isKeyword("not")) {
            cursor.advance();
            negated = true;
        }
        Token next = cursor.current();
        if (next.isKeyword("null")) {
            throw Syntax.error(next, "Idem expressions call an absent value missing, not null",
                    "write is " + (negated ? "not " : "") + "missing");
        }
        if (!next.isKeyword("missing")) {
            throw Syntax.error(next, "expected missing after '" + (negated ? "is not" : "is") + "'",
                    "write x is missing or x is not missing; compare values with =");
        }
        cursor.advance();
        return new Expression.IsMissing(left, negated, is.position());
    }

    private Expression parseBetween(Expression operand, Token between, boolean negated) {
        Expression low = parseAdditive();
        if (!cursor.current().isKeyword("and")) {
            throw Syntax.error(cursor.current(), "expected and after the lower bound of between at " + between.position().describe(),
                    "write x between low and high, for example usage_30d between 10 and 20");
        }
        cursor.advance();
        Expression high = parseAdditive();
        return new Expression.Between(operand, low, high, negated, between.position());
    }

    private Expression.ValueList parseValueList(Token keyword) {
        Token open = cursor.current();
        if (open.kind() != TokenKind.LEFT_PAREN) {
            throw Syntax.error(open, "expected '(' after " + keyword.text(), "write the values in parentheses, for example plan in ('Basic', 'Pro')");
        }
        cursor.advance();
        if (cursor.current().kind() == TokenKind.RIGHT_PAREN) {
            throw Syntax.error(cursor.current(), "the list after " + keyword.text() + " is empty", "list at least one value, for example ('Basic')");
        }
        List<Expression> items = parseCommaSeparated(open, "the list opened at " + open.position().describe());
        return new Expression.ValueList(items, open.position());
    }

    private Expression parseAdditive() {
        Expression left = parseMultiplicative();
        while (cursor.current().kind() == TokenKind.PLUS || cursor.current().kind() == TokenKind.MINUS) {
            Token operator = cursor.advance();
            BinaryOperator op = operator.kind() == TokenKind.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new Expression.Binary(op, left, parseMultiplicative(), operator.position());
        }
        return left;
    }

    private Expression parseMultiplicative() {
        Expression left = parseUnary();
        while (true) {
            BinaryOperator op = Syntax.multiplicativeOperator(cursor.current().kind());
            if (op == null) {
                return left;
            }
            Token operator = cursor.advance();
            left = new Expression.Binary(op, left, parseUnary(), operator.position());
        }
    }

    private Expression parseUnary() {
        if (cursor.current().kind() != TokenKind.MINUS) {
            return parsePrimary();
        }
        Token minus = cursor.advance();
        cursor.enter(minus);
        try {
            return new Expression.Unary(UnaryOperator.NEGATE, parseUnary(), minus.position());
        } finally {
            cursor.leave();
        }
    }

    private Expression parsePrimary() {
        Token token = cursor.current();
        switch (token.kind()) {
            case NUMBER -> {
                cursor.advance();
                return new Expression.NumberLiteral(Syntax.number(token), token.position());
            }
            case DURATION -> {
                cursor.advance();
                return Syntax.duration(token);
            }
            case STRING -> {
                cursor.advance();
                return new Expression.StringLiteral(token.value(), token.position());
            }
            case LEFT_PAREN -> {
                return parseParenthesised();
            }
            case WORD -> {
                return parseWord();
            }
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, PLUS, MINUS, STAR, SLASH, PERCENT,
                    RIGHT_PAREN, COMMA, END -> throw Syntax.expectedValue(token, cursor.previous());
        }
        throw new IllegalStateException("unhandled token " + token);
    }

    private Expression parseParenthesised() {
        Token open = cursor.advance();
        cursor.enter(open);
        try {
            Expression inner = parseOr();
            if (cursor.current().kind() != TokenKind.RIGHT_PAREN) {
                throw Syntax.error(cursor.current(), "expected ')' to close '(' opened at " + open.position().describe(),
                        cursor.current().kind() == TokenKind.END ? "add ')' at the end" : "add ')' before this point or join the parts with and, or, or an operator");
            }
            cursor.advance();
            return inner;
        } finally {
            cursor.leave();
        }
    }

    private Expression parseWord() {
        Token word = cursor.current();
        String lower = word.text().toLowerCase(Locale.ROOT);
        if (lower.equals("date") && cursor.peek(1).kind() == TokenKind.STRING) {
            cursor.advance();
            return Syntax.date(word, cursor.advance());
        }
        if (cursor.peek(1).kind() == TokenKind.LEFT_PAREN && AGGREGATE_FUNCTIONS.contains(lower)) {
            return parseAggregate(word, lower);
        }
        if (cursor.peek(1).kind() == TokenKind.LEFT_PAREN && !KEYWORDS.contains(lower)) {
            return parseCall(word);
        }
        switch (lower) {
            case "true", "false" -> {
                cursor.advance();
                return new Expression.BooleanLiteral(lower.equals("true"), word.position());
            }
            case "as_of" -> {
                cursor.advance();
                return new Expression.AsOf(word.position());
            }
            case "missing" -> throw Syntax.error(word, "missing is not a value",
                    "test for it with x is missing, or supply a default with coalesce(x, 0)");
            case "null" -> throw Syntax.error(word, "Idem expressions call an absent value missing, not null",
                    "test for it with x is missing, or supply a default with coalesce(x, 0)");
            default -> {
                if (KEYWORDS.contains(lower)) {
                    throw Syntax.expectedValue(word, cursor.previous());
                }
                cursor.advance();
                return Syntax.identifier(word);
            }
        }
    }

    /**
     * Parses {@code fn([column from] source [where condition] [, last N] [, offset N])}. Only
     * {@code count}, the {@code days_since} aggregates and {@code days_to_renewal} may leave out the column.
     */
    private Expression parseAggregate(Token name, String function) {
        cursor.advance();
        Token open = cursor.advance();
        cursor.enter(open);
        try {
            String column = null;
            boolean columnOptional = COLUMN_OPTIONAL.contains(function);
            Token first = expectWord("a source name" + (columnOptional ? "" : " or 'COLUMN from SOURCE'"));
            String source = first.text();
            if (cursor.current().isKeyword("from")) {
                cursor.advance();
                column = source;
                source = expectWord("the source name after 'from'").text();
            } else if (!columnOptional) {
                throw Syntax.error(first, function + "(...) needs a column", "write " + function + "(COLUMN from " + source + ", last 30d)");
            }
            Expression filter = null;
            if (cursor.current().isKeyword("where")) {
                cursor.advance();
                filter = parseOr();
            }
            Long window = null;
            long offset = 0;
            while (cursor.current().kind() == TokenKind.COMMA) {
                cursor.advance();
                Token keyword = cursor.current();
                if (keyword.isKeyword("last")) {
                    cursor.advance();
                    window = durationDays("the window after 'last'");
                } else if (keyword.isKeyword("offset")) {
                    cursor.advance();
                    offset = durationDays("the shift after 'offset'");
                } else {
                    throw Syntax.error(keyword, "expected 'last DURATION' or 'offset DURATION' in " + function + "(...)",
                            "write for example " + function + "(... , last 30d, offset 30d)");
                }
            }
            if (cursor.current().kind() != TokenKind.RIGHT_PAREN) {
                throw Syntax.error(cursor.current(), "expected ')' to close " + function + "( opened at " + open.position().describe(),
                        "write " + function + "(" + (column == null ? "" : "COLUMN from ") + "SOURCE where CONDITION, last 30d)");
            }
            cursor.advance();
            return new Expression.AggregateCall(function, column, source, filter, window, offset, name.position());
        } finally {
            cursor.leave();
        }
    }

    private Token expectWord(String what) {
        Token token = cursor.current();
        if (token.kind() != TokenKind.WORD || KEYWORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
            throw Syntax.error(token, "expected " + what, "write for example count(usage where feature = 'reports', last 30d)");
        }
        return cursor.advance();
    }

    private long durationDays(String what) {
        Token token = cursor.current();
        if (token.kind() != TokenKind.DURATION) {
            throw Syntax.error(token, "expected " + what + " as a duration", "write a number of days or weeks such as 30d or 4w");
        }
        Expression.DurationLiteral duration = Syntax.duration(cursor.advance());
        return duration.amount() * duration.unit().days();
    }

    private Expression parseCall(Token name) {
        Function function = Syntax.function(name);
        cursor.advance();
        Token open = cursor.advance();
        cursor.enter(open);
        try {
            List<Expression> arguments;
            String context = "the arguments of " + function.functionName() + "( opened at " + open.position().describe();
            if (cursor.current().kind() == TokenKind.RIGHT_PAREN) {
                cursor.advance();
                arguments = List.of();
            } else if (function == Function.PCT_CHANGE) {
                Expression first = parseOr();
                if (WindowComparison.startsHere(cursor)) {
                    return WindowComparison.parse(cursor, name, open, first);
                }
                arguments = parseCommaSeparated(open, context, first);
            } else {
                arguments = parseCommaSeparated(open, context);
            }
            Syntax.checkArgumentCount(name, function, arguments.size());
            return new Expression.Call(function, arguments, name.position());
        } finally {
            cursor.leave();
        }
    }

    /** Parses {@code item (, item)*} and the closing parenthesis. */
    private List<Expression> parseCommaSeparated(Token open, String context) {
        return parseCommaSeparated(open, context, parseOr());
    }

    /** Parses {@code (, item)*} and the closing parenthesis after an already parsed first item. */
    private List<Expression> parseCommaSeparated(Token open, String context, Expression first) {
        List<Expression> items = new ArrayList<>();
        items.add(first);
        while (true) {
            Token separator = cursor.current();
            if (separator.kind() == TokenKind.RIGHT_PAREN) {
                cursor.advance();
                return items;
            }
            if (separator.kind() != TokenKind.COMMA) {
                throw Syntax.error(separator, "expected ',' or ')' in " + context,
                        separator.kind() == TokenKind.END ? "add ')' at the end" : "separate values with commas and close with ')'");
            }
            cursor.advance();
            items.add(parseOr());
        }
    }

    private void expectEnd(Expression expression) {
        Token token = cursor.current();
        if (token.kind() == TokenKind.END) {
            return;
        }
        if (token.kind() == TokenKind.RIGHT_PAREN) {
            throw Syntax.error(token, "unexpected ')' without a matching '('", "remove it or add '(' earlier");
        }
        throw Syntax.error(token, "unexpected '" + token.text() + "' after the complete expression '" + ExpressionFormatter.format(expression) + "'",
                "join the parts with and, or, or an operator such as = or +");
    }

    private boolean startsComparison() {
        Token token = cursor.current();
        return Syntax.comparisonOperator(token.kind()) != null || token.isKeyword("is") || token.isKeyword("in")
                || token.isKeyword("between") || (token.isKeyword("not") && (cursor.peek(1).isKeyword("in") || cursor.peek(1).isKeyword("between")));
    }
}
