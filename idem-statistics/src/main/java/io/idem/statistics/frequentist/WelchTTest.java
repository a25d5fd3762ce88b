package io.idem.statistics.frequentist;

import io.idem.statistics.Effect;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.TestSettings;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Welch's unequal-variance t-test on summary statistics, with absolute and delta-method relative
 * intervals.
 *
 * <p>t = (m_t - m_c) / sqrt(v_t/n_t + v_c/n_c), referred to Student's t with the Welch-Satterthwaite
 * degrees of freedom df = (v_t/n_t + v_c/n_c)^2 / ((v_t/n_t)^2/(n_t - 1) + (v_c/n_c)^2/(n_c - 1)).
 * This is the test R's {@code t.test} runs by default ({@code var.equal = FALSE}). The relative interval
 * uses the same t quantile.
 */
public final class WelchTTest {

    public static final String METHOD = "Welch t-test";

    private WelchTTest() {
    }

    /** Compares treatment against control; never throws for valid summaries. */
    public static TestResult test(MeanSummary control, MeanSummary treatment, TestSettings settings) {
        Double controlMean = control.n() == 0 ? null : control.mean();
        Double treatmentMean = treatment.n() == 0 ? null : treatment.mean();
        if (control.n() < 2 || treatment.n() < 2) {
            String arm = control.n() < 2 ? "control" : "treatment";
            long n = control.n() < 2 ? control.n() : treatment.n();
            return TestResult.notComputed(Status.DEGENERATE,
                    arm + " arm has n = " + n + "; a sample variance needs at least 2 accounts per arm",
                    METHOD, settings, controlMean, treatmentMean);
        }

        double controlTerm = control.varianceOfMean();
        double treatmentTerm = treatment.varianceOfMean();
        double varianceOfDifference = controlTerm + treatmentTerm;
        if (varianceOfDifference == 0) {
            return TestResult.notComputed(Status.DEGENERATE,
                    "both arms have zero variance, so the standard error is 0 and t is undefined",
                    METHOD, settings, controlMean, treatmentMean);
        }

        double difference = treatment.mean() - control.mean();
        double standardError = Math.sqrt(varianceOfDifference);
        double t = difference / standardError;
        double degreesOfFreedom = varianceOfDifference * varianceOfDifference
                / (controlTerm * controlTerm / (control.n() - 1) + treatmentTerm * treatmentTerm / (treatment.n() - 1));
        TDistribution distribution = new TDistribution(degreesOfFreedom);
        double pValue = TailProbabilities.pValue(distribution, t, settings);

        Effect absolute = new Effect(difference, standardError,
                TailProbabilities.interval(distribution, difference, standardError, settings));
        Effect relative = RelativeLift.of(control.mean(), controlTerm, treatment.mean(), treatmentTerm,
                distribution, settings);
        String caveat = relative == null ? "control mean is 0, so the relative lift is undefined" : "";

        return new TestResult(Status.OK, caveat, METHOD, settings.alternative(), settings.alpha(),
                controlMean, treatmentMean, absolute, relative, t, degreesOfFreedom, pValue);
    }
}
