package io.idem.lifetimevalue.contractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.MaximumLikelihood;
import io.idem.lifetimevalue.ModelFitException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the sBG model to the survivor counts of one cohort by maximum likelihood.
 */
public final class ShiftedBetaGeometricFitter {
    private static final Logger LOG = LoggerFactory.getLogger(ShiftedBetaGeometricFitter.class);
    private static final List<String> NAMES = List.of("alpha", "beta");
    private static final double[] START = {1.0, 1.0};

    private ShiftedBetaGeometricFitter() {
    }

    /**
     * Finds the alpha and beta that maximise {@link ShiftedBetaGeometric#logLikelihood}.
     *
     * @throws ModelFitException if the optimiser does not converge, or alpha and beta grow without bound because
     *     the counts show no spread in churn probability across customers
     */
    public static ShiftedBetaGeometricFit fit(SurvivorCounts counts) {
        requireNonNull(counts, "counts is null");
        LOG.debug("Fitting sBG to cohort of {} over {} periods", counts.cohortSize(), counts.periods());

        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximize(
                LifetimeValueModel.SBG,
                NAMES,
                parameters -> new ShiftedBetaGeometric(parameters[0], parameters[1]).logLikelihood(counts),
                START,
                "Large alpha and beta mean every customer churns with nearly the same probability, so a plain "
                        + "geometric model fits these counts; add more periods to reveal any spread.");
        double[] parameters = estimate.parameters();
        ShiftedBetaGeometricFit fit = new ShiftedBetaGeometricFit(
                new ShiftedBetaGeometric(parameters[0], parameters[1]), counts, estimate.convergence());

        LOG.debug("sBG fit for cohort of {}: {}, {}", counts.cohortSize(), fit.model(), fit.convergence());
        return fit;
    }
}
