package io.idem.report.input;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * The headline revenue numbers of a run, read from {@code revenue/summary.json}.
 *
 * @param asOf the as-of date as written, or {@code null}
 * @param currency the ISO 4217 currency code, or {@code null}
 * @param mrr month-end MRR at the as-of date, or {@code null} when not computed
 * @param arr annual run rate, or {@code null} when not computed
 * @param nrr net revenue retention
 * @param grr gross revenue retention
 * @param expansionShare the share of new MRR that came from expansion
 * @param benchmarks targets by metric name ({@code nrr}, {@code grr}, {@code expansion_share}); only those configured
 */
public record RevenueSummary(String asOf, String currency, Double mrr, Double arr, Metric nrr, Metric grr, Metric expansionShare,
        Map<String, Benchmark> benchmarks) {

    public RevenueSummary {
        requireNonNull(nrr, "nrr is null");
        requireNonNull(grr, "grr is null");
        requireNonNull(expansionShare, "expansionShare is null");
        benchmarks = Map.copyOf(benchmarks);
    }

    /** Returns the benchmark of a metric by its JSON name, such as {@code expansion_share}. */
    public Optional<Benchmark> benchmark(String metricName) {
        return Optional.ofNullable(benchmarks.get(metricName));
    }
}
