package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.expression.Expressions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a condition for one account: the values of the names it uses, for example
 * {@code usage_growth = true; features_used_30d = 4; plan = 'Basic'}. Names appear in the order
 * the condition mentions them.
 */
public final class Explanations {

    private Explanations() {
    }

    public static String describe(Expression condition, AccountFrame frame, int row) {
        return describe(condition, frame, row, name -> name);
    }

    /** Describes with {@code label} naming each value, for example an aggregate call's text for a generated feature. */
    public static String describe(Expression condition, AccountFrame frame, int row, java.util.function.UnaryOperator<String> label) {
        List<String> parts = new ArrayList<>();
        for (String name : Expressions.references(condition)) {
            if (frame.has(name)) {
                parts.add(label.apply(name) + " = " + format(frame.value(name, row)));
            }
        }
        return String.join("; ", parts);
    }

    static String format(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Double number) {
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return String.valueOf(number.longValue());
            }
            return BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return value.toString();
    }
}
