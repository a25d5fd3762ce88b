package io.idem.statistics.srm;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Status;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Sample ratio mismatch check: Pearson's chi-square goodness-of-fit of the observed accounts per arm
 * against the planned allocation, sum (o_i - e_i)^2 / e_i with e_i = N w_i / sum w, referred to the
 * chi-squared distribution with arms - 1 degrees of freedom. A mismatch means the assignment or the
 * data pipeline lost or duplicated accounts, so the comparison of the arms is not trustworthy.
 */
public final class SampleRatioMismatch {

    /** Default flagging threshold; a strict one because the check runs on every experiment. */
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SampleRatioMismatch() {
    }

    /**
     * Checks observed arm sizes against allocation weights, which need not sum to 1.
     *
     * @param threshold p-value below which the split is flagged, strictly between 0 and 1
     * @return OK, DEGENERATE when no account was observed, or INVALID_INPUT when the lists do not match,
     *     a count is negative, a weight is not positive or there are fewer than 2 arms
     */
    public static SrmResult test(List<Long> observed, List<Double> weights, double threshold) {
        requireNonNull(observed, "observed is null");
        requireNonNull(weights, "weights is null");
        String problem = validate(observed, weights, threshold);
        if (problem != null) {
            return new SrmResult(Status.INVALID_INPUT, problem, observed, List.of(), null, null, null, threshold,
                    false);
        }

        long total = observed.stream().mapToLong(Long::longValue).sum();
        double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<Double> expected = new ArrayList<>();
        for (double weight : weights) {
            expected.add(total * weight / weightSum);
        }
        if (total == 0) {
            return new SrmResult(Status.DEGENERATE, "no accounts were observed in any arm", observed, expected,
                    null, null, null, threshold, false);
        }

        double statistic = 0;
        for (int i = 0; i < observed.size(); i++) {
            double gap = observed.get(i) - expected.get(i);
            statistic += gap * gap / expected.get(i);
        }
        int degreesOfFreedom = observed.size() - 1;
        double pValue = 1 - new ChiSquaredDistribution(degreesOfFreedom).cumulativeProbability(statistic);
        return new SrmResult(Status.OK, "", observed, expected, statistic, degreesOfFreedom, pValue, threshold,
                pValue < threshold);
    }

    private static String validate(List<Long> observed, List<Double> weights, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            return "threshold must be strictly between 0 and 1, got " + threshold;
        }
        if (observed.size() < 2) {
            return "a sample ratio check needs at least 2 arms, got " + observed.size();
        }
        if (observed.size() != weights.size()) {
            return "got " + observed.size() + " observed counts but " + weights.size()
                    + " weights; pass one weight per arm";
        }
        for (int i = 0; i < observed.size(); i++) {
            Long count = observed.get(i);
            Double weight = weights.get(i);
            if (count == null || count < 0) {
                return "observed count of arm " + (i + 1) + " must be >= 0, got " + count;
            }
            if (weight == null || !(weight > 0) || weight.isInfinite()) {
                return "weight of arm " + (i + 1) + " must be finite and > 0, got " + weight;
            }
        }
        return null;
    }
}
