package io.idem.experiment.exposure;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentDefinition;
import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exposures of accounts to experiment variants, kept in the store table {@code experiment_exposure} with one
 * row per experiment and account: the first exposure wins, and a later one to the same variant only moves
 * the time earlier. Every statement binds its values as parameters and runs unchanged on DuckDB and
 * PostgreSQL.
 *
 * <p>NOTE: the table is created here with CREATE TABLE IF NOT EXISTS because this module owns no Flyway
 * migration; once a migration defines it, {@link #DDL} can go.
 */
public final class ExposureRepository {

    /** Name of the exposure table. */
    public static final String TABLE = "experiment_exposure";

    /** Table definition; VARCHAR(n), TIMESTAMP and a composite primary key mean the same on both engines. */
    static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "experiment_id VARCHAR(100) NOT NULL, "
            + "account_id VARCHAR(" + Exposure.MAX_ACCOUNT_ID + ") NOT NULL, "
            + "variant VARCHAR(100) NOT NULL, "
            + "exposed_at TIMESTAMP NOT NULL, "
            + "PRIMARY KEY (experiment_id, account_id))";

    private static final Logger LOG = LoggerFactory.getLogger(ExposureRepository.class);

    private final Store store;

    /**
     * Opens the repository on a store and creates the exposure table if it is missing.
     *
     * @throws StoreException when the table cannot be created
     */
    public ExposureRepository(Store store) {
        this.store = requireNonNull(store, "store is null");
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(DDL);
        } catch (SQLException e) {
            throw new StoreException("cannot create table " + TABLE + " in store " + store.location().describe()
                    + ": " + e.getMessage() + "; check that the store is writable", e);
        }
    }

    /**
     * Records one exposure.
     *
     * @throws ExposureConflictException when the account was exposed to another variant of the experiment
     * @throws StoreException when the store cannot be read or written
     */
    public RecordOutcome record(Exposure exposure) {
        requireNonNull(exposure, "exposure is null");
        try {
            return recordRow(exposure);
        } catch (SQLException e) {
            throw failure("record the exposure of account " + exposure.accountId() + " in experiment "
                    + exposure.experimentId(), e);
        }
    }

    /**
     * Records exposures in one transaction: all of them or, when one conflicts or fails, none.
     *
     * @return how many accounts were exposed for the first time
     * @throws ExposureConflictException when an account was exposed to another variant of its experiment
     */
    public int recordAll(Collection<Exposure> exposures) {
        requireNonNull(exposures, "exposures is null");
        Connection connection = store.connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int recorded = 0;
                for (Exposure exposure : exposures) {
                    if (recordRow(exposure) == RecordOutcome.RECORDED) {
                        recorded++;
                    }
                }
                connection.commit();
                LOG.info("Recorded {} new exposure(s) of {} given in store {}", recorded, exposures.size(),
                        store.location().describe());
                return recorded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("record " + exposures.size() + " exposures", e);
        }
    }

    /** Returns the exposures of an experiment ordered by time, then account id; empty when there are none. */
    public List<Exposure> exposures(String experimentId) {
        ExperimentDefinition.requireExperimentId(experimentId);
        String sql = "SELECT account_id, variant, exposed_at FROM " + TABLE
                + " WHERE experiment_id = ? ORDER BY exposed_at, account_id";
        List<Exposure> exposures = new ArrayList<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, experimentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    exposures.add(new Exposure(experimentId, rows.getString(1), rows.getString(2),
                            toInstant(rows.getObject(3, LocalDateTime.class))));
                }
            }
        } catch (SQLException e) {
            throw failure("read the exposures of experiment " + experimentId, e);
        }
        return exposures;
    }

    /** Returns the number of exposed accounts per variant, ordered by variant name. */
    public Map<String, Long> countsByVariant(String experimentId) {
        ExperimentDefinition.requireExperimentId(experimentId);
        String sql = "SELECT variant, COUNT(*) FROM " + TABLE + " WHERE experiment_id = ? GROUP BY variant"
                + " ORDER BY variant";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, experimentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw failure("count the exposures of experiment " + experimentId, e);
        }
        return counts;
    }

    private RecordOutcome recordRow(Exposure exposure) throws SQLException {
        Optional<String> existing = existingVariant(exposure);
        if (existing.isEmpty()) {
            String sql = "INSERT INTO " + TABLE + " (experiment_id, account_id, variant, exposed_at)"
                    + " VALUES (?, ?, ?, ?)" + store.dialect().insertIgnoreSuffix("experiment_id, account_id");
            try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
                statement.setString(1, exposure.experimentId());
                statement.setString(2, exposure.accountId());
                statement.setString(3, exposure.variant());
                statement.setObject(4, toTimestamp(exposure.exposedAt()));
                if (statement.executeUpdate() == 1) {
                    return RecordOutcome.RECORDED;
                }
            }
            // Another writer inserted the row between the read and the insert: compare with its variant.
            existing = existingVariant(exposure);
        }

        String variant = existing.orElseThrow();
        if (!variant.equals(exposure.variant())) {
            throw new ExposureConflictException("account " + exposure.accountId() + " was exposed to variant "
                    + variant + " of experiment " + exposure.experimentId() + " and now to " + exposure.variant()
                    + "; the assignment changed after the start, so keep the weights, their order and the"
                    + " experiment id fixed, or start a new experiment id");
        }
        String sql = "UPDATE " + TABLE + " SET exposed_at = ? WHERE experiment_id = ? AND account_id = ?"
                + " AND exposed_at > ?";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            LocalDateTime time = toTimestamp(exposure.exposedAt());
            statement.setObject(1, time);
            statement.setString(2, exposure.experimentId());
            statement.setString(3, exposure.accountId());
            statement.setObject(4, time);
            statement.executeUpdate();
        }
        return RecordOutcome.ALREADY_EXPOSED;
    }

    private Optional<String> existingVariant(Exposure exposure) throws SQLException {
        String sql = "SELECT variant FROM " + TABLE + " WHERE experiment_id = ? AND account_id = ?";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, exposure.experimentId());
            statement.setString(2, exposure.accountId());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " in store " + store.location().describe() + ": "
                + e.getMessage(), e);
    }

    /**
     * Converts to the UTC wall-clock time the TIMESTAMP column holds, truncated to the microsecond both
     * engines keep. It is bound as a LocalDateTime, so the JVM time zone never shifts it.
     */
    static LocalDateTime toTimestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant toInstant(LocalDateTime timestamp) {
        return timestamp.toInstant(ZoneOffset.UTC);
    }
}
