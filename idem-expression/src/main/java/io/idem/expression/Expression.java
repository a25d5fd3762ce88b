package io.idem.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A parsed expression. Nodes are immutable records; {@link #position()} points at the token a
 * person would look at first when the node is wrong: the operator of a binary operation, the name of
 * a call, the first token of anything else. Walk a tree with an {@link ExpressionVisitor}.
 */
public sealed interface Expression {

    Position position();

    <R> R accept(ExpressionVisitor<R> visitor);

    /** A number as written, kept exact so that printing gives back the same digits. */
    record NumberLiteral(BigDecimal value, Position position) implements Expression {
        public NumberLiteral {
            Objects.requireNonNull(value, "value is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNumber(this);
        }
    }

    /** A string in single quotes, with {@code ''} already turned into one quote. */
    record StringLiteral(String value, Position position) implements Expression {
        public StringLiteral {
            Objects.requireNonNull(value, "value is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    record BooleanLiteral(boolean value, Position position) implements Expression {
        public BooleanLiteral {
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBoolean(this);
        }
    }

    /** {@code date 'YYYY-MM-DD'}. */
    record DateLiteral(LocalDate value, Position position) implements Expression {
        public DateLiteral {
            Objects.requireNonNull(value, "value is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDate(this);
        }
    }

    /** {@code 30d} or {@code 4w}; the amount is never negative (write {@code -30d} for a negative one). */
    record DurationLiteral(long amount, DurationUnit unit, Position position) implements Expression {
        public DurationLiteral {
            if (amount < 0) {
                throw new IllegalArgumentException("duration amount must not be negative, found " + amount);
            }
            Objects.requireNonNull(unit, "unit is null");
            Objects.requireNonNull(position, "position is null");
        }

        /** Returns the length in days. */
        public long days() {
            return Math.multiplyExact(amount, unit.days());
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDuration(this);
        }
    }

    /** {@code as_of}: the date the run looks at, supplied by the caller. */
    record AsOf(Position position) implements Expression {
        public AsOf {
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAsOf(this);
        }
    }

    /** A feature, trigger, segment or column name. */
    record Identifier(String name, Position position) implements Expression {
        public Identifier {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIdentifier(this);
        }
    }

    record Unary(UnaryOperator operator, Expression operand, Position position) implements Expression {
        public Unary {
            Objects.requireNonNull(operator, "operator is null");
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitUnary(this);
        }
    }

    /** Arithmetic, comparison or logical operation; the position is the operator's. */
    record Binary(BinaryOperator operator, Expression left, Expression right, Position position) implements Expression {
        public Binary {
            Objects.requireNonNull(operator, "operator is null");
            Objects.requireNonNull(left, "left is null");
            Objects.requireNonNull(right, "right is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** {@code x in (a, b)} or {@code x not in (a, b)}; the position is the {@code in} keyword's. */
    record In(Expression operand, ValueList values, boolean negated, Position position) implements Expression {
        public In {
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(values, "values is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIn(this);
        }
    }

    /** The parenthesised values after {@code in}; never empty. The position is the '(' token's. */
    record ValueList(List<Expression> items, Position position) implements Expression {
        public ValueList {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a value list needs at least one value");
            }
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitValueList(this);
        }
    }

    /** {@code x is missing} or {@code x is not missing}; the position is the {@code is} keyword's. */
    record IsMissing(Expression operand, boolean negated, Position position) implements Expression {
        public IsMissing {
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIsMissing(this);
        }
    }

    /** {@code x between low and high}, inclusive at both ends; the position is the {@code between} keyword's. */
    record Between(Expression operand, Expression low, Expression high, boolean negated, Position position) implements Expression {
        public Between {
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(low, "low is null");
            Objects.requireNonNull(high, "high is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBetween(this);
        }
    }

    /** A call of a built-in function; the position is the function name's. */
    record Call(Function function, List<Expression> arguments, Position position) implements Expression {
        public Call {
            Objects.requireNonNull(function, "function is null");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /**
     * An aggregate over the rows of a source, such as {@code count(usage where feature = 'reports', last 30d)}
     * or {@code sum(usage_count from usage, last 30d, offset 30d)}. It is not evaluated directly: the
     * identify stage turns each one into a feature computed in SQL and puts the feature's name in
     * its place. {@code column} is null for {@code count}; {@code filter} is null when there is no
     * {@code where}; {@code windowDays} is null for all history; the position is the function name's.
     */
    record AggregateCall(String function, String column, String source, Expression filter, Long windowDays, long offsetDays,
                         Position position) implements Expression {
        public AggregateCall {
            Objects.requireNonNull(function, "function is null");
            Objects.requireNonNull(source, "source is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAggregateCall(this);
        }
    }
}
