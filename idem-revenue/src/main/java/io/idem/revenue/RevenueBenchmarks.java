package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Benchmark;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets revenue metrics are compared with, and where each number comes from. A workspace
 * target under {@code benchmarks.<metric>} replaces the default for every slice. Without one:
 *
 * <ul>
 *   <li>{@code expansion_share}: 0.30, Idem's own target.
 *   <li>{@code nrr} and {@code grr}: the survey median for the slice's annual contract value (12 ×
 *       ARPA) from {@link #SURVEY_BANDS}, when the reporting currency is USD and the slice has
 *       paying accounts; Idem's defaults of 1.00 and 0.90 otherwise.
 *   <li>{@code quick_ratio}: 4, the threshold Mamoon Hamid gave when he introduced the ratio.
 * </ul>
 */
public final class RevenueBenchmarks {

    public static final String EXPANSION_SHARE = "expansion_share";
    public static final String NRR = "nrr";
    public static final String GRR = "grr";
    public static final String QUICK_RATIO = "quick_ratio";

    public static final double DEFAULT_EXPANSION_SHARE = 0.30;
    public static final double DEFAULT_NRR = 1.00;
    public static final double DEFAULT_GRR = 0.90;
    public static final double DEFAULT_QUICK_RATIO = 4.0;

    /** The survey the contract-size medians come from, as cited in docs/metrics.md. */
    public static final String SURVEY = "SaaS Capital, 2023 B2B SaaS Retention Benchmarks (Research Brief 28), Figure 1";

    /**
     * Median NRR and GRR by annual contract value of private B2B SaaS companies with more than $1M
     * ARR, from {@link #SURVEY}. Bands include their lower bound and exclude their upper bound.
     */
    public static final List<ContractSizeBand> SURVEY_BANDS = List.of(
            new ContractSizeBand(0, 12_000, 1.00, 0.90),
            new ContractSizeBand(12_000, 25_000, 1.02, 0.90),
            new ContractSizeBand(25_000, 50_000, 1.03, 0.92),
            new ContractSizeBand(50_000, 100_000, 1.05, 0.93),
            new ContractSizeBand(100_000, 250_000, 1.07, 0.93),
            new ContractSizeBand(250_000, Long.MAX_VALUE, 1.10, 0.93));

    private static final String SURVEY_CURRENCY = "USD";

    /**
     * One row of the survey table.
     *
     * @param minAcv lowest annual contract value in the band, in USD, inclusive
     * @param maxAcv highest annual contract value, exclusive; {@link Long#MAX_VALUE} for the open top band
     */
    public record ContractSizeBand(long minAcv, long maxAcv, double medianNrr, double medianGrr) {

        public ContractSizeBand {
            if (minAcv < 0 || maxAcv <= minAcv) {
                throw new IllegalArgumentException("invalid band from " + minAcv + " to " + maxAcv);
            }
        }

        boolean contains(BigDecimal acv) {
            return acv.compareTo(BigDecimal.valueOf(minAcv)) >= 0
                    && (maxAcv == Long.MAX_VALUE || acv.compareTo(BigDecimal.valueOf(maxAcv)) < 0);
        }

        /** Returns the band as the survey labels it, for example {@code $12k to $25k}. */
        public String label() {
            if (minAcv == 0) {
                return "less than $" + maxAcv / 1000 + "k";
            }
            if (maxAcv == Long.MAX_VALUE) {
                return "more than $" + minAcv / 1000 + "k";
            }
            return "$" + minAcv / 1000 + "k to $" + maxAcv / 1000 + "k";
        }
    }

    private final Map<String, Benchmark> workspaceTargets;
    private final String currency;

    private RevenueBenchmarks(Map<String, Benchmark> workspaceTargets, String currency) {
        this.workspaceTargets = Map.copyOf(workspaceTargets);
        this.currency = requireNonNull(currency, "currency is null").toUpperCase(Locale.ROOT);
    }

    /** Returns the defaults, overridden by the workspace's {@code benchmarks} section. */
    public static RevenueBenchmarks of(Workspace workspace, String currency) {
        return new RevenueBenchmarks(workspace.benchmarks(), currency);
    }

    /** Returns the defaults alone, for amounts in {@code currency}. */
    public static RevenueBenchmarks defaults(String currency) {
        return new RevenueBenchmarks(Map.of(), currency);
    }

    public Benchmark expansionShare() {
        return workspaceTargets.getOrDefault(EXPANSION_SHARE, new Benchmark(EXPANSION_SHARE, DEFAULT_EXPANSION_SHARE,
                "Idem default: 30% of new MRR from expansion, the share Idem is built to reach; "
                        + "set benchmarks.expansion_share in idem.yaml"));
    }

    public Benchmark quickRatio() {
        return workspaceTargets.getOrDefault(QUICK_RATIO, new Benchmark(QUICK_RATIO, DEFAULT_QUICK_RATIO,
                "Mamoon Hamid (Social Capital): a SaaS quick ratio of 4 marks healthy growth with low enough churn; "
                        + "a practitioner threshold, not a survey median; set benchmarks.quick_ratio in idem.yaml"));
    }

    /** Returns the workspace NRR target, or Idem's default when there is no contract size to pick a survey band. */
    public Benchmark nrr() {
        return workspaceTargets.getOrDefault(NRR, idemNrr(""));
    }

    /** Returns the workspace GRR target, or Idem's default when there is no contract size to pick a survey band. */
    public Benchmark grr() {
        return workspaceTargets.getOrDefault(GRR, idemGrr(""));
    }

    /**
     * Returns the NRR target for accounts of annual contract value {@code acv} in the reporting
     * currency: the workspace's target, else the survey median of the band, else Idem's default
     * when {@code acv} is null or the reporting currency is not USD.
     */
    public Benchmark nrr(BigDecimal acv) {
        Benchmark configured = workspaceTargets.get(NRR);
        if (configured != null) {
            return configured;
        }
        return band(acv).map(b -> surveyBenchmark(NRR, b.medianNrr(), b)).orElseGet(() -> idemNrr(noSurveyReason(acv)));
    }

    /** Returns the GRR target for accounts of annual contract value {@code acv}, chosen as {@link #nrr(BigDecimal)} is. */
    public Benchmark grr(BigDecimal acv) {
        Benchmark configured = workspaceTargets.get(GRR);
        if (configured != null) {
            return configured;
        }
        return band(acv).map(b -> surveyBenchmark(GRR, b.medianGrr(), b)).orElseGet(() -> idemGrr(noSurveyReason(acv)));
    }

    /** Returns the survey band of {@code acv}, empty when it is null or amounts are not in USD. */
    Optional<ContractSizeBand> band(BigDecimal acv) {
        if (acv == null || !currency.equals(SURVEY_CURRENCY)) {
            return Optional.empty();
        }
        return SURVEY_BANDS.stream().filter(b -> b.contains(acv)).findFirst();
    }

    private static Benchmark idemNrr(String reason) {
        return new Benchmark(NRR, DEFAULT_NRR, "Idem default: existing accounts keep 100% of their revenue" + reason
                + "; set benchmarks.nrr in idem.yaml");
    }

    private static Benchmark idemGrr(String reason) {
        return new Benchmark(GRR, DEFAULT_GRR, "Idem default: a 90% rule of thumb for B2B SaaS" + reason
                + "; set benchmarks.grr in idem.yaml");
    }

    private static Benchmark surveyBenchmark(String metric, double median, ContractSizeBand band) {
        return new Benchmark(metric, median, SURVEY + ": median " + metric.toUpperCase(Locale.ROOT)
                + " of companies with annual contract value " + band.label() + " (this slice's 12 × ARPA); set benchmarks."
                + metric + " in idem.yaml");
    }

    private String noSurveyReason(BigDecimal acv) {
        if (!currency.equals(SURVEY_CURRENCY)) {
            return " (the survey medians by contract size are in USD, amounts here are in " + currency + ")";
        }
        return acv == null ? " (no paying account to size contracts by)" : "";
    }
}
