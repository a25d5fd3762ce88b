package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.Convergence;

/**
 * Maximum likelihood Gamma-Gamma fit.
 *
 * @param model fitted parameters
 * @param customers repeat customers in the fit
 * @param convergence diagnostics of the optimiser
 */
public record GammaGammaFit(GammaGamma model, int customers, Convergence convergence) {

    public GammaGammaFit {
        requireNonNull(model, "model is null");
        requireNonNull(convergence, "convergence is null");
        if (customers < 0) {
            throw new IllegalArgumentException("customers is negative: " + customers);
        }
    }
}
