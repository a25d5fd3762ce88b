package io.idem.expression;

/** Operators with two operands, with the spelling used when an expression is printed. */
public enum BinaryOperator {
    OR("or"),
    AND("and"),
    EQUAL("="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    MODULO("%");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Returns whether the operator is one of = != < <= > >=. */
    public boolean isComparison() {
        return switch (this) {
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> true;
            case OR, AND, ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> false;
        };
    }

    /** Returns whether the operator orders its operands (as opposed to testing equality). */
    public boolean isOrdering() {
        return switch (this) {
            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> true;
            case OR, AND, EQUAL, NOT_EQUAL, ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> false;
        };
    }
}
