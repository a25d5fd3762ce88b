package io.idem.statistics.sequential;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Interval;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;

/**
 * Running state of one experiment monitored with a {@link MixtureSprt} across looks. Each look reports
 * the running minimum of the always-valid p-values and the running intersection of the confidence
 * sequences (Johari, Pekelis and Walsh define the always-valid p-value as p_n = min(p_{n-1}, 1/Lambda_n)
 * and the interval as the intersection of the earlier ones). Not thread-safe: one monitor per
 * experiment, fed in order of growing data.
 */
public final class SequentialMonitor {

    private final MixtureSprt test;
    private final TestSettings settings;
    private double minimumPValue = 1.0;
    private Interval intersection = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    private int looks;

    public SequentialMonitor(MixtureSprt test, TestSettings settings) {
        this.test = requireNonNull(test, "test is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** Records a look at cumulative conversion counts. */
    public SequentialResult look(ProportionSummary control, ProportionSummary treatment) {
        return record(test.proportions(control, treatment, settings));
    }

    /** Records a look at cumulative summary statistics of a continuous metric. */
    public SequentialResult look(MeanSummary control, MeanSummary treatment) {
        return record(test.means(control, treatment, settings));
    }

    /** Returns the number of looks recorded so far, degenerate ones included. */
    public int looks() {
        return looks;
    }

    private SequentialResult record(SequentialResult current) {
        looks++;
        if (current.status() != Status.OK) {
            return current;
        }

        minimumPValue = Math.min(minimumPValue, current.pValue());
        Interval latest = current.confidenceSequence();
        double lower = Math.max(intersection.lower(), latest.lower());
        double upper = Math.min(intersection.upper(), latest.upper());
        String reason = current.reason();
        if (lower <= upper) {
            intersection = new Interval(lower, upper);
        } else {
            // An empty intersection has probability <= alpha; report the latest interval rather than none.
            intersection = latest;
            reason = "the running intersection of confidence sequences became empty at look " + looks
                    + "; reporting the latest interval";
        }

        return new SequentialResult(current.status(), reason, current.method(), current.alpha(),
                current.tauSquared(), current.controlEstimate(), current.treatmentEstimate(), current.estimate(),
                current.standardError(), current.logLikelihoodRatio(), minimumPValue, intersection,
                minimumPValue <= current.alpha());
    }
}
