package io.idem.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Options of a demo workspace for {@link DemoGenerator}.
 *
 * @param accounts              number of accounts, from 1 to {@value #MAX_ACCOUNTS}
 * @param seed                  seed of every random draw; the same spec always gives the same bytes
 * @param asOf                  last day of the history; nothing is dated after it except invoice due dates
 * @param months                calendar months of history ending with the month of {@code asOf}, from
 *                              {@value #MIN_MONTHS} to {@value #MAX_MONTHS}; the first and last may be partial
 * @param usageEventsPerAccount mean number of usage rows per account over the whole history; the total
 *                              usage row count is close to {@code accounts * usageEventsPerAccount}
 */
public record DemoSpec(int accounts, long seed, LocalDate asOf, int months, int usageEventsPerAccount) {

    public static final int DEFAULT_ACCOUNTS = 1_000;
    public static final long DEFAULT_SEED = 42L;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2024, 12, 31);
    public static final int DEFAULT_MONTHS = 24;
    public static final int DEFAULT_USAGE_EVENTS_PER_ACCOUNT = 100;

    public static final int MAX_ACCOUNTS = 10_000_000;
    /** The workspace's features compare 90-day windows, so shorter histories leave them empty. */
    public static final int MIN_MONTHS = 3;
    public static final int MAX_MONTHS = 120;
    public static final int MAX_USAGE_EVENTS_PER_ACCOUNT = 100_000;

    public DemoSpec {
        Objects.requireNonNull(asOf, "asOf is null");
        if (accounts < 1 || accounts > MAX_ACCOUNTS) {
            throw new IllegalArgumentException("accounts must be from 1 to " + MAX_ACCOUNTS + ", got " + accounts);
        }
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be from " + MIN_MONTHS + " to " + MAX_MONTHS + ", got " + months);
        }
        if (usageEventsPerAccount < 0 || usageEventsPerAccount > MAX_USAGE_EVENTS_PER_ACCOUNT) {
            throw new IllegalArgumentException("usageEventsPerAccount must be from 0 to " + MAX_USAGE_EVENTS_PER_ACCOUNT
                    + ", got " + usageEventsPerAccount);
        }
        if (asOf.getYear() < 1900 || asOf.getYear() > 9000) {
            throw new IllegalArgumentException("asOf must be a date between the years 1900 and 9000, got " + asOf);
        }
    }

    /** Creates a spec with the default usage rate of {@value #DEFAULT_USAGE_EVENTS_PER_ACCOUNT} rows per account. */
    public DemoSpec(int accounts, long seed, LocalDate asOf, int months) {
        this(accounts, seed, asOf, months, DEFAULT_USAGE_EVENTS_PER_ACCOUNT);
    }

    /** Returns the defaults: 1,000 accounts, seed 42, as of 2024-12-31, 24 months, 100 usage rows per account. */
    public static DemoSpec defaults() {
        return new DemoSpec(DEFAULT_ACCOUNTS, DEFAULT_SEED, DEFAULT_AS_OF, DEFAULT_MONTHS, DEFAULT_USAGE_EVENTS_PER_ACCOUNT);
    }

    /** Returns the first day of the history: the first day of the month {@code months - 1} before the as-of month. */
    public LocalDate historyStart() {
        return asOf.withDayOfMonth(1).minusMonths(months - 1L);
    }
}
