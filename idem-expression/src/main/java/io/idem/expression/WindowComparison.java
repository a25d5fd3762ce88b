package io.idem.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Parses the window comparison {@code pct_change(AGGREGATE, last L, previous P)} into the plain call
 * it stands for. With equal lengths it is {@code pct_change(AGGREGATE with last L, AGGREGATE with
 * last L and offset L)}. With different lengths both sides are divided by their length in days, so
 * the comparison is between per-day rates: {@code last 7d, previous 28d} compares the last 7 days'
 * daily rate with the daily rate of the 28 days before them.
 */
final class WindowComparison {

    /** Aggregates whose value is a total over the window's rows, so a per-day rate makes sense. */
    private static final Set<String> ADDITIVE = Set.of("count", "sum");

    /** Aggregates that ignore the window's length or count days from its end, so comparing two windows of them is meaningless. */
    private static final Set<String> NOT_WINDOWED = Set.of("days_since_last", "days_since_first", "sum_active", "days_to_renewal");

    private static final String EXAMPLE = "pct_change(sum(usage_count from usage), last 30d, previous 30d)";

    private WindowComparison() {
    }

    /**
     * Returns whether the cursor is at {@code , last DURATION} after pct_change's first argument. A
     * number after {@code last} also counts, so that a missing unit gets its own message, while a
     * name {@code last} followed by {@code )} or an operator stays a value.
     */
    static boolean startsHere(TokenCursor cursor) {
        TokenKind window = cursor.peek(2).kind();
        return cursor.current().kind() == TokenKind.COMMA && cursor.peek(1).isKeyword("last")
                && (window == TokenKind.DURATION || window == TokenKind.NUMBER);
    }

    /** Parses {@code , last L, previous P)} after {@code first}, the cursor being at the comma. */
    static Expression parse(TokenCursor cursor, Token name, Token open, Expression first) {
        if (!(first instanceof Expression.AggregateCall aggregate)) {
            throw Syntax.error(cursor.peek(1), "'last' and 'previous' in pct_change need an aggregate call as the first argument, found '"
                    + ExpressionFormatter.format(first) + "'", "write for example " + EXAMPLE);
        }
        if (aggregate.windowDays() != null || aggregate.offsetDays() != 0) {
            throw Syntax.error(cursor.peek(1), "the aggregate in pct_change(..., last, previous) cannot have its own 'last' or 'offset'",
                    "remove them from " + aggregate.function() + "(...) and set the windows after it, for example " + EXAMPLE);
        }
        if (NOT_WINDOWED.contains(aggregate.function())) {
            throw Syntax.error(cursor.peek(1), aggregate.function() + " does not depend on the length of a window, so 'last' and 'previous' cannot compare two",
                    "compare two calls instead, for example pct_change(" + aggregate.function() + "(...), " + aggregate.function()
                            + "(..., offset 30d))");
        }

        cursor.advance();
        cursor.advance();
        long lastDays = windowDays(cursor, "last");
        if (cursor.current().kind() != TokenKind.COMMA || !cursor.peek(1).isKeyword("previous")) {
            throw Syntax.error(cursor.current(), "expected ', previous DURATION' after 'last " + lastDays + "d' in pct_change",
                    "write for example " + EXAMPLE);
        }
        cursor.advance();
        Token previous = cursor.advance();
        long previousDays = windowDays(cursor, "previous");
        if (cursor.current().kind() != TokenKind.RIGHT_PAREN) {
            throw Syntax.error(cursor.current(), "expected ')' to close pct_change( opened at " + open.position().describe(),
                    "write for example " + EXAMPLE);
        }
        cursor.advance();
        if (lastDays != previousDays && !ADDITIVE.contains(aggregate.function())) {
            throw Syntax.error(previous, "windows of different lengths are compared as per-day rates, which only count and sum have, not "
                    + aggregate.function(), "write previous " + lastDays + "d so that both windows have the same length");
        }

        Expression now = window(aggregate, lastDays, 0);
        Expression before = window(aggregate, previousDays, lastDays);
        if (lastDays != previousDays) {
            now = perDay(now, lastDays);
            before = perDay(before, previousDays);
        }
        return new Expression.Call(Function.PCT_CHANGE, List.of(now, before), name.position());
    }

    private static long windowDays(TokenCursor cursor, String keyword) {
        Token token = cursor.current();
        if (token.kind() != TokenKind.DURATION) {
            throw Syntax.error(token, "expected the window after '" + keyword + "' as a duration", "write a number of days or weeks such as 30d or 4w");
        }
        long days = Syntax.duration(cursor.advance()).days();
        if (days == 0) {
            throw Syntax.error(token, "the window of 0 days after '" + keyword + "' is empty", "write a window of at least 1 day such as 30d");
        }
        return days;
    }

    private static Expression window(Expression.AggregateCall call, long days, long offsetDays) {
        return new Expression.AggregateCall(call.function(), call.column(), call.source(), call.filter(), days, offsetDays, call.position());
    }

    private static Expression perDay(Expression total, long days) {
        Position at = total.position();
        return new Expression.Binary(BinaryOperator.DIVIDE, total, new Expression.NumberLiteral(BigDecimal.valueOf(days), at), at);
    }
}
