package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Benchmark;
import io.idem.workspace.Workspace;

/**
 * Currency and benchmark targets of a revenue summary, which compares expansion share, NRR and GRR
 * against the targets. A workspace overrides a target under {@code benchmarks}.
 */
public record RevenueSettings(String currency, Benchmark expansionShare, Benchmark nrr, Benchmark grr) {

    public static final double DEFAULT_EXPANSION_SHARE = 0.30;
    public static final double DEFAULT_NRR = 1.00;
    public static final double DEFAULT_GRR = 0.90;

    public RevenueSettings {
        requireNonNull(currency, "currency is null");
        requireNonNull(expansionShare, "expansionShare is null");
        requireNonNull(nrr, "nrr is null");
        requireNonNull(grr, "grr is null");
    }

    /** Reads the currency from the offer catalogue and the targets from the workspace's benchmarks, with Idem's defaults. */
    public static RevenueSettings of(Workspace workspace) {
        String currency = workspace.offers() == null ? "USD" : workspace.offers().currency();
        return new RevenueSettings(currency,
                workspace.benchmark("expansion_share", DEFAULT_EXPANSION_SHARE,
                        "Idem default: 30% of new MRR from expansion; set benchmarks.expansion_share in idem.yaml"),
                workspace.benchmark("nrr", DEFAULT_NRR,
                        "Idem default: existing accounts keep 100% of their revenue; set benchmarks.nrr in idem.yaml"),
                workspace.benchmark("grr", DEFAULT_GRR,
                        "Idem default: a 90% rule of thumb for B2B SaaS; set benchmarks.grr in idem.yaml"));
    }
}
