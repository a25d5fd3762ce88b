package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes month-end MRR and movements per account, monthly totals, NRR, GRR, expansion share, MRR
 * and ARR from the imported subscriptions table, and on request the daily ledger, metrics by slice
 * over a window and signup cohorts.
 *
 * <p>The store returns subscription rows ordered by account and this class folds them in Java one
 * account at a time, so heap use grows with the number of months and slices, not the number of
 * accounts. Money is summed in exact scaled longs (see {@link Money}); ratios are doubles or
 * decimals. The definitions are in docs/metrics.md.
 */
public final class RevenueCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(RevenueCalculator.class);

    private final Store store;
    private final Source subscriptions;
    private final RevenueSettings settings;
    private final AccountDimensions dimensions;

    public RevenueCalculator(Store store, Source subscriptions, RevenueSettings settings) {
        this(store, subscriptions, settings, AccountDimensions.none());
    }

    /**
     * Creates a calculator whose {@link #analyse} slices metrics by {@code dimensions}.
     *
     * @throws RevenueException when a required column of {@code subscriptions} is missing or an
     *     optional one has a type revenue cannot read
     */
    public RevenueCalculator(Store store, Source subscriptions, RevenueSettings settings, AccountDimensions dimensions) {
        this.store = requireNonNull(store, "store is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.dimensions = requireNonNull(dimensions, "dimensions is null");
        // Checks the columns now, so that a bad source fails when the calculator is built rather
        // than on its first calculation.
        new SubscriptionColumns(subscriptions);
    }

    /**
     * Creates a calculator for the workspace's subscriptions source, with the settings of
     * {@link RevenueSettings#of(Workspace)} and the {@link AccountDimensions#defaults(Workspace)}.
     *
     * @throws RevenueException when the workspace has no source of kind subscriptions
     */
    public static RevenueCalculator forWorkspace(Store store, Workspace workspace) {
        return forWorkspace(store, workspace, RevenueSettings.of(workspace));
    }

    /** Creates a calculator for the workspace's subscriptions source with {@code settings}, such as a reactivation window. */
    public static RevenueCalculator forWorkspace(Store store, Workspace workspace, RevenueSettings settings) {
        return new RevenueCalculator(store, subscriptionsSource(workspace), settings, AccountDimensions.defaults(workspace));
    }

    static Source subscriptionsSource(Workspace workspace) {
        return workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow(() -> new RevenueException(
                "workspace '" + workspace.name() + "' has no source of kind subscriptions; revenue metrics need one, "
                        + "with the columns account_id, start_date, end_date and mrr"));
    }

    public RevenueSettings settings() {
        return settings;
    }

    /** Computes the metrics at {@code asOf}. */
    public RevenueResult calculate(LocalDate asOf) {
        return calculate(asOf, AccountRevenueListener.NONE);
    }

    /**
     * Computes the metrics at {@code asOf}, passing every account with a subscription starting on or
     * before {@code asOf} to {@code listener} on the way. Only the subscriptions table is read.
     *
     * @throws RevenueException when a subscription row is invalid or the table cannot be read
     */
    public RevenueResult calculate(LocalDate asOf, AccountRevenueListener listener) {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(listener, "listener is null");
        SubscriptionReader reader = new SubscriptionReader(store, subscriptions, settings);
        return pass(reader, months(reader, asOf), listener);
    }

    /** Analyses the 12 months ending at {@code asOf}, as {@link #analyse(LocalDate, MetricWindow, AccountRevenueListener)} does. */
    public RevenueAnalysis analyse(LocalDate asOf) {
        return analyse(asOf, MetricWindow.trailingTwelveMonths(asOf), AccountRevenueListener.NONE);
    }

    /**
     * Computes the month-end results at {@code asOf} and, in the same pass, the metrics of the whole
     * book and of each slice over {@code window} and the signup cohorts. Every account goes to
     * {@code listener} too, with its ledger and dimension values. Reads the accounts table when the
     * calculator has dimensions.
     *
     * @throws IllegalArgumentException when the window ends after {@code asOf}, whose later changes
     *     are not read
     * @throws RevenueException when a subscription row is invalid or a table cannot be read
     */
    public RevenueAnalysis analyse(LocalDate asOf, MetricWindow window, AccountRevenueListener listener) {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(window, "window is null");
        requireNonNull(listener, "listener is null");
        if (window.end().isAfter(asOf)) {
            throw new IllegalArgumentException("metric window " + window + " ends after the as-of date " + asOf
                    + "; end it on or before " + asOf);
        }

        SubscriptionReader reader = new SubscriptionReader(store, subscriptions, settings, dimensions);
        MonthRange months = months(reader, asOf);
        RevenueSlicer slicer = new RevenueSlicer(window, dimensions.columns());
        CohortAccumulator cohorts = new CohortAccumulator(months);
        long[] ledgerEntries = new long[1];
        RevenueResult result = pass(reader, months, account -> {
            slicer.accept(account);
            cohorts.accept(account);
            ledgerEntries[0] += account.ledger().size();
            listener.accept(account);
        });

        SliceMetricsCalculator metrics = new SliceMetricsCalculator(settings.benchmarks());
        List<CohortRow> cohortRows = cohorts.rows();
        RevenueAnalysis analysis = new RevenueAnalysis(result, window, slicer.total(metrics), slicer.byDimension(metrics),
                cohortRows, ledgerEntries[0]);
        LOG.info("Revenue analysis at {} over {}: {} ledger entries, {} cohorts, slices by {}", asOf, window,
                analysis.ledgerEntries(), cohortRows.size(), dimensions.columns());
        return analysis;
    }

    private static MonthRange months(SubscriptionReader reader, LocalDate asOf) {
        return reader.earliestStart(asOf)
                .map(start -> MonthRange.between(start, asOf))
                .orElseGet(() -> MonthRange.empty(asOf));
    }

    private RevenueResult pass(SubscriptionReader reader, MonthRange months, AccountRevenueListener listener) {
        LocalDate asOf = months.asOf();
        LOG.info("Computing revenue at {} over {} months from {}", asOf, months.size(), months.first());

        RevenueAccumulator accumulator = new RevenueAccumulator(months);
        AccountRevenue account = new AccountRevenue(months, settings.reactivationWindowDays());
        reader.forEachAccount(asOf, (accountId, rows, values) -> {
            account.load(accountId, rows, values);
            accumulator.add(account);
            listener.accept(account);
        });

        RevenueResult result = accumulator.result(settings);
        LOG.info("Revenue at {}: {} accounts, MRR {}, NRR {}, GRR {}", asOf, result.accounts(), result.summary().mrr(),
                result.summary().nrr().value(), result.summary().grr().value());
        return result;
    }
}
