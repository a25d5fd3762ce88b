package io.idem.expression;

import java.math.BigDecimal;

/**
 * Typing rules of the operators, and the type errors they raise with a fix for each common
 * mistake. Numbers and money mix: money stays money under {@code + - * / %} with a number, and
 * {@code money / money} is a number. Dates move by durations, and two dates differ by a duration.
 */
final class OperatorTypes {

    private OperatorTypes() {
    }

    static Type unary(Expression.Unary node, Type operand) {
        return switch (node.operator()) {
            case NOT -> {
                requireCondition(node.operand(), operand, "not");
                yield Type.BOOLEAN;
            }
            case NEGATE -> {
                if (operand.isNumeric() || operand == Type.DURATION) {
                    yield operand;
                }
                throw error(node, "cannot negate a " + operand.displayName(), "negate a number, money or a duration");
            }
        };
    }

    static Type binary(Expression.Binary node, Type left, Type right) {
        return switch (node.operator()) {
            case OR, AND -> {
                requireCondition(node.left(), left, node.operator().symbol());
                requireCondition(node.right(), right, node.operator().symbol());
                yield Type.BOOLEAN;
            }
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> {
                checkComparable(node, node.left(), node.right(), left, right, node.operator().isOrdering());
                yield Type.BOOLEAN;
            }
            case ADD, SUBTRACT -> additive(node, left, right);
            case MULTIPLY, DIVIDE, MODULO -> multiplicative(node, left, right);
        };
    }

    private static Type additive(Expression.Binary node, Type left, Type right) {
        boolean add = node.operator() == BinaryOperator.ADD;
        if (left.isNumeric() && right.isNumeric()) {
            return unify(left, right);
        }
        if (left == Type.DATE && right == Type.DURATION || add && left == Type.DURATION && right == Type.DATE) {
            return Type.DATE;
        }
        if (left == Type.DURATION && right == Type.DURATION || !add && left == Type.DATE && right == Type.DATE) {
            return Type.DURATION;
        }

        String verb = add ? "add" : "subtract";
        String problem = add
                ? "cannot add " + left.displayName() + " and " + right.displayName()
                : "cannot subtract " + right.displayName() + " from " + left.displayName();
        if (left == Type.DATE && right.isNumeric() || add && left.isNumeric() && right == Type.DATE) {
            Expression number = left == Type.DATE ? node.right() : node.left();
            throw error(node, problem, verb + " a duration such as " + durationExample(number));
        }
        if (!add && left == Type.DURATION && right == Type.DATE) {
            throw error(node, problem, "subtract the duration from the date: date - duration");
        }
        if (left == Type.DURATION && right.isNumeric() || left.isNumeric() && right == Type.DURATION) {
            throw error(node, problem, "write the number as a duration such as 30d, or turn the duration into a number of days with days(...)");
        }
        throw error(node, problem, "arithmetic works on numbers, money, dates and durations; text cannot be added or joined");
    }

    private static Type multiplicative(Expression.Binary node, Type left, Type right) {
        BinaryOperator op = node.operator();
        if (left.isNumeric() && right.isNumeric()) {
            if (left == Type.MONEY && right == Type.MONEY) {
                if (op == BinaryOperator.MULTIPLY) {
                    throw error(node, "cannot multiply money by money", "multiply money by a number, for example mrr_now * 12");
                }
                return op == BinaryOperator.DIVIDE ? Type.NUMBER : Type.MONEY;
            }
            return left == Type.MONEY || op == BinaryOperator.MULTIPLY && right == Type.MONEY ? Type.MONEY : Type.NUMBER;
        }

        String problem = switch (op) {
            case MULTIPLY -> "cannot multiply " + left.displayName() + " by " + right.displayName();
            case DIVIDE -> "cannot divide " + left.displayName() + " by " + right.displayName();
            case MODULO -> "cannot apply % to " + left.displayName() + " and " + right.displayName();
            case OR, AND, EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, ADD, SUBTRACT ->
                    throw new IllegalStateException("not a multiplicative operator: " + op);
        };
        if (left == Type.DURATION || right == Type.DURATION) {
            throw error(node, problem, "turn the duration into a number of days with days(...) first");
        }
        if (left == Type.DATE || right == Type.DATE) {
            throw error(node, problem, "dates can only be compared, moved by a duration or subtracted from each other;"
                    + " use days_between(a, b) for a number of days");
        }
        throw error(node, problem, "arithmetic works on numbers and money");
    }

    /**
     * Checks that two operands can be compared. Text can be tested for equality but not ordered,
     * because the order of text depends on the database's collation and differs between engines.
     * Booleans, too, can only be tested for equality.
     */
    static void checkComparable(Expression node, Expression leftNode, Expression rightNode, Type left, Type right, boolean ordering) {
        boolean sameKind = left.isNumeric() && right.isNumeric() || left == right && left != Type.LIST;
        if (sameKind && !(ordering && (left == Type.STRING || left == Type.BOOLEAN))) {
            return;
        }
        if (sameKind) {
            String fix = left == Type.STRING
                    ? "compare text with = or !=, or use starts_with, ends_with or contains"
                    : "compare true or false values with = or !=";
            throw error(node, left.displayName() + " values cannot be ordered", fix);
        }
        String problem = "cannot compare " + left.displayName() + " with " + right.displayName();
        throw error(node, problem, comparisonFix(left, right, rightNode, leftNode));
    }

    private static String comparisonFix(Type left, Type right, Expression rightNode, Expression leftNode) {
        Expression literal = rightNode instanceof Expression.StringLiteral ? rightNode : leftNode;
        Type other = literal == rightNode ? left : right;
        if (literal instanceof Expression.StringLiteral text) {
            if (other.isNumeric() && isNumber(text.value())) {
                return "remove the quotes to compare with the number " + text.value();
            }
            if (other == Type.DATE) {
                return "write a date as date 'YYYY-MM-DD', for example date '" + text.value() + "'";
            }
        }
        if (left == Type.DATE && right.isNumeric() || left.isNumeric() && right == Type.DATE) {
            return "compare a date with a date, or turn it into a number of days with days_between(date, as_of)";
        }
        if (left == Type.DURATION && right.isNumeric() || left.isNumeric() && right == Type.DURATION) {
            return "write the number as a duration such as 30d, or turn the duration into a number with days(...)";
        }
        if (left == Type.BOOLEAN || right == Type.BOOLEAN) {
            return "a condition is true or false; use it alone or compare it with true or false";
        }
        return "compare values of the same type";
    }

    static ExpressionException notACondition(Expression expression, Type type) {
        String example = switch (type) {
            case NUMBER, MONEY -> "usage_30d > 0";
            case STRING -> "plan = 'Pro'";
            case DATE -> "signup_date < as_of - 30d";
            case DURATION -> "renewal_in < 60d";
            case BOOLEAN, LIST -> "usage_30d > 0 and plan = 'Pro'";
        };
        return error(expression, "expected a condition (true or false), found a " + type.displayName(),
                "compare the value, for example " + example);
    }

    static ExpressionException error(Expression node, String problem, String fix) {
        return new ExpressionException(ExpressionException.Kind.TYPE, node.position(), problem, Expressions.format(node), fix);
    }

    private static void requireCondition(Expression operand, Type type, String operator) {
        if (type != Type.BOOLEAN) {
            throw new ExpressionException(ExpressionException.Kind.TYPE, operand.position(),
                    "'" + operator + "' needs a condition (true or false), found a " + type.displayName(),
                    Expressions.format(operand), notACondition(operand, type).fix());
        }
    }

    static Type unify(Type a, Type b) {
        if (a == b) {
            return a;
        }
        return a.isNumeric() && b.isNumeric() ? Type.MONEY : null;
    }

    /** Returns "3d" for the literal 3, or "30d" when the number is not a whole literal. */
    private static String durationExample(Expression number) {
        if (number instanceof Expression.NumberLiteral literal && literal.value().stripTrailingZeros().scale() <= 0) {
            return literal.value().toBigInteger() + "d";
        }
        return "30d";
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
