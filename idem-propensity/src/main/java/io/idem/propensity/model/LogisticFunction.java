package io.idem.propensity.model;

/** The logistic function and the log-partition term of the Bernoulli log-likelihood, stable for large |eta|. */
final class LogisticFunction {

    private LogisticFunction() {
    }

    static double probability(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }

    /** Returns log(1 + exp(eta)) without overflow. */
    static double logOnePlusExp(double eta) {
        return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    }
}
