package io.idem.identify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a condition came out as it did for one account: a tree with a node per {@code and}, {@code or}
 * and {@code not} and a leaf per comparison, {@code in}, {@code between}, {@code is missing}, boolean
 * name or function call. Each leaf carries the values of the names it uses. Built by
 * {@link ConditionExplainer}.
 *
 * @param kind     LEAF for a comparison or any other condition that is not and/or/not
 * @param text     the sub-condition as written, with generated aggregate names shown as their call
 * @param outcome  whether the sub-condition was true, false or missing for the account
 * @param values   for a leaf, each name it uses (or aggregate call text) and its value; empty otherwise
 * @param children the operands of and/or (nested ones of the same operator flattened) or of not. A leaf
 *                 that names a trigger or a Boolean derived feature has one child, the explanation of
 *                 that name's condition, and any other leaf has none
 * @param decisive whether this node decided its parent's outcome; the root is decisive
 */
public record ConditionExplanation(Kind kind, String text, Outcome outcome, Map<String, Object> values,
                                   List<ConditionExplanation> children, boolean decisive) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind { LEAF, AND, OR, NOT }

    public enum Outcome {
        TRUE("held"), FALSE("did not hold"), MISSING("was missing");

        private final String phrase;

        Outcome(String phrase) {
            this.phrase = phrase;
        }

        static Outcome of(Object value) {
            if (value == null) {
                return MISSING;
            }
            return Boolean.TRUE.equals(value) ? TRUE : FALSE;
        }

        /** Returns the lower-case name used in JSON: true, false or missing. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ConditionExplanation {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(outcome, "outcome is null");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        children = List.copyOf(children);
    }

    /**
     * Returns the one-line form, which keeps only the decisive children: for example
     * {@code usage_growth > 0.2 held (0.35) AND plan in ('Basic', 'Pro') held ('Basic')}. For an
     * {@code or} that held it shows the first branch that held, for an {@code and} that did not hold
     * the first operand that did not.
     */
    public String oneLine() {
        return switch (kind) {
            case LEAF -> leafLine(true);
            case NOT -> "NOT (" + children.get(0).oneLine() + ")";
            case AND, OR -> {
                List<String> parts = new ArrayList<>();
                for (ConditionExplanation child : children) {
                    if (child.decisive()) {
                        parts.add(child.kind == Kind.AND || child.kind == Kind.OR ? "(" + child.oneLine() + ")" : child.oneLine());
                    }
                }
                yield String.join(kind == Kind.AND ? " AND " : " OR ", parts);
            }
        };
    }

    /**
     * Returns the leaf's text, outcome and values; with {@code withDefinition}, the one-line form of the
     * named condition follows the value, as in {@code usage_falling held (true: trend(...) < 0 held (-2))}.
     */
    private String leafLine(boolean withDefinition) {
        StringBuilder line = new StringBuilder(text).append(' ').append(outcome.phrase);
        boolean showDefinition = withDefinition && !children.isEmpty();
        if (values.isEmpty()) {
            return showDefinition ? line.append(" (").append(children.get(0).oneLine()).append(')').toString() : line.toString();
        }
        line.append(" (");
        if (values.size() == 1 && values.containsKey(text)) {
            line.append(Explanations.format(values.get(text)));
        } else if (values.size() == 1) {
            line.append(Explanations.format(values.values().iterator().next()));
        } else {
            List<String> pairs = new ArrayList<>();
            values.forEach((name, value) -> pairs.add(name + " = " + Explanations.format(value)));
            line.append(String.join(", ", pairs));
        }
        if (showDefinition) {
            line.append(": ").append(children.get(0).oneLine());
        }
        return line.append(')').toString();
    }

    /**
     * Returns the whole tree, one node per line and indented by depth, with {@code *} in front of the
     * nodes that decided their parent's outcome; every line ends with a line break. A named condition
     * under a leaf is indented one level below it.
     */
    public String indented() {
        StringBuilder text = new StringBuilder();
        indent(text, 1);
        return text.toString();
    }

    private void indent(StringBuilder text, int depth) {
        text.append("  ".repeat(depth)).append(decisive ? "* " : "  ");
        if (kind == Kind.LEAF) {
            text.append(leafLine(false)).append('\n');
            for (ConditionExplanation definition : children) {
                definition.indent(text, depth + 1);
            }
            return;
        }
        text.append(kind.name()).append(' ').append(outcome.phrase).append('\n');
        for (ConditionExplanation child : children) {
            child.indent(text, depth + 1);
        }
    }

    /**
     * Returns the whole tree, decisive or not, as nested maps and lists ready for a JSON writer. A leaf
     * that names a trigger or Boolean derived feature has its condition's tree under {@code condition}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        map.put("text", text);
        map.put("outcome", outcome.jsonName());
        map.put("decisive", decisive);
        if (kind == Kind.LEAF) {
            Map<String, Object> leafValues = new LinkedHashMap<>();
            values.forEach((name, value) -> leafValues.put(name, jsonValue(value)));
            map.put("values", leafValues);
            if (!children.isEmpty()) {
                map.put("condition", children.get(0).toMap());
            }
        } else {
            map.put("children", children.stream().map(ConditionExplanation::toMap).toList());
        }
        return map;
    }

    /** Returns {@link #toMap()} as compact JSON text. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an explanation as JSON: " + e.getMessage(), e);
        }
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Double || value instanceof BigDecimal || value instanceof Boolean || value instanceof String || value == null) {
            return value;
        }
        if (value instanceof LocalDate || value instanceof io.idem.expression.Duration) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
