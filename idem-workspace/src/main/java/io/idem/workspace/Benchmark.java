package io.idem.workspace;

/** A target for a metric, with where the number comes from. */
public record Benchmark(String metric, double target, String source) {
}
