package io.idem.expression;

import java.util.Objects;

/**
 * An expression that cannot be parsed, type-checked, compiled or evaluated. Line and column are
 * 1-based within the expression text; the caller adds the idem.yaml file and field. The parts are
 * exposed separately so a caller can render them its own way; {@link #getMessage()} joins them.
 */
public final class ExpressionException extends RuntimeException {

    /** Error family, so that callers and tests can tell errors apart without parsing the message. */
    public enum Kind {
        /** The text does not follow the grammar. */
        SYNTAX,
        /** Operand types do not fit an operator or function. */
        TYPE,
        /** An identifier that the scope, bindings or column resolver does not define. */
        UNKNOWN_NAME,
        /** A call to a function that does not exist. */
        UNKNOWN_FUNCTION,
        /** A call with the wrong number or form of arguments. */
        ARGUMENTS
    }

    private final Kind kind;
    private final Position position;
    private final String problem;
    private final String found;
    private final String fix;

    /**
     * Creates an error.
     *
     * @param found the offending token or sub-expression as written, the empty string when the
     *              text ended too early, or null when no single token is to blame
     */
    public ExpressionException(Kind kind, Position position, String problem, String found, String fix) {
        super(render(position, problem, found, fix));
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.position = Objects.requireNonNull(position, "position is null");
        this.problem = Objects.requireNonNull(problem, "problem is null");
        this.found = found;
        this.fix = Objects.requireNonNull(fix, "fix is null");
    }

    public Kind kind() {
        return kind;
    }

    public Position position() {
        return position;
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    /** Returns what went wrong, without position or fix, for example "expected ')' to close '(' opened at column 5". */
    public String problem() {
        return problem;
    }

    /** Returns the offending token or sub-expression, empty at the end of the text, or null when none applies. */
    public String found() {
        return found;
    }

    /** Returns what the author can change to make the expression valid. */
    public String fix() {
        return fix;
    }

    /** Returns a copy of this error placed at another position, keeping kind, problem, token and fix. */
    public ExpressionException at(Position newPosition) {
        ExpressionException moved = new ExpressionException(kind, newPosition, problem, found, fix);
        moved.initCause(getCause());
        return moved;
    }

    private static String render(Position position, String problem, String found, String fix) {
        String where = "line " + position.line() + ", column " + position.column();
        String token = found == null ? "" : " (found " + quote(found) + ")";
        return where + ": " + problem + token + ". Fix: " + fix;
    }

    private static String quote(String text) {
        return text.isEmpty() ? "end of expression" : "'" + text + "'";
    }
}
