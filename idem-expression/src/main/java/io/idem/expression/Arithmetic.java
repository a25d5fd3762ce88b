package io.idem.expression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Runtime arithmetic and comparison on evaluated values (Double, LocalDate, Duration, Boolean,
 * String; null for missing). Every operation with a missing operand is missing, and so is
 * division by zero. Each numeric step is one IEEE 754 double operation, the same one the SQL
 * compiler emits, so that memory and database agree to the last bit.
 */
final class Arithmetic {

    private Arithmetic() {
    }

    static Object apply(Expression.Binary node, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof Double a && right instanceof Double b) {
            return numeric(node, a, b);
        }
        return switch (node.operator()) {
            case ADD -> addTemporal(node, left, right);
            case SUBTRACT -> subtractTemporal(node, left, right);
            case MULTIPLY, DIVIDE, MODULO, OR, AND, EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL ->
                    throw mismatch(node, left, right);
        };
    }

    private static Double numeric(Expression.Binary node, double a, double b) {
        return switch (node.operator()) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> divide(a, b);
            case MODULO -> remainder(a, b);
            case OR, AND, EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL ->
                    throw new IllegalStateException("not arithmetic: " + node.operator());
        };
    }

    /** Returns a / b, or missing when b is zero. */
    static Double divide(double a, double b) {
        return b == 0.0 ? null : a / b;
    }

    /**
     * Returns the remainder of truncating division, a - b * trunc(a / b), or missing when b is zero.
     * Written as these three steps rather than Java's exact {@code %}, because PostgreSQL has no
     * remainder operator for double precision and the SQL compiler emits the same three steps.
     */
    static Double remainder(double a, double b) {
        if (b == 0.0) {
            return null;
        }
        double quotient = a / b;
        double truncated = quotient < 0 ? Math.ceil(quotient) : Math.floor(quotient);
        return a - b * truncated;
    }

    private static Object addTemporal(Expression.Binary node, Object left, Object right) {
        if (left instanceof LocalDate date && right instanceof Duration duration) {
            return date.plusDays(duration.days());
        }
        if (left instanceof Duration duration && right instanceof LocalDate date) {
            return date.plusDays(duration.days());
        }
        if (left instanceof Duration a && right instanceof Duration b) {
            return new Duration(Math.addExact(a.days(), b.days()));
        }
        throw mismatch(node, left, right);
    }

    private static Object subtractTemporal(Expression.Binary node, Object left, Object right) {
        if (left instanceof LocalDate date && right instanceof Duration duration) {
            return date.minusDays(duration.days());
        }
        if (left instanceof LocalDate a && right instanceof LocalDate b) {
            return new Duration(ChronoUnit.DAYS.between(b, a));
        }
        if (left instanceof Duration a && right instanceof Duration b) {
            return new Duration(Math.subtractExact(a.days(), b.days()));
        }
        throw mismatch(node, left, right);
    }

    static Object negate(Expression node, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number) {
            return -number;
        }
        if (value instanceof Duration duration) {
            return new Duration(Math.negateExact(duration.days()));
        }
        throw new ExpressionException(ExpressionException.Kind.TYPE, node.position(), "cannot negate the value " + describe(value),
                Expressions.format(node), "bind a number or a duration, the types the expression was checked against");
    }

    /**
     * Compares two values; returns missing when either is. Numbers compare numerically (so -0.0
     * equals 0.0), dates and durations by time, text and booleans only for equality.
     */
    static Boolean compare(Expression node, BinaryOperator operator, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (!operator.isOrdering()) {
            boolean equal = equal(node, left, right);
            return operator == BinaryOperator.EQUAL ? equal : !equal;
        }
        int order = order(node, left, right);
        return switch (operator) {
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
            case OR, AND, EQUAL, NOT_EQUAL, ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO ->
                    throw new IllegalStateException("not an ordering: " + operator);
        };
    }

    static boolean equal(Expression node, Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (left.getClass() != right.getClass()) {
            throw mismatch(node, left, right);
        }
        return left.equals(right);
    }

    /** Returns the sign of left minus right for numbers, dates and durations. */
    static int order(Expression node, Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) {
            if (a < b) {
                return -1;
            }
            return a > b ? 1 : 0;
        }
        if (left instanceof LocalDate a && right instanceof LocalDate b) {
            return a.compareTo(b);
        }
        if (left instanceof Duration a && right instanceof Duration b) {
            return a.compareTo(b);
        }
        throw mismatch(node, left, right);
    }

    static ExpressionException mismatch(Expression node, Object left, Object right) {
        return new ExpressionException(ExpressionException.Kind.TYPE, node.position(),
                "cannot apply this operation to the values " + describe(left) + " and " + describe(right),
                Expressions.format(node), "bind values of the types the expression was checked against with TypeChecker");
    }

    static String describe(Object value) {
        return value instanceof String text ? "'" + text + "' (string)" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
