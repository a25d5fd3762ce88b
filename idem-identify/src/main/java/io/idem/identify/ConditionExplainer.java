package io.idem.identify;

import io.idem.expression.BinaryOperator;
import io.idem.expression.Bindings;
import io.idem.expression.Evaluator;
import io.idem.expression.Expression;
import io.idem.expression.ExpressionException;
import io.idem.expression.ExpressionVisitor;
import io.idem.expression.Expressions;
import io.idem.expression.Type;
import io.idem.expression.UnaryOperator;
import io.idem.identify.ConditionExplanation.Kind;
import io.idem.identify.ConditionExplanation.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link ConditionExplanation} for one account. Each node's outcome comes from the
 * evaluator itself, so the explanation cannot disagree with the decision it explains. The decisive
 * children follow three-valued logic with short-circuit order: an {@code and} that held needs all its
 * operands, one that did not hold is decided by its first false operand, and one that was missing by
 * its missing operands; {@code or} mirrors this with true.
 */
public final class ConditionExplainer {

    private static final Logger LOG = LoggerFactory.getLogger(ConditionExplainer.class);

    private static final Function<String, Expression> NO_NAMED_CONDITIONS = name -> null;

    private final Bindings bindings;
    private final Function<String, Object> shownValue;
    private final Function<String, String> label;
    private final Function<String, Expression> namedCondition;

    private ConditionExplainer(Bindings bindings, Function<String, Object> shownValue, Function<String, String> label,
                               Function<String, Expression> namedCondition) {
        this.bindings = bindings;
        this.shownValue = shownValue;
        this.label = label;
        this.namedCondition = namedCondition;
    }

    /**
     * Explains {@code condition} for the account at {@code row}, showing generated aggregate features as
     * their calls. A leaf that is only the name of a trigger or of a Boolean derived feature gets that
     * name's own condition explained under it, one level deep.
     */
    public static ConditionExplanation explain(Expression condition, AccountFrame frame, int row, LocalDate asOf,
                                               Definitions definitions) {
        Bindings bindings = Bindings.lookup(new FrameBindings(frame).at(row), asOf);
        return new ConditionExplainer(bindings, name -> frame.value(name, row), definitions::label, namedConditions(definitions))
                .node(condition, true);
    }

    /**
     * Returns the lookup from a name to the condition that defines it, which is a trigger's condition or
     * the expression of a Boolean derived feature. The lookup returns null for any other name.
     */
    public static Function<String, Expression> namedConditions(Definitions definitions) {
        return name -> {
            Expression trigger = definitions.triggerCondition(name);
            if (trigger != null) {
                return trigger;
            }
            Expression derived = definitions.derived(name);
            return derived != null && definitions.types().get(name) == Type.BOOLEAN ? derived : null;
        };
    }

    /**
     * Explains {@code condition} for the account at {@code row}; {@code label} maps a generated
     * aggregate feature's name to its call text and leaves other names as they are.
     */
    public static ConditionExplanation explain(Expression condition, AccountFrame frame, int row, LocalDate asOf,
                                               Function<String, String> label) {
        // Values are shown as the frame stores them, so money keeps its decimals.
        Bindings bindings = Bindings.lookup(new FrameBindings(frame).at(row), asOf);
        return new ConditionExplainer(bindings, name -> frame.value(name, row), label, NO_NAMED_CONDITIONS).node(condition, true);
    }

    /** Explains {@code condition} for the values in {@code bindings}. */
    public static ConditionExplanation explain(Expression condition, Bindings bindings, Function<String, String> label) {
        return explain(condition, bindings, label, NO_NAMED_CONDITIONS);
    }

    /**
     * Explains {@code condition} for the values in {@code bindings}, and under each leaf that is a bare
     * name for which {@code namedCondition} returns a condition, that condition's own explanation.
     */
    public static ConditionExplanation explain(Expression condition, Bindings bindings, Function<String, String> label,
                                               Function<String, Expression> namedCondition) {
        return new ConditionExplainer(bindings, bindings::value, label, namedCondition).node(condition, true);
    }

    private ConditionExplanation node(Expression expression, boolean decisive) {
        Outcome outcome = Outcome.of(Evaluator.evaluate(expression, bindings));
        if (expression instanceof Expression.Unary unary && unary.operator() == UnaryOperator.NOT) {
            return new ConditionExplanation(Kind.NOT, text(expression), outcome, Map.of(), List.of(node(unary.operand(), true)), decisive);
        }
        if (expression instanceof Expression.Binary binary
                && (binary.operator() == BinaryOperator.AND || binary.operator() == BinaryOperator.OR)) {
            return logical(binary, outcome, decisive);
        }
        return new ConditionExplanation(Kind.LEAF, text(expression), outcome, values(expression), definition(expression), decisive);
    }

    /**
     * Returns the explanation of the condition behind a leaf that is a trigger or Boolean feature name,
     * or an empty list. The nested explainer expands no names, which keeps the tree one level deep and
     * stops a name whose condition uses itself from recursing.
     */
    private List<ConditionExplanation> definition(Expression leaf) {
        if (!(leaf instanceof Expression.Identifier identifier)) {
            return List.of();
        }
        Expression condition = namedCondition.apply(identifier.name());
        if (condition == null) {
            return List.of();
        }
        return List.of(new ConditionExplainer(bindings, shownValue, label, NO_NAMED_CONDITIONS).node(condition, true));
    }

    private ConditionExplanation logical(Expression.Binary expression, Outcome outcome, boolean decisive) {
        BinaryOperator operator = expression.operator();
        List<Expression> operands = new ArrayList<>();
        flatten(expression, operator, operands);
        List<Outcome> outcomes = operands.stream().map(e -> Outcome.of(Evaluator.evaluate(e, bindings))).toList();

        // The value that short-circuits: false for and, true for or.
        Outcome winning = operator == BinaryOperator.AND ? Outcome.FALSE : Outcome.TRUE;
        int firstWinning = outcomes.indexOf(winning);
        List<ConditionExplanation> children = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            boolean decides;
            if (outcome == winning) {
                decides = i == firstWinning;
            } else if (outcome == Outcome.MISSING) {
                decides = outcomes.get(i) == Outcome.MISSING;
            } else {
                decides = true;
            }
            children.add(node(operands.get(i), decides));
        }
        Kind kind = operator == BinaryOperator.AND ? Kind.AND : Kind.OR;
        return new ConditionExplanation(kind, text(expression), outcome, Map.of(), children, decisive);
    }

    /** Collects the operands of a chain such as {@code a and b and c}, which parses as {@code (a and b) and c}. */
    private static void flatten(Expression expression, BinaryOperator operator, List<Expression> operands) {
        if (expression instanceof Expression.Binary binary && binary.operator() == operator) {
            flatten(binary.left(), operator, operands);
            flatten(binary.right(), operator, operands);
        } else {
            operands.add(expression);
        }
    }

    private Map<String, Object> values(Expression leaf) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : Expressions.references(leaf)) {
            if (bindings.contains(name)) {
                values.put(label.apply(name), shownValue.apply(name));
            }
        }
        return values;
    }

    /** Formats a sub-condition with each generated aggregate name replaced by the call it stands for. */
    private String text(Expression expression) {
        return Expressions.format(expression.accept(new Relabel()));
    }

    /** Copies an expression, turning identifiers whose label differs from their name back into aggregate calls. */
    private final class Relabel implements ExpressionVisitor<Expression> {

        private Expression copy(Expression expression) {
            return expression.accept(this);
        }

        @Override
        public Expression visitIdentifier(Expression.Identifier node) {
            String text = label.apply(node.name());
            if (text == null || text.equals(node.name())) {
                return node;
            }
            try {
                return Expressions.parse(text);
            } catch (ExpressionException e) {
                // Labels are printed aggregate calls and parse back; if one does not, show it as a name.
                LOG.warn("Cannot parse the label '{}' of {} for an explanation: {}", text, node.name(), e.getMessage(), e);
                return new Expression.Identifier(text, node.position());
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
        public Expression visitUnary(Expression.Unary node) {
            return new Expression.Unary(node.operator(), copy(node.operand()), node.position());
        }

        @Override
        public Expression visitBinary(Expression.Binary node) {
            return new Expression.Binary(node.operator(), copy(node.left()), copy(node.right()), node.position());
        }

        @Override
        public Expression visitIn(Expression.In node) {
            return new Expression.In(copy(node.operand()), (Expression.ValueList) copy(node.values()), node.negated(), node.position());
        }

        @Override
        public Expression visitValueList(Expression.ValueList node) {
            return new Expression.ValueList(node.items().stream().map(this::copy).toList(), node.position());
        }

        @Override
        public Expression visitIsMissing(Expression.IsMissing node) {
            return new Expression.IsMissing(copy(node.operand()), node.negated(), node.position());
        }

        @Override
        public Expression visitBetween(Expression.Between node) {
            return new Expression.Between(copy(node.operand()), copy(node.low()), copy(node.high()), node.negated(), node.position());
        }

        @Override
        public Expression visitCall(Expression.Call node) {
            return new Expression.Call(node.function(), node.arguments().stream().map(this::copy).toList(), node.position());
        }

        @Override
        public Expression visitAggregateCall(Expression.AggregateCall node) {
            return node;
        }
    }
}
