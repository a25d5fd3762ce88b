package io.idem.experiment.analysis;

import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.bayesian.BayesianResult;
import io.idem.statistics.bayesian.BetaBinomialModel;
import io.idem.statistics.bayesian.BetaPrior;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beta-binomial comparison of conversion with a uniform Beta(1, 1) prior.
 *
 * <p>{@link BetaBinomialModel} clamps the chance to beat control to [0, 1], because integration can
 * overshoot by rounding when the variant is far ahead. Should a comparison still fail, this class
 * compares the arms the other way round, which integrates the small complementary probability, and
 * mirrors the result.
 */
final class ConversionPosterior {

    private static final Logger LOG = LoggerFactory.getLogger(ConversionPosterior.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private ConversionPosterior() {
    }

    static BayesianResult compare(ProportionSummary control, ProportionSummary variant, double alpha) {
        try {
            return BetaBinomialModel.compare(control, variant, BetaPrior.uniform(), alpha);
        } catch (IllegalArgumentException e) {
            logOnce("Beta-binomial comparison of control {} with variant {} failed, retrying with the arms swapped",
                    control, variant, e);
        }

        try {
            return mirror(BetaBinomialModel.compare(variant, control, BetaPrior.uniform(), alpha));
        } catch (IllegalArgumentException e) {
            LOG.warn("Beta-binomial comparison of control {} with variant {} failed both ways", control, variant, e);
            return new BayesianResult(Status.DEGENERATE, "the beta-binomial integration returned an invalid value: "
                    + e.getMessage(), BetaBinomialModel.METHOD, null, null, null, null, null);
        }
    }

    /** Turns a comparison of control against variant back into variant against control. */
    private static BayesianResult mirror(BayesianResult swapped) {
        Double chance = swapped.chanceToBeatControl() == null ? null : 1 - swapped.chanceToBeatControl();
        return new BayesianResult(swapped.status(), swapped.reason(), swapped.method(), swapped.treatment(),
                swapped.control(), chance, swapped.treatmentRisk(), swapped.controlRisk());
    }

    private static void logOnce(String message, Object control, Object variant, Exception e) {
        if (WARNED.compareAndSet(false, true)) {
            LOG.warn(message + "; later occurrences are logged at debug level", control, variant, e);
        } else {
            LOG.debug(message, control, variant, e);
        }
    }
}
