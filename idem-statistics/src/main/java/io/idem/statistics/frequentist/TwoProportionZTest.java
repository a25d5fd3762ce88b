package io.idem.statistics.frequentist;

import io.idem.statistics.Effect;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.TestSettings;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Pooled two-proportion z-test without continuity correction, with an unpooled Wald interval for the
 * difference and a delta-method interval for the relative lift.
 *
 * <p>The statistic is z = (p_t - p_c) / sqrt(p (1 - p) (1/n_t + 1/n_c)) with the pooled rate
 * p = (x_t + x_c) / (n_t + n_c), the large-sample test of equal proportions; z^2 equals Pearson's
 * chi-square statistic on the 2x2 table without Yates' correction. The interval of the difference uses
 * the unpooled standard error sqrt(p_t (1 - p_t) / n_t + p_c (1 - p_c) / n_c), because an interval
 * must not assume the null hypothesis.
 */
public final class TwoProportionZTest {

    public static final String METHOD = "two-proportion z-test";

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private TwoProportionZTest() {
    }

    /** Compares treatment against control; never throws for valid summaries. */
    public static TestResult test(ProportionSummary control, ProportionSummary treatment, TestSettings settings) {
        Double controlRate = control.n() == 0 ? null : control.rate();
        Double treatmentRate = treatment.n() == 0 ? null : treatment.rate();
        if (control.n() == 0 || treatment.n() == 0) {
            String arm = control.n() == 0 ? "control" : "treatment";
            return TestResult.notComputed(Status.DEGENERATE, arm + " arm has n = 0, so its rate is undefined",
                    METHOD, settings, controlRate, treatmentRate);
        }

        long pooledConversions = control.conversions() + treatment.conversions();
        long pooledN = control.n() + treatment.n();
        if (pooledConversions == 0) {
            return TestResult.notComputed(Status.DEGENERATE,
                    "no conversions in either arm, so the pooled standard error is 0 and z is undefined",
                    METHOD, settings, controlRate, treatmentRate);
        }
        if (pooledConversions == pooledN) {
            return TestResult.notComputed(Status.DEGENERATE,
                    "every account converted in both arms, so the pooled standard error is 0 and z is undefined",
                    METHOD, settings, controlRate, treatmentRate);
        }

        double pc = controlRate;
        double pt = treatmentRate;
        double difference = pt - pc;
        double pooled = (double) pooledConversions / pooledN;
        double pooledStandardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / control.n() + 1.0 / treatment.n()));
        double z = difference / pooledStandardError;
        double pValue = TailProbabilities.pValue(STANDARD_NORMAL, z, settings);

        double varianceOfControlRate = pc * (1 - pc) / control.n();
        double varianceOfTreatmentRate = pt * (1 - pt) / treatment.n();
        double waldStandardError = Math.sqrt(varianceOfControlRate + varianceOfTreatmentRate);
        Effect absolute = new Effect(difference, waldStandardError,
                TailProbabilities.interval(STANDARD_NORMAL, difference, waldStandardError, settings));
        Effect relative = RelativeLift.of(pc, varianceOfControlRate, pt, varianceOfTreatmentRate,
                STANDARD_NORMAL, settings);

        return new TestResult(Status.OK, caveat(pc, pt), METHOD, settings.alternative(), settings.alpha(),
                pc, pt, absolute, relative, z, null, pValue);
    }

    private static String caveat(double controlRate, double treatmentRate) {
        List<String> caveats = new ArrayList<>();
        if (controlRate == 0) {
            caveats.add("control rate is 0, so the relative lift is undefined");
        }
        if (atBound(controlRate) && atBound(treatmentRate)) {
            caveats.add("both rates are 0 or 1, so the Wald interval of the difference has zero width");
        }
        return String.join("; ", caveats);
    }

    private static boolean atBound(double rate) {
        return rate == 0 || rate == 1;
    }
}
