package io.idem.report.input;

/**
 * A benchmark target from {@code revenue/summary.json}.
 *
 * @param target the target ratio (0.30 for 30%)
 * @param source where the target comes from, as written in the workspace; may be empty
 */
public record Benchmark(double target, String source) {

    public Benchmark {
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("benchmark target must be finite, got " + target);
        }
        source = source == null ? "" : source;
    }
}
