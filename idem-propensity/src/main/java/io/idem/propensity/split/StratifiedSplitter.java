package io.idem.propensity.split;

import io.idem.propensity.data.Dataset;
import java.util.Arrays;
import java.util.Map;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.MathArrays;

/**
 * Seeded random split that keeps the share of positives equal across partitions. For data without dates,
 * where a time-based split is impossible: it measures how well the model ranks accounts it has not seen, not
 * how well it predicts the future.
 */
public final class StratifiedSplitter {

    private final double testFraction;
    private final double validationFraction;
    private final long seed;

    /**
     * @param testFraction share of each class held out for the test partition, in (0, 1)
     * @param validationFraction share of the remaining rows of each class held out for early stopping, in (0, 1)
     * @param seed seed of the Well19937c generator that shuffles each class
     */
    public StratifiedSplitter(double testFraction, double validationFraction, long seed) {
        requireFraction("test fraction", testFraction);
        requireFraction("validation fraction", validationFraction);
        this.testFraction = testFraction;
        this.validationFraction = validationFraction;
        this.seed = seed;
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " " + value + " is outside (0, 1); give a share such as 0.2");
        }
    }

    /** Splits {@code data}; throws IllegalArgumentException when a partition would be empty. */
    public Split split(Dataset data) {
        int[] positives = rowsWithLabel(data, true);
        int[] negatives = rowsWithLabel(data, false);
        RandomGenerator random = new Well19937c(seed);
        MathArrays.shuffle(positives, random);
        MathArrays.shuffle(negatives, random);

        int testPositives = (int) Math.round(positives.length * testFraction);
        int testNegatives = (int) Math.round(negatives.length * testFraction);
        int validationPositives = (int) Math.round((positives.length - testPositives) * validationFraction);
        int validationNegatives = (int) Math.round((negatives.length - testNegatives) * validationFraction);

        int[] test = concatSorted(positives, 0, testPositives, negatives, 0, testNegatives);
        int[] validation = concatSorted(positives, testPositives, testPositives + validationPositives,
                negatives, testNegatives, testNegatives + validationNegatives);
        int[] fit = concatSorted(positives, testPositives + validationPositives, positives.length,
                negatives, testNegatives + validationNegatives, negatives.length);
        if (fit.length == 0 || validation.length == 0 || test.length == 0) {
            throw new IllegalArgumentException(data.rowCount() + " rows are too few to split into fit ("
                    + fit.length + "), validation (" + validation.length + ") and test (" + test.length + ") rows");
        }

        int[] training = concatSorted(fit, 0, fit.length, validation, 0, validation.length);
        Dataset fitData = data.select(fit);
        Dataset validationData = data.select(validation);
        Dataset testData = data.select(test);
        SplitSummary summary = new SplitSummary("stratified_random",
                Map.of("seed", Long.toString(seed), "test_fraction", Double.toString(testFraction),
                        "validation_fraction", Double.toString(validationFraction)),
                fitData.rowCount(), fitData.positives(), validationData.rowCount(), validationData.positives(),
                testData.rowCount(), testData.positives(), 0);
        return new Split(data.select(training), fitData, validationData, testData, summary);
    }

    private static int[] rowsWithLabel(Dataset data, boolean label) {
        int[] rows = new int[data.rowCount()];
        int count = 0;
        for (int row = 0; row < data.rowCount(); row++) {
            if (data.label(row) == label) {
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /** Joins {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} in ascending row order, keeping the file order. */
    private static int[] concatSorted(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int[] joined = new int[(aTo - aFrom) + (bTo - bFrom)];
        System.arraycopy(a, aFrom, joined, 0, aTo - aFrom);
        System.arraycopy(b, bFrom, joined, aTo - aFrom, bTo - bFrom);
        Arrays.sort(joined);
        return joined;
    }
}
