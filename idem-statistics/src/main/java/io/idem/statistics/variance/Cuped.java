package io.idem.statistics.variance;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * CUPED variance reduction with a pre-period covariate (Deng, Xu, Kohavi and Walker, "Improving the
 * Sensitivity of Online Controlled Experiments by Utilizing Pre-Experiment Data", WSDM 2013,
 * section 3.2: the control-variates estimator Y_cv = mean(Y) - theta (mean(X) - E[X]), eq. 3, with
 * theta = cov(Y, X) / var(X), eq. 4, whose variance is var(mean(Y)) (1 - rho^2), eq. 5).
 *
 * <p>One theta is shared by all arms, which section 3.2.2 requires for the difference of adjusted means
 * to stay unbiased. The paper estimates it from the pooled population; this class pools the within-arm
 * sums of squares instead, theta = sum_k (n_k - 1) cov_k / sum_k (n_k - 1) var(X)_k. Each arm is
 * centred at its own means, so the between-arm difference in mean Y, which carries the treatment
 * effect, does not enter theta. Each arm's adjusted
 * mean is mean(Y)_k - theta (mean(X)_k - mean(X)) with mean(X) over all accounts, and its adjusted
 * variance is the exact sample variance of the adjusted values, var(Y)_k - 2 theta cov_k +
 * theta^2 var(X)_k.
 */
public final class Cuped {

    private Cuped() {
    }

    /**
     * Adjusts per-account data; outcomes.get(k)[i] and covariates.get(k)[i] belong to account i of arm k.
     *
     * @throws IllegalArgumentException when the lists differ in size, an arm's arrays differ in length or a
     *     value is not finite
     */
    public static CupedResult fromUnits(List<double[]> outcomes, List<double[]> covariates) {
        if (outcomes.size() != covariates.size()) {
            throw new IllegalArgumentException("outcomes cover " + outcomes.size() + " arms but covariates cover "
                    + covariates.size() + "; pass one pair of arrays per arm");
        }
        List<CovariateSummary> arms = new ArrayList<>();
        for (int k = 0; k < outcomes.size(); k++) {
            arms.add(CovariateSummary.of(outcomes.get(k), covariates.get(k)));
        }
        return fromSummaries(arms);
    }

    /**
     * Adjusts arms given as summary statistics, in the order given.
     *
     * @return OK, or DEGENERATE with theta = 0 and the raw outcome summaries when the covariate or the
     *     outcome has no within-arm variance
     */
    public static CupedResult fromSummaries(List<CovariateSummary> arms) {
        requireNonNull(arms, "arms is null");
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("CUPED needs at least one arm");
        }

        long total = 0;
        double covariateTotal = 0;
        double covariateSquares = 0;
        double outcomeSquares = 0;
        double crossProducts = 0;
        for (CovariateSummary arm : arms) {
            total += arm.n();
            covariateTotal += arm.n() * arm.covariateMean();
            if (arm.n() > 1) {
                covariateSquares += (arm.n() - 1) * arm.covariateVariance();
                outcomeSquares += (arm.n() - 1) * arm.outcomeVariance();
                crossProducts += (arm.n() - 1) * arm.covariance();
            }
        }
        double covariateMean = total == 0 ? 0 : covariateTotal / total;

        if (covariateSquares == 0) {
            return unadjusted(arms, covariateMean,
                    "the covariate has zero variance within arms, so theta is undefined; no adjustment applied");
        }
        if (outcomeSquares == 0) {
            return unadjusted(arms, covariateMean,
                    "the outcome has zero variance within arms, so there is nothing to reduce; no adjustment applied");
        }

        double theta = crossProducts / covariateSquares;
        double correlation = Math.max(-1, Math.min(1, crossProducts / Math.sqrt(covariateSquares * outcomeSquares)));
        List<MeanSummary> adjusted = new ArrayList<>();
        for (CovariateSummary arm : arms) {
            adjusted.add(adjust(arm, theta, covariateMean));
        }
        return new CupedResult(Status.OK, "", theta, correlation, 1 - correlation * correlation, covariateMean,
                adjusted);
    }

    private static MeanSummary adjust(CovariateSummary arm, double theta, double covariateMean) {
        if (arm.n() == 0) {
            return arm.outcome();
        }
        double mean = arm.outcomeMean() - theta * (arm.covariateMean() - covariateMean);

        // Summaries rounded for display can break Cauchy-Schwarz slightly, which would make this negative.
        double variance = arm.outcomeVariance() - 2 * theta * arm.covariance()
                + theta * theta * arm.covariateVariance();
        return new MeanSummary(arm.n(), mean, Math.max(0, variance));
    }

    private static CupedResult unadjusted(List<CovariateSummary> arms, double covariateMean, String reason) {
        List<MeanSummary> raw = arms.stream().map(CovariateSummary::outcome).toList();
        return new CupedResult(Status.DEGENERATE, reason, 0, 0, 1, covariateMean, raw);
    }
}
