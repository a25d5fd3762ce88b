package io.idem.expression;

/**
 * One method per node of {@link Expression}, so that adding a node breaks the build of every walk
 * that forgot it.
 *
 * @param <R> what the walk returns for each node
 */
public interface ExpressionVisitor<R> {

    R visitNumber(Expression.NumberLiteral node);

    R visitString(Expression.StringLiteral node);

    R visitBoolean(Expression.BooleanLiteral node);

    R visitDate(Expression.DateLiteral node);

    R visitDuration(Expression.DurationLiteral node);

    R visitAsOf(Expression.AsOf node);

    R visitIdentifier(Expression.Identifier node);

    R visitUnary(Expression.Unary node);

    R visitBinary(Expression.Binary node);

    R visitIn(Expression.In node);

    R visitValueList(Expression.ValueList node);

    R visitIsMissing(Expression.IsMissing node);

    R visitBetween(Expression.Between node);

    R visitCall(Expression.Call node);

    R visitAggregateCall(Expression.AggregateCall node);
}
