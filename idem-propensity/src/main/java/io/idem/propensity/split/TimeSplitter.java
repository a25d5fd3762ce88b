package io.idem.propensity.split;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.snapshot.LeakageException;
import io.idem.propensity.snapshot.Outcome;
import io.idem.propensity.snapshot.SnapshotDataset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Time-based split: train on snapshots up to {@code trainThrough}, test on snapshots from {@code testFrom}.
 * Rows with a snapshot strictly between the two dates are left out.
 *
 * <p>The split is rejected with a {@link LeakageException} when the outcome window of any training row ends on
 * or after {@code testFrom}: such a label would be read from the test period. With 90-day windows that means
 * {@code testFrom} must be at least 91 days after the last training snapshot.
 *
 * <p>The validation slice for early stopping is the latest training snapshot dates, taken from the newest back
 * until they hold at least {@code validationFraction} of the training rows. NOTE: outcome windows of the fit
 * rows may overlap the validation snapshots. Validation only picks the number of boosting rounds, and the test
 * rows stay after every training outcome window, so the overlap may bias the choice of rounds but not the test
 * metrics.
 */
public final class TimeSplitter {

    private final LocalDate trainThrough;
    private final LocalDate testFrom;
    private final double validationFraction;

    public TimeSplitter(LocalDate trainThrough, LocalDate testFrom, double validationFraction) {
        this.trainThrough = requireNonNull(trainThrough, "trainThrough is null");
        this.testFrom = requireNonNull(testFrom, "testFrom is null");
        if (!testFrom.isAfter(trainThrough)) {
            throw new IllegalArgumentException("test period starts on " + testFrom + ", not after the last training"
                    + " snapshot " + trainThrough);
        }
        if (!(validationFraction > 0.0 && validationFraction < 1.0)) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " is outside (0, 1)");
        }
        this.validationFraction = validationFraction;
    }

    /**
     * Splits {@code data}.
     *
     * @throws LeakageException when a training outcome window reaches into the test period
     * @throws IllegalArgumentException when a partition would be empty, or the training period has a single
     *     snapshot date and so leaves nothing to fit once the validation slice is taken
     */
    public Split split(SnapshotDataset data) {
        int[] training = rowsWhere(data, row -> !data.snapshotDate(row).isAfter(trainThrough));
        int[] test = rowsWhere(data, row -> !data.snapshotDate(row).isBefore(testFrom));
        requireWindowsBeforeTest(data, training);

        LocalDate validationFrom = validationStart(data, training);
        int[] fit = Arrays.stream(training).filter(row -> data.snapshotDate(row).isBefore(validationFrom)).toArray();
        int[] validation = Arrays.stream(training)
                .filter(row -> !data.snapshotDate(row).isBefore(validationFrom)).toArray();
        if (fit.length == 0 || test.length == 0) {
            throw new IllegalArgumentException("the time split leaves " + fit.length + " rows to fit and "
                    + test.length + " rows to test; check trainThrough " + trainThrough + " and testFrom " + testFrom
                    + " against the snapshot dates of the data");
        }

        Dataset fitData = data.dataset().select(fit);
        Dataset validationData = data.dataset().select(validation);
        Dataset testData = data.dataset().select(test);
        Map<String, String> settings = new TreeMap<>();
        settings.put("train_through", trainThrough.toString());
        settings.put("validation_from", validationFrom.toString());
        settings.put("test_from", testFrom.toString());
        int unused = data.rowCount() - training.length - test.length;
        SplitSummary summary = new SplitSummary("time", settings, fitData.rowCount(), fitData.positives(),
                validationData.rowCount(), validationData.positives(), testData.rowCount(), testData.positives(),
                unused);
        return new Split(data.dataset().select(training), fitData, validationData, testData, summary);
    }

    /** Rejects the split when the latest-ending outcome window of a training row reaches the test period. */
    private void requireWindowsBeforeTest(SnapshotDataset data, int[] training) {
        int latest = -1;
        for (int row : training) {
            if (latest < 0 || data.outcome(row).windowEnd().isAfter(data.outcome(latest).windowEnd())) {
                latest = row;
            }
        }
        if (latest < 0) {
            return;
        }
        Outcome outcome = data.outcome(latest);
        if (!outcome.windowEnd().isBefore(testFrom)) {
            throw new LeakageException("training row of account " + data.dataset().features().rowId(latest)
                    + " at snapshot " + data.snapshotDate(latest) + " has an outcome window through "
                    + outcome.windowEnd() + ", which overlaps the test period starting " + testFrom
                    + ", so its label would be read from the test period. Fix: end training at an earlier snapshot,"
                    + " or start the test period after " + outcome.windowEnd() + ".");
        }
    }

    /** Returns the earliest snapshot date of the validation slice. */
    private LocalDate validationStart(SnapshotDataset data, int[] training) {
        TreeMap<LocalDate, Integer> rowsPerDate = new TreeMap<>();
        for (int row : training) {
            rowsPerDate.merge(data.snapshotDate(row), 1, Integer::sum);
        }
        if (rowsPerDate.size() < 2) {
            throw new IllegalArgumentException("the training period up to " + trainThrough + " has "
                    + rowsPerDate.size() + " snapshot date(s); give at least two, so that the latest can serve"
                    + " as the validation slice");
        }

        double wanted = validationFraction * training.length;
        int taken = 0;
        LocalDate start = rowsPerDate.lastKey();
        for (Map.Entry<LocalDate, Integer> entry : rowsPerDate.descendingMap().entrySet()) {
            if (taken >= wanted || entry.getKey().equals(rowsPerDate.firstKey())) {
                break;
            }
            start = entry.getKey();
            taken += entry.getValue();
        }
        return start;
    }

    private static int[] rowsWhere(SnapshotDataset data, IntPredicate predicate) {
        return IntStream.range(0, data.rowCount()).filter(predicate).toArray();
    }
}
