package io.idem.design.calibration;

import static java.util.Objects.requireNonNull;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the accounts that churned within a horizon after a date: accounts paying on the date (MRR
 * above 0) whose MRR is 0 on some day in (date, date + horizon]. MRR on a day is the sum of mrr of
 * the subscriptions active that day (start on or before it, end after it or open).
 *
 * <p>With amounts of 0 or more, MRR falls only on the end date of a paying subscription. Suppose
 * MRR is 0 on a day X of the window, and let e be the latest end date of a paying subscription in
 * (date, X]. A paying subscription active on e that ended after X would also be active on X. One
 * that ended in (e, X] would contradict the choice of e. So MRR is 0 on e too, and checking MRR on
 * each end date inside the window finds every churn.
 */
public final class ChurnOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(ChurnOutcomes.class);
    /** Amounts are kept in ten-thousandths, the scale of the money type, so sums are exact. */
    private static final int SCALE = 4;

    private final LocalDate asOf;
    private final LocalDate firstStart;
    private final Map<String, List<long[]>> subscriptions;

    private ChurnOutcomes(LocalDate asOf, LocalDate firstStart, Map<String, List<long[]>> subscriptions) {
        this.asOf = asOf;
        this.firstStart = firstStart;
        this.subscriptions = subscriptions;
    }

    /**
     * Reads the subscriptions of the workspace that start on or before {@code asOf}.
     *
     * @throws IllegalArgumentException when the workspace has no subscriptions source
     */
    public static ChurnOutcomes load(Store store, Workspace workspace, LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        Source source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow(() -> new IllegalArgumentException(
                "workspace '" + workspace.name() + "' has no source of kind subscriptions; churn outcomes need one with account_id, "
                        + "start_date, end_date and mrr"));
        SqlDialect dialect = store.dialect();
        boolean hasEnd = source.column("end_date").isPresent();
        String sql = "SELECT " + dialect.quoteIdentifier("account_id") + ", " + dialect.quoteIdentifier("start_date") + ", "
                + (hasEnd ? dialect.quoteIdentifier("end_date") : "NULL") + ", " + dialect.quoteIdentifier("mrr")
                + " FROM " + dialect.quoteIdentifier(source.tableName()) + " WHERE " + dialect.quoteIdentifier("start_date") + " <= ?"
                + " AND " + dialect.quoteIdentifier("account_id") + " IS NOT NULL";
        Map<String, List<long[]>> byAccount = new LinkedHashMap<>();
        LocalDate firstStart = null;
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, java.sql.Date.valueOf(asOf));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate start = rows.getObject(2, LocalDate.class);
                    LocalDate end = rows.getObject(3, LocalDate.class);
                    long amount = units(rows.getObject(4));
                    byAccount.computeIfAbsent(rows.getString(1), a -> new ArrayList<>())
                            .add(new long[] {start.toEpochDay(), end == null ? Long.MAX_VALUE : end.toEpochDay(), amount});
                    firstStart = firstStart == null || start.isBefore(firstStart) ? start : firstStart;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read subscriptions from " + source.tableName() + " for churn outcomes: " + e.getMessage(), e);
        }
        LOG.info("Loaded subscriptions of {} accounts for churn outcomes up to {}", byAccount.size(), asOf);
        return new ChurnOutcomes(asOf, firstStart, byAccount);
    }

    /** Returns the earliest subscription start, or null when there are no subscriptions. */
    public LocalDate firstStart() {
        return firstStart;
    }

    /** Returns the accounts whose MRR on {@code date} is above 0. */
    public Set<String> paying(LocalDate date) {
        long day = date.toEpochDay();
        Set<String> paying = new HashSet<>();
        subscriptions.forEach((account, rows) -> {
            if (mrrOn(rows, day) > 0) {
                paying.add(account);
            }
        });
        return paying;
    }

    /**
     * Returns the accounts paying on {@code date} whose MRR is 0 on some day in (date, date + horizonDays].
     *
     * @throws IllegalArgumentException when the window ends after the as-of date, because later
     *     subscriptions were not read and a restart after the as-of date would be missed
     */
    public Set<String> churned(LocalDate date, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        LocalDate windowEnd = date.plusDays(horizonDays);
        if (windowEnd.isAfter(asOf)) {
            throw new IllegalArgumentException("the outcome window of " + date + " ends on " + windowEnd + ", after the as-of date "
                    + asOf + "; pick a date at least " + horizonDays + " days before it");
        }

        long day = date.toEpochDay();
        long lastDay = windowEnd.toEpochDay();
        Set<String> churned = new HashSet<>();
        subscriptions.forEach((account, rows) -> {
            if (mrrOn(rows, day) > 0 && dropsToZero(rows, day, lastDay)) {
                churned.add(account);
            }
        });
        return churned;
    }

    private static boolean dropsToZero(List<long[]> rows, long afterDay, long lastDay) {
        for (long[] row : rows) {
            long end = row[1];
            if (row[2] > 0 && end > afterDay && end <= lastDay && mrrOn(rows, end) == 0) {
                return true;
            }
        }
        return false;
    }

    private static long mrrOn(List<long[]> rows, long day) {
        long sum = 0;
        for (long[] row : rows) {
            if (row[0] <= day && row[1] > day) {
                sum = Math.addExact(sum, row[2]);
            }
        }
        return sum;
    }

    private static long units(Object amount) {
        if (amount == null) {
            return 0;
        }
        BigDecimal decimal = amount instanceof BigDecimal exact ? exact : new BigDecimal(amount.toString());
        return decimal.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
