package io.idem.demo;

import java.io.IOException;
import java.util.Arrays;
import org.hipparchus.analysis.function.Sigmoid;

/**
 * Draws and writes the usage rows of accounts, one account at a time. A row is one user's use of
 * one feature on one day, with a count of uses. Each account gets rows in proportion to its total
 * usage weight. The count is rounded so that the running total stays the nearest integer to the
 * running expectation, which makes the total over all accounts exactly the requested row count.
 * The account's rows fall into its active months by weight (a multinomial draw, one month per
 * row). Within a month every active user gets a row before any user gets a second one, so the
 * distinct users of a month approach its active users whenever the rate allows.
 *
 * <p>Each account adopts a feature with the feature's adoption share, at a month after signup
 * drawn around the feature's typical delay, and its use then ramps up along a logistic curve.
 * Features above the account's plan get a small weight that grows with the account's upgrade
 * appetite, so higher-plan features show up mainly, but not only, on higher plans.
 */
final class UsageSampler {

    private static final double DAYS_PER_MONTH = 30.44;
    private static final double ADOPTION_RAMP_MONTHS = 1.5;
    private static final double GATED_BASE_WEIGHT = 0.015;
    private static final double GATED_APPETITE_WEIGHT = 0.1;
    private static final int DAY_SHIFT = 48;
    private static final int USER_SHIFT = 24;
    private static final int FEATURE_SHIFT = 16;
    private static final long MAX_COUNT = 0xFFFF;
    private static final long MAX_USER = 0xFF_FFFF;

    private final HistoryWindow window;
    private final Draws draws;
    private final double rowsPerWeight;
    private final Sigmoid adoptionCurve = new Sigmoid();
    private final ProductFeature[] features = ProductFeature.ALL;
    private final boolean[] adopted = new boolean[features.length];
    private final double[] adoptionMonth = new double[features.length];
    private final double[] weights = new double[features.length];
    private final double[] cumulative = new double[features.length];
    private final double[] monthCumulative;
    private final int[] monthRows;
    private long[] rows = new long[256];
    private int[] users = new int[64];
    private long nextEventId = 1;
    private double expectedRows;
    private long allocatedRows;

    /** {@code rowsPerWeight} converts a month's usage weight into its expected number of rows. */
    UsageSampler(HistoryWindow window, Draws draws, double rowsPerWeight) {
        this.window = window;
        this.draws = draws;
        this.rowsPerWeight = rowsPerWeight;
        this.monthCumulative = new double[window.months()];
        this.monthRows = new int[window.months()];
    }

    void write(AccountHistory history, CsvFile usage) throws IOException {
        for (int f = 0; f < features.length; f++) {
            adopted[f] = draws.chance(features[f].adoptionShare());
            adoptionMonth[f] = features[f].adoptionMonths() * draws.uniform(0.5, 2.0);
        }
        allocate(history);
        for (int m = 0; m < window.months(); m++) {
            if (monthRows[m] > 0) {
                sampleMonth(history, m, monthRows[m], history.activeUsers()[m]);
                writeRows(history.profile().index(), monthRows[m], usage);
                monthRows[m] = 0;
            }
        }
    }

    /** Decides the account's row count and spreads it over its active months into {@link #monthRows}. */
    private void allocate(AccountHistory history) {
        double totalWeight = Draws.cumulate(history.usageWeight(), window.months(), monthCumulative);
        expectedRows += rowsPerWeight * totalWeight;
        long target = Math.round(expectedRows);
        int count = (int) (target - allocatedRows);
        allocatedRows = target;
        if (totalWeight <= 0) {
            return;
        }
        for (int i = 0; i < count; i++) {
            monthRows[draws.pickCumulative(monthCumulative, window.months())]++;
        }
    }

    private void sampleMonth(AccountHistory history, int month, int count, int activeUsers) {
        int from = history.activeFrom()[month];
        int to = history.activeTo()[month];
        double ageMonths = ((from + to) / 2.0 - history.profile().signupDay()) / DAYS_PER_MONTH;
        featureWeights(history.plans()[month], history.upgradeAppetite(), ageMonths);
        Draws.cumulate(weights, weights.length, cumulative);
        chooseUsers(count, activeUsers);
        if (rows.length < count) {
            rows = new long[Math.max(count, rows.length * 2)];
        }
        for (int i = 0; i < count; i++) {
            long day = draws.between(from, to) - window.firstDay();
            int feature = draws.pickCumulative(cumulative, weights.length);
            long uses = Math.min(MAX_COUNT, 1L + draws.poisson(features[feature].extraUses()));
            long user = Math.min(MAX_USER, users[i]);
            rows[i] = day << DAY_SHIFT | user << USER_SHIFT | (long) feature << FEATURE_SHIFT | uses;
        }
        Arrays.sort(rows, 0, count);
    }

    private void featureWeights(PlanTier plan, double appetite, double ageMonths) {
        boolean any = false;
        for (int f = 0; f < features.length; f++) {
            ProductFeature feature = features[f];
            double weight = 0;
            if (adopted[f]) {
                double ramp = adoptionCurve.value((ageMonths - adoptionMonth[f]) / ADOPTION_RAMP_MONTHS);
                double gate = plan.compareTo(feature.minimumPlan()) >= 0 ? 1 : GATED_BASE_WEIGHT + GATED_APPETITE_WEIGHT * appetite;
                weight = feature.popularity() * ramp * gate;
            }
            weights[f] = weight;
            any |= weight > 0;
        }
        if (!any) {
            weights[ProductFeature.DASHBOARDS.ordinal()] = 1;
        }
    }

    /** Fills {@code users[0..count)}: each active user once in random order, then random repeats. */
    private void chooseUsers(int count, int activeUsers) {
        int size = Math.max(count, activeUsers);
        if (users.length < size) {
            users = new int[Math.max(size, users.length * 2)];
        }
        for (int u = 0; u < activeUsers; u++) {
            users[u] = u + 1;
        }
        int distinct = Math.min(count, activeUsers);
        for (int i = 0; i < distinct; i++) {
            int j = draws.between(i, activeUsers - 1);
            int swap = users[i];
            users[i] = users[j];
            users[j] = swap;
        }
        for (int i = activeUsers; i < count; i++) {
            users[i] = draws.between(1, activeUsers);
        }
    }

    private void writeRows(int account, int count, CsvFile usage) throws IOException {
        for (int i = 0; i < count; i++) {
            long row = rows[i];
            int day = (int) (row >>> DAY_SHIFT) + window.firstDay();
            int user = (int) (row >>> USER_SHIFT & MAX_USER);
            int feature = (int) (row >>> FEATURE_SHIFT & 0xFF);
            usage.id('E', nextEventId++, DemoFiles.EVENT_ID_WIDTH)
                    .id('A', account, DemoFiles.ACCOUNT_ID_WIDTH)
                    .userId('A', account, DemoFiles.ACCOUNT_ID_WIDTH, user)
                    .date(day)
                    .text(features[feature].configName())
                    .integer(row & MAX_COUNT);
            usage.endRow();
        }
    }
}
