package io.idem.identify;

import io.idem.expression.Bindings;
import io.idem.expression.Evaluator;
import io.idem.expression.Expression;
import java.time.LocalDate;

/** Evaluates a boolean condition for every account of a frame; a missing result does not hold. */
public final class Conditions {

    private Conditions() {
    }

    public static Boolean[] evaluate(Expression condition, AccountFrame frame, LocalDate asOf) {
        Boolean[] holds = new Boolean[frame.size()];
        FrameBindings values = new FrameBindings(frame);
        for (int row = 0; row < frame.size(); row++) {
            Object value = Evaluator.evaluate(condition, Bindings.lookup(values.at(row), asOf));
            holds[row] = Boolean.TRUE.equals(value);
        }
        return holds;
    }
}
