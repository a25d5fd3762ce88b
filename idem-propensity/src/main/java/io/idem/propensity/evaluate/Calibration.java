package io.idem.propensity.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Calibration by decile: rows sorted by predicted probability (ties in input order) and cut into ten groups of
 * equal size, within one row. Decile {@code d} (1..10) contains sorted rows {@code floor((d-1) n / 10)} up to
 * {@code floor(d n / 10)}, exclusive. A calibrated model has mean predicted close to the observed rate in each.
 * With fewer than ten rows some deciles are empty and left out.
 */
public final class Calibration {

    static final int BINS = 10;

    private Calibration() {
    }

    /** Computes the non-empty deciles; throws IllegalArgumentException for unequal lengths. */
    public static List<CalibrationBin> deciles(double[] probabilities, boolean[] labels) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities but " + labels.length
                    + " labels");
        }
        int n = probabilities.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer row) -> probabilities[row]))
                .mapToInt(Integer::intValue).toArray();

        List<CalibrationBin> bins = new ArrayList<>(BINS);
        for (int decile = 1; decile <= BINS; decile++) {
            int from = (int) ((long) (decile - 1) * n / BINS);
            int to = (int) ((long) decile * n / BINS);
            if (to > from) {
                bins.add(bin(decile, order, from, to, probabilities, labels));
            }
        }
        return bins;
    }

    private static CalibrationBin bin(int decile, int[] order, int from, int to, double[] probabilities,
            boolean[] labels) {
        double predicted = 0.0;
        int took = 0;
        for (int i = from; i < to; i++) {
            predicted += probabilities[order[i]];
            if (labels[order[i]]) {
                took++;
            }
        }
        int count = to - from;
        return new CalibrationBin(decile, count, predicted / count, (double) took / count,
                probabilities[order[from]], probabilities[order[to - 1]]);
    }
}
