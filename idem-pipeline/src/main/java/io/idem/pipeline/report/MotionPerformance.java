package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.motion.Motion;

/** Pipeline figures of the closed deals of one motion; open deals have no motion, so {@code stats().open()} is 0. */
public record MotionPerformance(Motion motion, DealStats stats) {

    public MotionPerformance {
        requireNonNull(motion, "motion is null");
        requireNonNull(stats, "stats is null");
    }
}
