package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.MaximumLikelihood;
import io.idem.lifetimevalue.ModelFitException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the BG/NBD model by maximum likelihood to customer summaries.
 */
public final class BetaGeometricNbdFitter {
    /** One customer per parameter is the least that can identify the four parameters. */
    public static final int MIN_CUSTOMERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(BetaGeometricNbdFitter.class);
    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");
    private static final double[] START = {1.0, 1.0, 1.0, 1.0};

    private BetaGeometricNbdFitter() {
    }

    /** Customers with equal (x, t_x, T) share a likelihood term, so it is computed once and weighted. */
    private record Pattern(int frequency, double recency, double age) {
    }

    /**
     * Finds r, alpha, a and b that maximise the sum of {@link BetaGeometricNbd#logLikelihood} over
     * {@code customers}.
     *
     * @throws ModelFitException if there are fewer than {@link #MIN_CUSTOMERS} customers, no customer repeats,
     *     every customer has age 0, or the optimiser fails
     */
    public static BetaGeometricNbdFit fit(List<CustomerSummary> customers) {
        requireNonNull(customers, "customers is null");
        int repeatCustomers = (int) customers.stream().filter(CustomerSummary::isRepeatCustomer).count();
        if (customers.size() < MIN_CUSTOMERS) {
            throw new ModelFitException(LifetimeValueModel.BG_NBD, FitFailure.TOO_FEW_OBSERVATIONS, String.format(
                    "got %d customers, but the four parameters need at least %d", customers.size(), MIN_CUSTOMERS));
        }
        if (repeatCustomers == 0) {
            throw new ModelFitException(LifetimeValueModel.BG_NBD, FitFailure.NO_REPEAT_TRANSACTIONS, String.format(
                    "all %d customers have frequency 0, so purchase rates and dropout cannot be estimated separately; "
                            + "extend the calibration period or add customers who bought again", customers.size()));
        }
        if (customers.stream().allMatch(customer -> customer.age() == 0)) {
            throw new ModelFitException(LifetimeValueModel.BG_NBD, FitFailure.INVALID_DATA,
                    "every customer has age T = 0; the calibration end must come after the first purchases");
        }

        Map<Pattern, Integer> weights = new LinkedHashMap<>();
        for (CustomerSummary customer : customers) {
            weights.merge(new Pattern(customer.frequency(), customer.recency(), customer.age()), 1, Integer::sum);
        }
        LOG.debug("Fitting BG/NBD to {} customers ({} repeat, {} distinct patterns)",
                customers.size(), repeatCustomers, weights.size());

        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximize(
                LifetimeValueModel.BG_NBD,
                NAMES,
                parameters -> logLikelihood(
                        new BetaGeometricNbd(parameters[0], parameters[1], parameters[2], parameters[3]), weights),
                START,
                "A parameter at the edge usually means too few repeat customers or a calibration period too short "
                        + "to separate purchase rates from dropout.");
        double[] parameters = estimate.parameters();
        BetaGeometricNbdFit fit = new BetaGeometricNbdFit(
                new BetaGeometricNbd(parameters[0], parameters[1], parameters[2], parameters[3]),
                customers.size(), repeatCustomers, estimate.convergence());

        LOG.debug("BG/NBD fit: {}, {}", fit.model(), fit.convergence());
        return fit;
    }

    private static double logLikelihood(BetaGeometricNbd model, Map<Pattern, Integer> weights) {
        double sum = 0.0;
        for (Map.Entry<Pattern, Integer> entry : weights.entrySet()) {
            Pattern pattern = entry.getKey();
            sum += entry.getValue() * model.logLikelihood(pattern.frequency(), pattern.recency(), pattern.age());
        }
        return sum;
    }
}
