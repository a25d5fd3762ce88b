package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.expression.ExpressionVisitor;
import io.idem.expression.Expressions;
import io.idem.workspace.Aggregate;
import io.idem.workspace.Feature;
import io.idem.workspace.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces each aggregate call in an expression, such as {@code count(usage where feature =
 * 'reports', last 30d)}, with the name of a generated aggregate feature, and records that feature.
 * The same call written twice maps to one feature, named {@code agg_} and a hash of its text, so
 * its rows are read once and the name is stable across runs.
 */
final class AggregateExtractor implements ExpressionVisitor<Expression> {

    private final Map<String, Feature> generated;
    private final Map<String, String> labels;
    private final Location location;

    /**
     * @param generated receives the generated features by name
     * @param labels    receives each generated name's aggregate text, for explanations
     * @param location  where the expression is in idem.yaml, given to the generated features
     */
    AggregateExtractor(Map<String, Feature> generated, Map<String, String> labels, Location location) {
        this.generated = generated;
        this.labels = labels;
        this.location = location;
    }

    Expression extract(Expression expression) {
        return expression.accept(this);
    }

    @Override
    public Expression visitAggregateCall(Expression.AggregateCall node) {
        String text = Expressions.format(node);
        String name = Expressions.GENERATED_PREFIX + hash(text);
        Aggregate aggregate = Aggregate.valueOf(node.function().toUpperCase(Locale.ROOT));
        String where = node.filter() == null ? null : Expressions.format(node.filter());
        Integer window = node.windowDays() == null ? null : Math.toIntExact(node.windowDays());
        generated.putIfAbsent(name, new Feature(name, text, node.source(), aggregate, node.column(), where, window,
                Math.toIntExact(node.offsetDays()), null, location));
        labels.putIfAbsent(name, text);
        return new Expression.Identifier(name, node.position());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public Expression visitNumber(Expression.NumberLiteral node) {
        return node;
    }

    @Override
    public Expression visitString(Expression.StringLiteral node) {
        return node;
    }

    @Override
    public Expression visitBoolean(Expression.BooleanLiteral node) {
        return node;
    }

    @Override
    public Expression visitDate(Expression.DateLiteral node) {
        return node;
    }

    @Override
    public Expression visitDuration(Expression.DurationLiteral node) {
        return node;
    }

    @Override
    public Expression visitAsOf(Expression.AsOf node) {
        return node;
    }

    @Override
    public Expression visitIdentifier(Expression.Identifier node) {
        return node;
    }

    @Override
    public Expression visitUnary(Expression.Unary node) {
        return new Expression.Unary(node.operator(), extract(node.operand()), node.position());
    }

    @Override
    public Expression visitBinary(Expression.Binary node) {
        return new Expression.Binary(node.operator(), extract(node.left()), extract(node.right()), node.position());
    }

    @Override
    public Expression visitIn(Expression.In node) {
        return new Expression.In(extract(node.operand()), (Expression.ValueList) extract(node.values()), node.negated(), node.position());
    }

    @Override
    public Expression visitValueList(Expression.ValueList node) {
        return new Expression.ValueList(extractAll(node.items()), node.position());
    }

    @Override
    public Expression visitIsMissing(Expression.IsMissing node) {
        return new Expression.IsMissing(extract(node.operand()), node.negated(), node.position());
    }

    @Override
    public Expression visitBetween(Expression.Between node) {
        return new Expression.Between(extract(node.operand()), extract(node.low()), extract(node.high()), node.negated(), node.position());
    }

    @Override
    public Expression visitCall(Expression.Call node) {
        return new Expression.Call(node.function(), extractAll(node.arguments()), node.position());
    }

    private List<Expression> extractAll(List<Expression> items) {
        return items.stream().map(this::extract).toList();
    }
}
