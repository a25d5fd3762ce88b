package io.idem.expression;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates the text of well-typed expressions over the columns of {@link AgreementTable}: every
 * operator and function, with literals and nested calls, up to a nesting depth. Compound parts are
 * written in parentheses, so the text does not lean on precedence.
 */
final class ExpressionGenerator {

    /** A generated expression and the type the checker must infer for it. */
    record Generated(String text, Type type) {
    }

    private static final List<Type> VALUE_TYPES = List.of(Type.NUMBER, Type.MONEY, Type.DATE, Type.DURATION, Type.BOOLEAN, Type.STRING);

    private final List<Map<Type, Arbitrary<String>>> byDepth = new ArrayList<>();

    ExpressionGenerator(int maxDepth) {
        for (int depth = 0; depth <= maxDepth; depth++) {
            Map<Type, Arbitrary<String>> level = new EnumMap<>(Type.class);
            for (Type type : VALUE_TYPES) {
                level.put(type, depth == 0 ? leaf(type) : Arbitraries.frequencyOf(
                        Tuple.of(1, leaf(type)),
                        Tuple.of(4, compound(type, depth))));
            }
            byDepth.add(level);
        }
    }

    /** Returns expressions of any value type at the deepest level, conditions three times as often as each other type. */
    Arbitrary<Generated> any() {
        int depth = byDepth.size() - 1;
        Arbitrary<Type> types = Arbitraries.frequency(
                Tuple.of(3, Type.BOOLEAN), Tuple.of(1, Type.NUMBER), Tuple.of(1, Type.MONEY),
                Tuple.of(1, Type.DATE), Tuple.of(1, Type.DURATION), Tuple.of(1, Type.STRING));
        return types.flatMap(type -> of(type, depth).map(text -> new Generated(text, type)));
    }

    private Arbitrary<String> of(Type type, int depth) {
        return byDepth.get(depth).get(type);
    }

    private static Arbitrary<String> leaf(Type type) {
        return switch (type) {
            case NUMBER -> Arbitraries.of("n1", "n2", "k1", "0", "1", "2", "3", "0.5", "2.5", "10", "100", "1.25", "7");
            case MONEY -> Arbitraries.just("m1");
            case DATE -> Arbitraries.of("d1", "d2", "as_of", "date '2024-01-31'", "date '2023-12-25'");
            case DURATION -> Arbitraries.of("u1", "0d", "3d", "2w", "30d");
            case BOOLEAN -> Arbitraries.of("b1", "true", "false");
            case STRING -> Arbitraries.of("s1", "s2", "''", "'a'", "'A'", "'it''s'", "'ab'", "'é'");
            case LIST -> throw new IllegalArgumentException("no list leaves");
        };
    }

    private Arbitrary<String> compound(Type type, int depth) {
        int child = depth - 1;
        Arbitrary<String> number = of(Type.NUMBER, child);
        Arbitrary<String> money = of(Type.MONEY, child);
        Arbitrary<String> numeric = Arbitraries.oneOf(number, money);
        Arbitrary<String> date = of(Type.DATE, child);
        Arbitrary<String> duration = of(Type.DURATION, child);
        Arbitrary<String> bool = of(Type.BOOLEAN, child);
        Arbitrary<String> text = of(Type.STRING, child);
        Arbitrary<String> anything = Arbitraries.oneOf(number, money, date, duration, bool, text);
        return switch (type) {
            case NUMBER -> Arbitraries.oneOf(
                    combine("(%s %s %s)", number, Arbitraries.of("+", "-", "*", "/", "%"), number),
                    combine("(-%s)", number),
                    combine("abs(%s)", number),
                    combine("round(%s)", number),
                    combine("round(%s, %s)", number, Arbitraries.of("0", "1", "2", "3")),
                    combine("least(%s, %s)", number, number),
                    combine("greatest(%s, %s, %s)", number, number, number),
                    combine("coalesce(%s, %s)", number, number),
                    combine("pct_change(%s, %s)", numeric, numeric),
                    combine("ratio(%s, %s)", numeric, numeric),
                    combine("(%s / %s)", money, money),
                    combine("days_between(%s, %s)", date, date),
                    combine("days(%s)", duration),
                    combine("length(%s)", text),
                    combine("if(%s, %s, %s)", bool, number, number));
            case MONEY -> Arbitraries.oneOf(
                    combine("(%s %s %s)", money, Arbitraries.of("+", "-"), numeric),
                    combine("(%s + %s)", number, money),
                    combine("(%s * %s)", money, number),
                    combine("(%s * %s)", number, money),
                    combine("(%s %s %s)", money, Arbitraries.of("/", "%"), number),
                    combine("(-%s)", money),
                    combine("abs(%s)", money),
                    combine("round(%s, 2)", money),
                    combine("coalesce(%s, %s)", money, numeric),
                    combine("if(%s, %s, %s)", bool, number, money),
                    combine("greatest(%s, %s)", money, numeric));
            case DATE -> Arbitraries.oneOf(
                    combine("(%s %s %s)", date, Arbitraries.of("+", "-"), duration),
                    combine("(%s + %s)", duration, date),
                    combine("coalesce(%s, %s)", date, date),
                    combine("if(%s, %s, %s)", bool, date, date),
                    combine("least(%s, %s)", date, date),
                    combine("greatest(%s, %s)", date, date));
            case DURATION -> Arbitraries.oneOf(
                    combine("(%s - %s)", date, date),
                    combine("(%s %s %s)", duration, Arbitraries.of("+", "-"), duration),
                    combine("(-%s)", duration),
                    combine("abs(%s)", duration),
                    combine("coalesce(%s, %s)", duration, duration),
                    combine("least(%s, %s)", duration, duration),
                    combine("if(%s, %s, %s)", bool, duration, duration));
            case STRING -> Arbitraries.oneOf(
                    combine("lower(%s)", text),
                    combine("upper(%s)", text),
                    combine("coalesce(%s, %s)", text, text),
                    combine("if(%s, %s, %s)", bool, text, text));
            case BOOLEAN -> Arbitraries.oneOf(
                    combine("(%s %s %s)", numeric, comparisons(), numeric),
                    combine("(%s %s %s)", date, comparisons(), date),
                    combine("(%s %s %s)", duration, comparisons(), duration),
                    combine("(%s %s %s)", text, Arbitraries.of("=", "!=", "<>"), text),
                    combine("(%s %s %s)", bool, Arbitraries.of("=", "!="), bool),
                    combine("(%s %s %s)", bool, Arbitraries.of("and", "or"), bool),
                    combine("(not %s)", bool),
                    combine("(%s %s)", anything, Arbitraries.of("is missing", "is not missing")),
                    combine("(%s %s (%s, %s, %s))", numeric, Arbitraries.of("in", "not in"), numeric, numeric, number),
                    combine("(%s %s (%s, %s))", text, Arbitraries.of("in", "not in"), text, text),
                    combine("(%s %s %s and %s)", numeric, Arbitraries.of("between", "not between"), numeric, numeric),
                    combine("(%s between %s and %s)", date, date, date),
                    combine("%s(%s, %s)", Arbitraries.of("contains", "starts_with", "ends_with"), text, text),
                    combine("if(%s, %s, %s)", bool, bool, bool),
                    combine("coalesce(%s, %s)", bool, bool));
            case LIST -> throw new IllegalArgumentException("no list expressions");
        };
    }

    private static Arbitrary<String> comparisons() {
        return Arbitraries.of("=", "!=", "<>", "<", "<=", ">", ">=");
    }

    @SafeVarargs
    private static Arbitrary<String> combine(String template, Arbitrary<String>... parts) {
        List<Arbitrary<String>> arguments = new ArrayList<>();
        for (Arbitrary<String> part : parts) {
            arguments.add(part);
        }
        return Combinators.combine(arguments).as(values -> String.format(template, values.toArray()));
    }
}
