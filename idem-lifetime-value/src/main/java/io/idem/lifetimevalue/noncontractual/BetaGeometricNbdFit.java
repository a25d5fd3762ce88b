package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.Convergence;

/**
 * Maximum likelihood BG/NBD fit.
 *
 * @param model fitted parameters
 * @param customers customers in the fit
 * @param repeatCustomers customers with at least one repeat purchase
 * @param convergence diagnostics of the optimiser
 */
public record BetaGeometricNbdFit(BetaGeometricNbd model, int customers, int repeatCustomers, Convergence convergence) {

    public BetaGeometricNbdFit {
        requireNonNull(model, "model is null");
        requireNonNull(convergence, "convergence is null");
        if (repeatCustomers < 0 || repeatCustomers > customers) {
            throw new IllegalArgumentException(
                    "repeatCustomers must lie in [0, " + customers + "], got " + repeatCustomers);
        }
    }
}
