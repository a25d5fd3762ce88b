package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.MaximumLikelihood;
import io.idem.lifetimevalue.ModelFitException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the Gamma-Gamma model by maximum likelihood to the customers with at least one repeat transaction.
 */
public final class GammaGammaFitter {
    /** One customer per parameter is the least that can identify the three parameters. */
    public static final int MIN_REPEAT_CUSTOMERS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(GammaGammaFitter.class);
    private static final List<String> NAMES = List.of("p", "q", "gamma");
    private static final double[] START = {1.0, 1.0, 1.0};

    private GammaGammaFitter() {
    }

    /**
     * Finds p, q and gamma that maximise the Gamma-Gamma log-likelihood of the customers in {@code customers}
     * with frequency &gt; 0, each contributing its frequency and mean repeat value. Customers without repeat
     * transactions are left out, because their only transaction is the first one, which the model excludes.
     *
     * @throws ModelFitException if no customer or fewer than {@link #MIN_REPEAT_CUSTOMERS} customers repeat, a
     *     repeat customer's mean value is 0, or the optimiser fails
     */
    public static GammaGammaFit fit(List<CustomerSummary> customers) {
        requireNonNull(customers, "customers is null");
        List<CustomerSummary> repeaters = customers.stream().filter(CustomerSummary::isRepeatCustomer).toList();
        if (repeaters.isEmpty()) {
            throw new ModelFitException(LifetimeValueModel.GAMMA_GAMMA, FitFailure.NO_REPEAT_TRANSACTIONS,
                    String.format("all %d customers have frequency 0, and the model uses repeat transactions only; "
                            + "extend the calibration period", customers.size()));
        }
        if (repeaters.size() < MIN_REPEAT_CUSTOMERS) {
            throw new ModelFitException(LifetimeValueModel.GAMMA_GAMMA, FitFailure.TOO_FEW_OBSERVATIONS,
                    String.format("got %d repeat customers, but the three parameters need at least %d",
                            repeaters.size(), MIN_REPEAT_CUSTOMERS));
        }
        for (CustomerSummary customer : repeaters) {
            if (customer.meanRepeatValue() <= 0) {
                throw new ModelFitException(LifetimeValueModel.GAMMA_GAMMA, FitFailure.INVALID_DATA, String.format(
                        "customer %s has %d repeat transactions of mean value %s; gamma-distributed spend must be "
                                + "positive, so remove zero-value transactions or this customer",
                        customer.customerId(), customer.frequency(), customer.meanRepeatValue()));
            }
        }
        LOG.debug("Fitting Gamma-Gamma to {} repeat customers of {}", repeaters.size(), customers.size());

        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximize(
                LifetimeValueModel.GAMMA_GAMMA,
                NAMES,
                parameters -> logLikelihood(new GammaGamma(parameters[0], parameters[1], parameters[2]), repeaters),
                START,
                "A parameter at the edge usually means the mean values barely vary, or vary wildly, across "
                        + "customers; check the amounts for unit or currency mix-ups.");
        double[] parameters = estimate.parameters();
        GammaGammaFit fit = new GammaGammaFit(
                new GammaGamma(parameters[0], parameters[1], parameters[2]), repeaters.size(), estimate.convergence());

        LOG.debug("Gamma-Gamma fit: {}, {}", fit.model(), fit.convergence());
        return fit;
    }

    private static double logLikelihood(GammaGamma model, List<CustomerSummary> repeaters) {
        double sum = 0.0;
        for (CustomerSummary customer : repeaters) {
            sum += model.logLikelihood(customer.frequency(), customer.meanRepeatValue());
        }
        return sum;
    }
}
