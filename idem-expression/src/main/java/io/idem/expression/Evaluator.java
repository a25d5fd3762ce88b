package io.idem.expression;

import java.util.List;
import java.util.Objects;

/**
 * Evaluates an expression in memory for one set of {@link Bindings}. Results are Double (number and
 * money), LocalDate, {@link Duration}, Boolean or String, and null for missing. Missing values follow
 * SQL: arithmetic and comparisons with a missing operand are missing, {@code and}/{@code or}/{@code not}
 * use three-valued logic, and {@code is missing} is never missing. The {@link SqlCompiler} produces
 * SQL with the same results.
 */
public final class Evaluator implements ExpressionVisitor<Object> {

    private final Bindings bindings;

    private Evaluator(Bindings bindings) {
        this.bindings = bindings;
    }

    /**
     * Evaluates the expression. Check it with {@link TypeChecker} first: values of the wrong class
     * are detected only when an operation meets them.
     *
     * @throws ExpressionException with kind UNKNOWN_NAME for a name the bindings lack, or TYPE when
     *                             an operation meets values it cannot combine
     */
    public static Object evaluate(Expression expression, Bindings bindings) {
        Objects.requireNonNull(expression, "expression is null");
        Objects.requireNonNull(bindings, "bindings is null");
        return expression.accept(new Evaluator(bindings));
    }

    /** Returns whether a condition holds: true only when it evaluates to true, not when missing. */
    public static boolean holds(Expression condition, Bindings bindings) {
        return Boolean.TRUE.equals(evaluate(condition, bindings));
    }

    @Override
    public Object visitNumber(Expression.NumberLiteral node) {
        return node.value().doubleValue();
    }

    @Override
    public Object visitString(Expression.StringLiteral node) {
        return node.value();
    }

    @Override
    public Object visitBoolean(Expression.BooleanLiteral node) {
        return node.value();
    }

    @Override
    public Object visitDate(Expression.DateLiteral node) {
        return node.value();
    }

    @Override
    public Object visitDuration(Expression.DurationLiteral node) {
        return new Duration(node.days());
    }

    @Override
    public Object visitAsOf(Expression.AsOf node) {
        return bindings.asOf();
    }

    @Override
    public Object visitIdentifier(Expression.Identifier node) {
        if (!bindings.contains(node.name())) {
            throw new ExpressionException(ExpressionException.Kind.UNKNOWN_NAME, node.position(),
                    "no value is bound for '" + node.name() + "'", node.name(), NameSuggestions.hint(node.name(), bindings.names(), "names"));
        }
        return bindings.value(node.name());
    }

    @Override
    public Object visitUnary(Expression.Unary node) {
        Object operand = node.operand().accept(this);
        return switch (node.operator()) {
            case NOT -> Logic.not(condition(node.operand(), operand));
            case NEGATE -> Arithmetic.negate(node, operand);
        };
    }

    @Override
    public Object visitBinary(Expression.Binary node) {
        Object left = node.left().accept(this);
        Object right = node.right().accept(this);
        return switch (node.operator()) {
            case AND -> Logic.and(condition(node.left(), left), condition(node.right(), right));
            case OR -> Logic.or(condition(node.left(), left), condition(node.right(), right));
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> Arithmetic.compare(node, node.operator(), left, right);
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> Arithmetic.apply(node, left, right);
        };
    }

    /**
     * Follows SQL's IN: true when some value equals the operand, otherwise missing when the operand
     * or some value is missing, otherwise false.
     */
    @Override
    public Object visitIn(Expression.In node) {
        Object operand = node.operand().accept(this);
        List<Expression> items = node.values().items();
        boolean sawMissing = operand == null;
        boolean found = false;
        for (Expression item : items) {
            Object value = item.accept(this);
            if (value == null) {
                sawMissing = true;
            } else if (operand != null && Arithmetic.equal(node, operand, value)) {
                found = true;
            }
        }
        Boolean contained;
        if (found) {
            contained = true;
        } else if (sawMissing) {
            contained = null;
        } else {
            contained = false;
        }
        return node.negated() ? Logic.not(contained) : contained;
    }

    @Override
    public Object visitValueList(Expression.ValueList node) {
        throw new ExpressionException(ExpressionException.Kind.TYPE, node.position(), "a value list has no value of its own",
                Expressions.format(node), "use the list after in, for example plan in ('Basic', 'Pro')");
    }

    @Override
    public Object visitIsMissing(Expression.IsMissing node) {
        boolean missing = node.operand().accept(this) == null;
        return node.negated() != missing;
    }

    /** Follows SQL's BETWEEN: x >= low and x <= high, so a missing bound can still make it false. */
    @Override
    public Object visitBetween(Expression.Between node) {
        Object operand = node.operand().accept(this);
        Object low = node.low().accept(this);
        Object high = node.high().accept(this);
        Boolean inside = Logic.and(
                Arithmetic.compare(node, BinaryOperator.GREATER_OR_EQUAL, operand, low),
                Arithmetic.compare(node, BinaryOperator.LESS_OR_EQUAL, operand, high));
        return node.negated() ? Logic.not(inside) : inside;
    }

    @Override
    public Object visitCall(Expression.Call node) {
        List<Object> arguments = node.arguments().stream().map(argument -> argument.accept(this)).toList();
        return FunctionEvaluator.apply(node, arguments);
    }

    private static Boolean condition(Expression node, Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new ExpressionException(ExpressionException.Kind.TYPE, node.position(),
                "expected a condition (true or false), found the value " + Arithmetic.describe(value),
                Expressions.format(node), "bind a Boolean, or check the expression with TypeChecker.checkBoolean");
    }

    @Override
    public Object visitAggregateCall(Expression.AggregateCall node) {
        throw new ExpressionException(ExpressionException.Kind.ARGUMENTS, node.position(),
                "the aggregate " + node.function() + "(...) is only allowed in idem.yaml features, triggers and segments", node.function(),
                "use it in a feature's expression or a trigger's or segment's condition");
    }
}
