package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the BG/NBD and Gamma-Gamma inputs (x, t_x, T, mean repeat value) from raw transactions, the way Fader,
 * Hardie and Lee (2005) built them from the CDNOW data.
 *
 * <p>Purchases of one customer on one day are merged into one transaction whose value is their sum, because the
 * models count purchase occasions. Times are whole days divided by 7, so they are in weeks. The calibration end is
 * the last day included: with the CDNOW default of 39 weeks from 1997-01-01 it is 1997-09-30, and a customer
 * whose first purchase was on 1997-01-01 has T = 272 / 7 = 38.86 weeks.
 */
public final class RfmSummarizer {
    /** Length of the CDNOW calibration period in weeks. */
    public static final int DEFAULT_CALIBRATION_WEEKS = 39;
    private static final double DAYS_PER_WEEK = 7.0;
    private static final Logger LOG = LoggerFactory.getLogger(RfmSummarizer.class);

    private RfmSummarizer() {
    }

    /**
     * Returns the last day of a calibration period of {@link #DEFAULT_CALIBRATION_WEEKS} weeks that starts on
     * {@code firstTransaction}: 39 weeks later minus one day, since the end day is included.
     */
    public static LocalDate defaultCalibrationEnd(LocalDate firstTransaction) {
        return firstTransaction.plusWeeks(DEFAULT_CALIBRATION_WEEKS).minusDays(1);
    }

    /**
     * Summarises every customer whose first purchase is on or before {@code calibrationEnd}, using only purchases
     * up to and including that day.
     *
     * @throws IllegalArgumentException if {@code transactions} is empty or {@code calibrationEnd} is before the
     *     earliest transaction
     */
    public static RfmSummary summarize(Collection<Transaction> transactions, LocalDate calibrationEnd) {
        requireNonNull(transactions, "transactions is null");
        requireNonNull(calibrationEnd, "calibrationEnd is null");
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("no transactions to summarise");
        }

        Map<String, NavigableMap<LocalDate, Double>> dailyTotals = new TreeMap<>();
        for (Transaction transaction : transactions) {
            dailyTotals.computeIfAbsent(transaction.customerId(), id -> new TreeMap<>())
                    .merge(transaction.date(), transaction.amount(), Double::sum);
        }
        LocalDate firstTransaction = dailyTotals.values().stream()
                .map(NavigableMap::firstKey).min(LocalDate::compareTo).orElseThrow();
        if (calibrationEnd.isBefore(firstTransaction)) {
            throw new IllegalArgumentException("calibration end " + calibrationEnd
                    + " is before the first transaction on " + firstTransaction);
        }

        List<CustomerSummary> customers = new ArrayList<>();
        int afterCalibration = 0;
        for (Map.Entry<String, NavigableMap<LocalDate, Double>> entry : dailyTotals.entrySet()) {
            if (entry.getValue().firstKey().isAfter(calibrationEnd)) {
                afterCalibration++;
            } else {
                customers.add(summarizeCustomer(entry.getKey(), entry.getValue(), calibrationEnd));
            }
        }

        LOG.debug("Summarised {} transactions into {} customers up to {}; {} customers start later",
                transactions.size(), customers.size(), calibrationEnd, afterCalibration);
        return new RfmSummary(customers, firstTransaction, calibrationEnd, afterCalibration);
    }

    private static CustomerSummary summarizeCustomer(
            String customerId, NavigableMap<LocalDate, Double> dailyTotals, LocalDate calibrationEnd) {
        LocalDate first = dailyTotals.firstKey();
        NavigableMap<LocalDate, Double> repeats = dailyTotals.subMap(first, false, calibrationEnd, true);
        double age = weeksBetween(first, calibrationEnd);
        if (repeats.isEmpty()) {
            return new CustomerSummary(customerId, 0, 0.0, age, 0.0);
        }

        double total = repeats.values().stream().mapToDouble(Double::doubleValue).sum();
        double recency = weeksBetween(first, repeats.lastKey());
        return new CustomerSummary(customerId, repeats.size(), recency, age, total / repeats.size());
    }

    private static double weeksBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_WEEK;
    }
}
