package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes month-end MRR and movements per account, monthly totals, NRR, GRR, expansion share, MRR
 * and ARR from the imported subscriptions table.
 *
 * <p>The store returns subscription rows ordered by account and this class folds them in Java one
 * account at a time, so heap use grows with the number of months, not the number of accounts. Money
 * is summed in exact scaled longs (see {@link Money}); ratios are doubles. The definitions are in
 * docs/metrics.md.
 */
public final class RevenueCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(RevenueCalculator.class);

    private final SubscriptionReader reader;
    private final RevenueSettings settings;

    public RevenueCalculator(Store store, Source subscriptions, RevenueSettings settings) {
        this.reader = new SubscriptionReader(store, subscriptions);
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Creates a calculator for the workspace's subscriptions source.
     *
     * @throws RevenueException when the workspace has no source of kind subscriptions
     */
    public static RevenueCalculator forWorkspace(Store store, Workspace workspace) {
        return new RevenueCalculator(store, subscriptionsSource(workspace), RevenueSettings.of(workspace));
    }

    static Source subscriptionsSource(Workspace workspace) {
        return workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow(() -> new RevenueException(
                "workspace '" + workspace.name() + "' has no source of kind subscriptions; revenue metrics need one, "
                        + "with the columns account_id, start_date, end_date and mrr"));
    }

    /** Computes the metrics at {@code asOf}. */
    public RevenueResult calculate(LocalDate asOf) {
        return calculate(asOf, AccountRevenueListener.NONE);
    }

    /**
     * Computes the metrics at {@code asOf}, passing every account with a subscription starting on or
     * before {@code asOf} to {@code listener} on the way.
     *
     * @throws RevenueException when a subscription row is invalid or the table cannot be read
     */
    public RevenueResult calculate(LocalDate asOf, AccountRevenueListener listener) {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(listener, "listener is null");

        MonthRange months = reader.earliestStart(asOf)
                .map(start -> MonthRange.between(start, asOf))
                .orElseGet(() -> MonthRange.empty(asOf));
        LOG.info("Computing revenue at {} over {} months from {}", asOf, months.size(), months.first());

        RevenueAccumulator accumulator = new RevenueAccumulator(months);
        AccountRevenue account = new AccountRevenue(months);
        reader.forEachAccount(asOf, (accountId, subscriptions) -> {
            account.load(accountId, subscriptions);
            accumulator.add(account);
            listener.accept(account);
        });

        RevenueResult result = accumulator.result(settings);
        LOG.info("Revenue at {}: {} accounts, MRR {}, NRR {}, GRR {}", asOf, result.accounts(), result.summary().mrr(),
                result.summary().nrr().value(), result.summary().grr().value());
        return result;
    }
}
