package io.idem.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints an expression back as text with the fewest parentheses that keep its structure, so that
 * parsing the output gives the same tree. Used in messages and to show a sub-expression.
 */
final class ExpressionFormatter implements ExpressionVisitor<String> {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int UNARY = 7;
    private static final int PRIMARY = 8;

    private static final ExpressionFormatter INSTANCE = new ExpressionFormatter();

    static String format(Expression expression) {
        return expression.accept(INSTANCE);
    }

    @Override
    public String visitNumber(Expression.NumberLiteral node) {
        return node.value().toPlainString();
    }

    @Override
    public String visitString(Expression.StringLiteral node) {
        return "'" + node.value().replace("'", "''") + "'";
    }

    @Override
    public String visitBoolean(Expression.BooleanLiteral node) {
        return String.valueOf(node.value());
    }

    @Override
    public String visitDate(Expression.DateLiteral node) {
        return "date '" + node.value() + "'";
    }

    @Override
    public String visitDuration(Expression.DurationLiteral node) {
        return node.amount() + String.valueOf(node.unit().suffix());
    }

    @Override
    public String visitAsOf(Expression.AsOf node) {
        return "as_of";
    }

    @Override
    public String visitIdentifier(Expression.Identifier node) {
        return node.name();
    }

    @Override
    public String visitUnary(Expression.Unary node) {
        return switch (node.operator()) {
            case NOT -> "not " + child(node.operand(), NOT);
            case NEGATE -> {
                String operand = child(node.operand(), UNARY);
                yield operand.startsWith("-") ? "- " + operand : "-" + operand;
            }
        };
    }

    @Override
    public String visitBinary(Expression.Binary node) {
        int level = precedence(node);
        int leftLevel = node.operator().isComparison() ? level + 1 : level;
        return child(node.left(), leftLevel) + " " + node.operator().symbol() + " " + child(node.right(), level + 1);
    }

    @Override
    public String visitIn(Expression.In node) {
        return child(node.operand(), ADDITIVE) + (node.negated() ? " not in " : " in ") + node.values().accept(this);
    }

    @Override
    public String visitValueList(Expression.ValueList node) {
        return "(" + join(node.items()) + ")";
    }

    @Override
    public String visitIsMissing(Expression.IsMissing node) {
        return child(node.operand(), ADDITIVE) + (node.negated() ? " is not missing" : " is missing");
    }

    @Override
    public String visitBetween(Expression.Between node) {
        return child(node.operand(), ADDITIVE) + (node.negated() ? " not between " : " between ")
                + child(node.low(), ADDITIVE) + " and " + child(node.high(), ADDITIVE);
    }

    @Override
    public String visitCall(Expression.Call node) {
        return node.function().functionName() + "(" + join(node.arguments()) + ")";
    }

    @Override
    public String visitAggregateCall(Expression.AggregateCall node) {
        StringBuilder text = new StringBuilder(node.function()).append('(');
        if (node.column() != null) {
            text.append(node.column()).append(" from ");
        }
        text.append(node.source());
        if (node.filter() != null) {
            text.append(" where ").append(node.filter().accept(this));
        }
        if (node.windowDays() != null) {
            text.append(", last ").append(node.windowDays()).append('d');
        }
        if (node.offsetDays() != 0) {
            text.append(", offset ").append(node.offsetDays()).append('d');
        }
        return text.append(')').toString();
    }

    private String join(List<Expression> expressions) {
        return expressions.stream().map(e -> e.accept(this)).collect(Collectors.joining(", "));
    }

    /** Prints a child, in parentheses when it binds more loosely than {@code required}. */
    private String child(Expression child, int required) {
        String text = child.accept(this);
        return precedence(child) < required ? "(" + text + ")" : text;
    }

    private static int precedence(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            return switch (binary.operator()) {
                case OR -> OR;
                case AND -> AND;
                case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> COMPARISON;
                case ADD, SUBTRACT -> ADDITIVE;
                case MULTIPLY, DIVIDE, MODULO -> MULTIPLICATIVE;
            };
        }
        if (expression instanceof Expression.Unary unary) {
            return unary.operator() == UnaryOperator.NOT ? NOT : UNARY;
        }
        if (expression instanceof Expression.In || expression instanceof Expression.IsMissing || expression instanceof Expression.Between) {
            return COMPARISON;
        }
        return PRIMARY;
    }
}
