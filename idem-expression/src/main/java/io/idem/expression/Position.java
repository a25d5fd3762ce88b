package io.idem.expression;

/** A place in the expression text: 1-based line and 1-based column (counted in UTF-16 chars). */
public record Position(int line, int column) {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("position must be 1-based, found line " + line + ", column " + column);
        }
    }

    /** Returns "column 5" on the first line and "line 2, column 5" after it, for messages. */
    public String describe() {
        return line == 1 ? "column " + column : "line " + line + ", column " + column;
    }
}
