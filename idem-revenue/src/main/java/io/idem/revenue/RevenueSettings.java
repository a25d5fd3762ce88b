package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Benchmark;
import io.idem.workspace.Workspace;

/**
 * What a revenue calculation needs besides the data: the reporting currency and the exchange rates
 * into it, the benchmark targets metrics are compared with, and the reactivation window.
 *
 * @param reactivationWindowDays the days within which an account whose MRR returns above 0 after
 *     falling to 0 counts as reactivation. A later return counts as new. Null sets no window, so
 *     every return of an account that paid before is reactivation.
 */
public record RevenueSettings(String currency, RevenueBenchmarks benchmarks, Integer reactivationWindowDays,
                              ExchangeRates exchangeRates) {

    public static final double DEFAULT_EXPANSION_SHARE = RevenueBenchmarks.DEFAULT_EXPANSION_SHARE;
    public static final double DEFAULT_NRR = RevenueBenchmarks.DEFAULT_NRR;
    public static final double DEFAULT_GRR = RevenueBenchmarks.DEFAULT_GRR;

    /** The currency when the workspace has no offer catalogue to name one. */
    public static final String DEFAULT_CURRENCY = "USD";

    public RevenueSettings {
        requireNonNull(currency, "currency is null");
        requireNonNull(benchmarks, "benchmarks is null");
        requireNonNull(exchangeRates, "exchangeRates is null");
        if (reactivationWindowDays != null && reactivationWindowDays < 0) {
            throw new IllegalArgumentException("reactivation window must be 0 days or more, got " + reactivationWindowDays);
        }
    }

    /**
     * Reads the currency from the offer catalogue, the targets from the workspace's benchmarks with
     * Idem's defaults, and exchange rates from {@code fx_rates.csv} in the workspace folder when it
     * exists. The reactivation window is unset.
     */
    public static RevenueSettings of(Workspace workspace) {
        String currency = workspace.offers() == null ? DEFAULT_CURRENCY : workspace.offers().currency();
        ExchangeRates rates = workspace.directory() == null ? ExchangeRates.none()
                : ExchangeRates.forWorkspaceFolder(workspace.directory());
        return new RevenueSettings(currency, RevenueBenchmarks.of(workspace, currency), null, rates);
    }

    /** Returns settings in {@code currency} with the default targets, no exchange rates and no reactivation window. */
    public static RevenueSettings defaults(String currency) {
        return new RevenueSettings(currency, RevenueBenchmarks.defaults(currency), null, ExchangeRates.none());
    }

    /** Returns a copy with the reactivation window set to {@code days}, or unset when null. */
    public RevenueSettings withReactivationWindowDays(Integer days) {
        return new RevenueSettings(currency, benchmarks, days, exchangeRates);
    }

    /** Returns a copy that converts amounts with {@code rates}. */
    public RevenueSettings withExchangeRates(ExchangeRates rates) {
        return new RevenueSettings(currency, benchmarks, reactivationWindowDays, rates);
    }

    public Benchmark expansionShare() {
        return benchmarks.expansionShare();
    }

    /** Returns the NRR target without a contract size: the workspace's, or Idem's default. */
    public Benchmark nrr() {
        return benchmarks.nrr();
    }

    /** Returns the GRR target without a contract size: the workspace's, or Idem's default. */
    public Benchmark grr() {
        return benchmarks.grr();
    }
}
