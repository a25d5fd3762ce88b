package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the accounts that expanded within a horizon after a date, the outcome trigger backtests
 * score against. The subscriptions starting on or before the as-of date are read once and kept in
 * compact arrays, so many dates can be evaluated without going back to the store.
 *
 * <p>MRR on a day is the sum of mrr of the subscriptions active that day. It rises only on a
 * subscription's start date, because an end removes a subscription and amounts are never negative.
 * So if MRR exceeds MRR(d) on some day X in (d, d+h], it does so on the latest start date in (d, X]
 * among the subscriptions active on X: every subscription active on X was already active on that
 * day. Checking MRR on each start date inside the window therefore finds every expansion.
 */
public final class ExpansionOutcomes {

    public static final int DEFAULT_HORIZON_DAYS = 90;
    private static final Logger LOG = LoggerFactory.getLogger(ExpansionOutcomes.class);

    private final LocalDate asOf;
    private final List<AccountSubscriptions> accounts;

    private ExpansionOutcomes(LocalDate asOf, List<AccountSubscriptions> accounts) {
        this.asOf = asOf;
        this.accounts = List.copyOf(accounts);
    }

    /** Reads the workspace's subscriptions that start on or before {@code asOf}, priced with {@link RevenueSettings#of(Workspace)}. */
    public static ExpansionOutcomes load(Store store, Workspace workspace, LocalDate asOf) {
        return load(store, RevenueCalculator.subscriptionsSource(workspace), RevenueSettings.of(workspace), asOf);
    }

    /** Reads the subscriptions of {@code source} that start on or before {@code asOf}, with amounts in USD and no exchange rates. */
    public static ExpansionOutcomes load(Store store, Source source, LocalDate asOf) {
        return load(store, source, RevenueSettings.defaults(RevenueSettings.DEFAULT_CURRENCY), asOf);
    }

    /**
     * Reads the subscriptions of {@code source} that start on or before {@code asOf}, their MRR
     * priced as the revenue calculation prices it with {@code settings} (trials, discounts,
     * currencies).
     */
    public static ExpansionOutcomes load(Store store, Source source, RevenueSettings settings, LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        List<AccountSubscriptions> accounts = new ArrayList<>();
        new SubscriptionReader(store, source, settings).forEachAccount(asOf,
                (accountId, subscriptions) -> accounts.add(AccountSubscriptions.of(accountId, subscriptions)));
        LOG.info("Loaded subscriptions of {} accounts for expansion outcomes up to {}", accounts.size(), asOf);
        return new ExpansionOutcomes(asOf, accounts);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the accounts paying on {@code date} and those of them that expanded within (date, date + horizonDays].
     *
     * @throws IllegalArgumentException when the window ends after the as-of date, because later
     *     subscriptions were not read and the outcome would be incomplete
     */
    public ExpansionOutcome outcome(LocalDate date, int horizonDays) {
        requireNonNull(date, "date is null");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        LocalDate windowEnd = date.plusDays(horizonDays);
        if (windowEnd.isAfter(asOf)) {
            throw new IllegalArgumentException("the outcome window of " + date + " ends on " + windowEnd
                    + ", after the as-of date " + asOf + "; pick a date at least " + horizonDays + " days before it");
        }

        long day = date.toEpochDay();
        long lastDay = windowEnd.toEpochDay();
        Set<String> base = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        java.util.Map<String, LocalDate> expandedOn = new java.util.HashMap<>();
        for (AccountSubscriptions account : accounts) {
            long mrr = account.mrrOn(day);
            if (mrr == 0) {
                continue;
            }
            base.add(account.accountId());
            long first = account.firstExceeding(mrr, day, lastDay);
            if (first >= 0) {
                expanded.add(account.accountId());
                expandedOn.put(account.accountId(), LocalDate.ofEpochDay(first));
            }
        }
        return new ExpansionOutcome(date, horizonDays, base, expanded, expandedOn);
    }

    /** One account's subscriptions as parallel arrays of epoch days and MRR units, ordered by start. */
    private record AccountSubscriptions(String accountId, long[] starts, long[] ends, long[] mrr) {

        /** Stands for an open end: later than any date. */
        private static final long OPEN_END = Long.MAX_VALUE;

        static AccountSubscriptions of(String accountId, List<SubscriptionRow> rows) {
            List<SubscriptionRow> sorted = rows.stream()
                    .sorted(Comparator.comparing(SubscriptionRow::startDate))
                    .toList();
            long[] starts = new long[sorted.size()];
            long[] ends = new long[sorted.size()];
            long[] mrr = new long[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                SubscriptionRow row = sorted.get(i);
                starts[i] = row.startDate().toEpochDay();
                ends[i] = row.endDate() == null ? OPEN_END : row.endDate().toEpochDay();
                mrr[i] = row.mrrUnits();
            }
            return new AccountSubscriptions(accountId, starts, ends, mrr);
        }

        long mrrOn(long day) {
            long sum = 0;
            for (int i = 0; i < starts.length && starts[i] <= day; i++) {
                if (ends[i] > day) {
                    sum = Math.addExact(sum, mrr[i]);
                }
            }
            return sum;
        }

        /** Returns the first start day in (afterDay, lastDay] on which MRR exceeds {@code reference}, or -1; starts are sorted. */
        long firstExceeding(long reference, long afterDay, long lastDay) {
            for (long start : starts) {
                if (start > afterDay && start <= lastDay && mrrOn(start) > reference) {
                    return start;
                }
            }
            return -1;
        }
    }
}
