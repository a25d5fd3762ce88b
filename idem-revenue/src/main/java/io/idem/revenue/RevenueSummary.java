package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Benchmark;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The headline revenue numbers at the as-of date.
 *
 * @param mrr                       total MRR of subscriptions active on the as-of date, 4 decimals
 * @param arr                       12 times {@code mrr}
 * @param expansionShare            over the 12 months ending at the as-of month
 * @param expansionShareAllHistory  over every month from the first subscription to the as-of month
 * @param nrrBenchmark              the NRR target for the book's contract size (ARR per paying account)
 * @param grrBenchmark              the GRR target for the book's contract size
 */
public record RevenueSummary(LocalDate asOf, BigDecimal mrr, BigDecimal arr, RetentionRatio nrr, RetentionRatio grr,
                             ExpansionShare expansionShare, ExpansionShare expansionShareAllHistory,
                             RevenueSettings settings, Benchmark nrrBenchmark, Benchmark grrBenchmark) {

    public RevenueSummary {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(mrr, "mrr is null");
        requireNonNull(arr, "arr is null");
        requireNonNull(nrr, "nrr is null");
        requireNonNull(grr, "grr is null");
        requireNonNull(expansionShare, "expansionShare is null");
        requireNonNull(expansionShareAllHistory, "expansionShareAllHistory is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(nrrBenchmark, "nrrBenchmark is null");
        requireNonNull(grrBenchmark, "grrBenchmark is null");
    }
}
