package io.idem.propensity.synthetic;

import io.idem.propensity.snapshot.FeatureSpec;
import io.idem.propensity.snapshot.FeatureValue;
import io.idem.propensity.snapshot.Outcome;
import io.idem.propensity.snapshot.SnapshotRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Synthetic accounts observed at monthly snapshots with a known signal: the probability of taking the offer
 * within 90 days is {@code logistic(INTERCEPT + SIGNAL_COEFFICIENT * signal + plan effect)}. {@code noise} is
 * unrelated to the label and {@code usage} is missing for about one row in ten.
 */
public final class SyntheticAccounts {

    public static final double INTERCEPT = -1.5;
    public static final double SIGNAL_COEFFICIENT = 1.2;
    public static final double TEAM_EFFECT = 0.5;
    public static final double ENTERPRISE_EFFECT = 1.0;
    public static final int OUTCOME_DAYS = 90;

    public static final List<FeatureSpec> SCHEMA = List.of(
            FeatureSpec.numeric("signal"),
            FeatureSpec.numeric("noise"),
            FeatureSpec.numeric("usage"),
            FeatureSpec.categorical("plan"));

    private static final String[] PLANS = {"basic", "team", "enterprise"};

    private SyntheticAccounts() {
    }

    /** Returns the true probability of taking the offer. */
    public static double probability(double signal, String plan) {
        double eta = INTERCEPT + SIGNAL_COEFFICIENT * signal + planEffect(plan);
        return 1.0 / (1.0 + Math.exp(-eta));
    }

    private static double planEffect(String plan) {
        return switch (plan) {
            case "team" -> TEAM_EFFECT;
            case "enterprise" -> ENTERPRISE_EFFECT;
            default -> 0.0;
        };
    }

    /** Generates one row per account and month, for snapshots on the first day of each month. */
    public static List<SnapshotRow> rows(int accounts, LocalDate firstSnapshot, int months, long seed) {
        RandomGenerator random = new Well19937c(seed);
        List<SnapshotRow> rows = new ArrayList<>(accounts * months);
        for (int month = 0; month < months; month++) {
            LocalDate snapshot = firstSnapshot.plusMonths(month);
            for (int account = 0; account < accounts; account++) {
                double signal = random.nextGaussian();
                double noise = random.nextGaussian();
                double usage = random.nextDouble() < 0.1 ? Double.NaN : 50 + 10 * random.nextGaussian();
                String plan = PLANS[random.nextInt(PLANS.length)];
                boolean took = random.nextDouble() < probability(signal, plan);
                rows.add(new SnapshotRow("A" + account, snapshot, List.of(
                        FeatureValue.numeric("signal", signal, snapshot),
                        FeatureValue.numeric("noise", noise, snapshot),
                        FeatureValue.numeric("usage", usage, snapshot.minusDays(1)),
                        FeatureValue.categorical("plan", plan, snapshot)),
                        Outcome.within(snapshot, OUTCOME_DAYS, took)));
            }
        }
        return rows;
    }
}
