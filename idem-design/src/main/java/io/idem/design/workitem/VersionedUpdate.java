package io.idem.design.workitem;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * One change to a task or opportunity under optimistic concurrency: the UPDATE applies only while
 * the row still has the version the caller read, bumps it, and the audit records are written in
 * the same transaction. A stale version rolls everything back and raises CONCURRENT_CHANGE. When
 * the connection is already inside a transaction, the change joins it and the caller commits.
 */
final class VersionedUpdate {

    private VersionedUpdate() {
    }

    /**
     * Runs {@code sql}, whose parameters are {@code values} followed by the object's id and the
     * expected version, then {@code audit} with the new version, and commits.
     *
     * @param currentVersion reads the row's version now, for the conflict message
     */
    static void run(Store store, String objectType, String id, long version, String sql, List<Object> values,
                    LongSupplier currentVersion, LongConsumer audit) {
        Connection connection = store.connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                // Inside a caller's transaction (a run's playbook step): it commits or rolls back as a whole.
                runInCallerTransaction(connection, objectType, id, version, sql, values, currentVersion, audit);
                return;
            }
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                if (bind(update, values, id, version).executeUpdate() == 0) {
                    connection.rollback();
                    throw new WorkItemException(WorkItemException.Reason.CONCURRENT_CHANGE, objectType + " " + id
                            + " changed since version " + version + " (now version " + currentVersion.getAsLong()
                            + "); list it again and retry");
                }
                audit.accept(version + 1);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot change " + objectType + " " + id + ": " + e.getMessage(), e);
        }
    }

    private static void runInCallerTransaction(Connection connection, String objectType, String id, long version, String sql,
                                               List<Object> values, LongSupplier currentVersion, LongConsumer audit) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            if (bind(update, values, id, version).executeUpdate() == 0) {
                throw new WorkItemException(WorkItemException.Reason.CONCURRENT_CHANGE, objectType + " " + id
                        + " changed since version " + version + " (now version " + currentVersion.getAsLong() + "); list it again and retry");
            }
        }
        audit.accept(version + 1);
    }

    /** Sets {@code values}, then the object's id and the expected version, as the statement's parameters. */
    private static PreparedStatement bind(PreparedStatement update, List<Object> values, String id, long version) throws SQLException {
        int index = 1;
        for (Object value : values) {
            update.setObject(index++, value instanceof java.time.LocalDate date ? java.sql.Date.valueOf(date) : value);
        }
        update.setString(index++, id);
        update.setLong(index, version);
        return update;
    }
}
