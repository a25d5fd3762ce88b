package io.idem.expression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the identifiers of a tree with the position of each one's first use. */
final class ReferenceCollector implements ExpressionVisitor<Void> {

    private final Map<String, Position> names = new LinkedHashMap<>();

    private ReferenceCollector() {
    }

    /** Returns each identifier of the tree, in order of first use, with that first use's position. */
    static Map<String, Position> collect(Expression expression) {
        ReferenceCollector collector = new ReferenceCollector();
        expression.accept(collector);
        return collector.names;
    }

    @Override
    public Void visitNumber(Expression.NumberLiteral node) {
        return null;
    }

    @Override
    public Void visitString(Expression.StringLiteral node) {
        return null;
    }

    @Override
    public Void visitBoolean(Expression.BooleanLiteral node) {
        return null;
    }

    @Override
    public Void visitDate(Expression.DateLiteral node) {
        return null;
    }

    @Override
    public Void visitDuration(Expression.DurationLiteral node) {
        return null;
    }

    @Override
    public Void visitAsOf(Expression.AsOf node) {
        return null;
    }

    @Override
    public Void visitIdentifier(Expression.Identifier node) {
        names.putIfAbsent(node.name(), node.position());
        return null;
    }

    @Override
    public Void visitUnary(Expression.Unary node) {
        return node.operand().accept(this);
    }

    @Override
    public Void visitBinary(Expression.Binary node) {
        node.left().accept(this);
        return node.right().accept(this);
    }

    @Override
    public Void visitIn(Expression.In node) {
        node.operand().accept(this);
        return node.values().accept(this);
    }

    @Override
    public Void visitValueList(Expression.ValueList node) {
        return visitAll(node.items());
    }

    @Override
    public Void visitIsMissing(Expression.IsMissing node) {
        return node.operand().accept(this);
    }

    @Override
    public Void visitBetween(Expression.Between node) {
        node.operand().accept(this);
        node.low().accept(this);
        return node.high().accept(this);
    }

    @Override
    public Void visitCall(Expression.Call node) {
        return visitAll(node.arguments());
    }

    /** Collects nothing: the names in an aggregate's filter are columns of its source, not names of the scope. */
    @Override
    public Void visitAggregateCall(Expression.AggregateCall node) {
        return null;
    }

    private Void visitAll(List<Expression> expressions) {
        expressions.forEach(e -> e.accept(this));
        return null;
    }
}
