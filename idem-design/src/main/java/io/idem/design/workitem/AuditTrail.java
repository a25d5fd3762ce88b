package io.idem.design.workitem;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Who changed which field of a task or opportunity, when, from what and to what. */
public final class AuditTrail {

    /** One recorded change; {@code version} is the object's version after it. */
    public record Event(String objectType, String objectId, String field, String oldValue, String newValue, String changedBy,
                        LocalDateTime changedAt, long version) {
    }

    private final Store store;

    public AuditTrail(Store store) {
        this.store = store;
    }

    void record(String objectType, String objectId, String field, Object oldValue, Object newValue, String changedBy, long version) {
        if (Objects.equals(text(oldValue), text(newValue))) {
            return;
        }
        String sql = "INSERT INTO audit_event (event_id, object_type, object_id, field_name, old_value, new_value, changed_by, changed_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = store.connection().prepareStatement(sql)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, objectType);
            insert.setString(3, objectId);
            insert.setString(4, field);
            insert.setString(5, text(oldValue));
            insert.setString(6, text(newValue));
            insert.setString(7, changedBy);
            insert.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now()));
            insert.setLong(9, version);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the change of " + objectType + " " + objectId + ": " + e.getMessage(), e);
        }
    }

    /** Records many changes with one bulk insert; each element is object id, field, old value, new value and version after. */
    void recordAll(String objectType, List<Object[]> changes, String changedBy) {
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Object[] change : changes) {
            if (Objects.equals(text(change[2]), text(change[3]))) {
                continue;
            }
            rows.add(new Object[] {UUID.randomUUID().toString(), objectType, change[0], change[1], text(change[2]), text(change[3]), changedBy,
                    now, ((Number) change[4]).longValue()});
        }
        store.insertRows("audit_event", List.of("event_id", "object_type", "object_id", "field_name", "old_value", "new_value", "changed_by",
                "changed_at", "version"), rows, null);
    }

    public List<Event> history(String objectId) {
        List<Event> events = new ArrayList<>();
        String sql = "SELECT object_type, object_id, field_name, old_value, new_value, changed_by, changed_at, version FROM audit_event "
                + "WHERE object_id = ? ORDER BY version, changed_at, field_name";
        try (PreparedStatement select = store.connection().prepareStatement(sql)) {
            select.setString(1, objectId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getTimestamp(7).toLocalDateTime(), rows.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + objectId + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
