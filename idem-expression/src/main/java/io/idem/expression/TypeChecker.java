package io.idem.expression;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Infers the type of an expression against a {@link Scope} and rejects what cannot be evaluated:
 * unknown names, operands of the wrong type, and conditions that are not true or false. The rules
 * for operators are in {@link OperatorTypes}; those for functions in {@link FunctionTypes}.
 */
public final class TypeChecker implements ExpressionVisitor<Type> {

    private final Scope scope;
    private final Map<Expression, Type> types = new IdentityHashMap<>();

    private TypeChecker(Scope scope) {
        this.scope = scope;
    }

    /**
     * Returns the type of the expression.
     *
     * @throws ExpressionException with kind UNKNOWN_NAME, TYPE or ARGUMENTS, at the offending node
     */
    public static Type check(Expression expression, Scope scope) {
        Objects.requireNonNull(expression, "expression is null");
        Objects.requireNonNull(scope, "scope is null");
        return expression.accept(new TypeChecker(scope));
    }

    /**
     * Checks that the expression is a condition: well typed and boolean.
     *
     * @throws ExpressionException as {@link #check}, or with kind TYPE when the expression is not boolean
     */
    public static void checkBoolean(Expression expression, Scope scope) {
        Type type = check(expression, scope);
        if (type != Type.BOOLEAN) {
            throw OperatorTypes.notACondition(expression, type);
        }
    }

    /** Returns the type of every node of the tree, keyed by node identity. */
    static Map<Expression, Type> annotate(Expression expression, Scope scope) {
        TypeChecker checker = new TypeChecker(scope);
        expression.accept(checker);
        return checker.types;
    }

    @Override
    public Type visitNumber(Expression.NumberLiteral node) {
        return record(node, Type.NUMBER);
    }

    @Override
    public Type visitString(Expression.StringLiteral node) {
        return record(node, Type.STRING);
    }

    @Override
    public Type visitBoolean(Expression.BooleanLiteral node) {
        return record(node, Type.BOOLEAN);
    }

    @Override
    public Type visitDate(Expression.DateLiteral node) {
        return record(node, Type.DATE);
    }

    @Override
    public Type visitDuration(Expression.DurationLiteral node) {
        return record(node, Type.DURATION);
    }

    @Override
    public Type visitAsOf(Expression.AsOf node) {
        return record(node, Type.DATE);
    }

    @Override
    public Type visitIdentifier(Expression.Identifier node) {
        Type type = scope.type(node.name()).orElseThrow(() -> new ExpressionException(ExpressionException.Kind.UNKNOWN_NAME,
                node.position(), "unknown name '" + node.name() + "'", node.name(),
                NameSuggestions.hint(node.name(), scope.names(), "names")));
        if (type == Type.LIST) {
            throw OperatorTypes.error(node, "'" + node.name() + "' is a list, and a list can only be written after in",
                    "compare a single value, or write the values: x in ('a', 'b')");
        }
        return record(node, type);
    }

    @Override
    public Type visitUnary(Expression.Unary node) {
        Type operand = node.operand().accept(this);
        return record(node, OperatorTypes.unary(node, operand));
    }

    @Override
    public Type visitBinary(Expression.Binary node) {
        Type left = node.left().accept(this);
        Type right = node.right().accept(this);
        return record(node, OperatorTypes.binary(node, left, right));
    }

    @Override
    public Type visitIn(Expression.In node) {
        Type operand = node.operand().accept(this);
        node.values().accept(this);
        for (Expression item : node.values().items()) {
            OperatorTypes.checkComparable(node, node.operand(), item, operand, types.get(item), false);
        }
        return record(node, Type.BOOLEAN);
    }

    @Override
    public Type visitValueList(Expression.ValueList node) {
        node.items().forEach(item -> item.accept(this));
        return record(node, Type.LIST);
    }

    @Override
    public Type visitIsMissing(Expression.IsMissing node) {
        node.operand().accept(this);
        return record(node, Type.BOOLEAN);
    }

    @Override
    public Type visitBetween(Expression.Between node) {
        Type operand = node.operand().accept(this);
        Type low = node.low().accept(this);
        Type high = node.high().accept(this);
        OperatorTypes.checkComparable(node, node.operand(), node.low(), operand, low, true);
        OperatorTypes.checkComparable(node, node.operand(), node.high(), operand, high, true);
        return record(node, Type.BOOLEAN);
    }

    @Override
    public Type visitCall(Expression.Call node) {
        List<Type> arguments = node.arguments().stream().map(argument -> argument.accept(this)).toList();
        return record(node, FunctionTypes.check(node, arguments));
    }

    private Type record(Expression node, Type type) {
        types.put(node, type);
        return type;
    }

    @Override
    public Type visitAggregateCall(Expression.AggregateCall node) {
        throw new ExpressionException(ExpressionException.Kind.ARGUMENTS, node.position(),
                "the aggregate " + node.function() + "(...) is only allowed in idem.yaml features, triggers and segments", node.function(),
                "use it in a feature's expression or a trigger's or segment's condition");
    }
}
