package io.idem.expression;

/** Operators with one operand. */
public enum UnaryOperator {
    /** Arithmetic negation, {@code -x}. */
    NEGATE("-"),
    /** Logical negation, {@code not x}. */
    NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
