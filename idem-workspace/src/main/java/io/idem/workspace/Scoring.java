package io.idem.workspace;

import java.util.List;
import java.util.Objects;

/** How a health measure turns its feature's value into a score from 0 to 100. */
public sealed interface Scoring {

    /**
     * Linear from {@code worst} (score 0) to {@code best} (score 100), clamped outside. When
     * worst is greater than best, lower values score higher.
     */
    record Linear(double worst, double best) implements Scoring {
        public Linear {
            if (worst == best) {
                throw new IllegalArgumentException("worst and best must differ, both are " + worst);
            }
        }
    }

    /**
     * Step scores: the first step whose {@code min} the value reaches gives the score, steps
     * ordered from the highest min down; the last step has no min and catches the rest.
     */
    record Thresholds(List<Step> steps) implements Scoring {
        public Thresholds {
            steps = List.copyOf(steps);
        }
    }

    /** One threshold step; {@code min} null means "any value". */
    record Step(Double min, double score) {
    }

    /**
     * The value's percentile rank among the present values of the account's peer group. With n
     * values and r the value's rank from 1 (lowest), tied values sharing their average rank, the
     * score is 100 × (r - 1) / (n - 1), and 50 when the group has one value. When
     * {@code lowerIsBetter}, the score is 100 minus that.
     */
    record Percentile(boolean lowerIsBetter) implements Scoring {
    }

    static Scoring linear(double worst, double best) {
        return new Linear(worst, best);
    }

    static Scoring thresholds(List<Step> steps) {
        Objects.requireNonNull(steps, "steps is null");
        return new Thresholds(steps);
    }

    static Scoring percentile(boolean lowerIsBetter) {
        return new Percentile(lowerIsBetter);
    }
}
