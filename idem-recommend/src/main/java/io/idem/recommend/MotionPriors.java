package io.idem.recommend;

import io.idem.workspace.Motion;

/**
 * The probability an offer gets when neither a propensity model nor an affinity rule gives one. The defaults are
 * conservative guesses, not measured rates: replace them with the take rates of past offers where known.
 *
 * @param upsell for the next plan, more seats and add-ons
 * @param crossSell for another product
 * @param bundle for a bundle
 */
public record MotionPriors(double upsell, double crossSell, double bundle) {

    public static final MotionPriors DEFAULTS = new MotionPriors(0.10, 0.05, 0.03);

    public MotionPriors {
        check("upsell", upsell);
        check("cross_sell", crossSell);
        check("bundle", bundle);
    }

    public double of(Motion motion) {
        return switch (motion) {
            case UPSELL -> upsell;
            case CROSS_SELL -> crossSell;
            case BUNDLE -> bundle;
        };
    }

    private static void check(String motion, double prior) {
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior probability for " + motion + " must be from 0 to 1, got " + prior);
        }
    }
}
