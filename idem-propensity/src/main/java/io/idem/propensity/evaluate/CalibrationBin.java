package io.idem.propensity.evaluate;

/**
 * One decile of rows by predicted probability: how many rows, their mean prediction, the share that took the
 * offer, and the range of predictions in it.
 */
public record CalibrationBin(int decile, int count, double meanPredicted, double observedRate,
        double minPredicted, double maxPredicted) {

    public CalibrationBin {
        if (decile < 1 || decile > Calibration.BINS) {
            throw new IllegalArgumentException("decile " + decile + " is outside 1.." + Calibration.BINS);
        }
        if (count < 1) {
            throw new IllegalArgumentException("decile " + decile + " has no rows");
        }
    }
}
