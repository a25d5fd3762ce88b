package io.idem.design.workitem;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Expansion opportunities as working objects: list, move through stages, record the perceived
 * value (the CSM's or customer's estimate) and, when won, the booked MRR and the subscription that
 * booked it. A won opportunity stays linked to the play that created it, which attributes the
 * revenue to that play and its playbook.
 */
public final class OpportunityService {

    /** An opportunity with the play and playbook that created it. */
    public record OpportunityView(String opportunityId, String playId, String playbook, String startedBy, LocalDate playStartedOn,
                                  String accountId, String motion, String offer, BigDecimal expectedMrr, BigDecimal perceivedMrr,
                                  BigDecimal actualMrr, Stage stage, String owner, LocalDate createdOn, LocalDate closedOn,
                                  String closeReason, String bookedSubscriptionId, long version) {

        /** Expected MRR weighted by the stage's default probability. */
        public BigDecimal weightedMrr() {
            return expectedMrr.multiply(BigDecimal.valueOf(stage.probability())).setScale(2, java.math.RoundingMode.HALF_EVEN);
        }
    }

    private static final String SELECT = "SELECT o.opportunity_id, o.play_id, p.playbook_name, p.started_by, p.started_on, o.account_id, "
            + "o.motion, o.offer_name, o.expected_mrr, o.perceived_mrr, o.actual_mrr, o.stage, o.owner, o.created_on, o.closed_on, "
            + "o.close_reason, o.booked_subscription_id, o.version FROM opportunity o LEFT JOIN play p ON p.play_id = o.play_id";

    private final Store store;
    private final AuditTrail audit;

    public OpportunityService(Store store) {
        this.store = store;
        this.audit = new AuditTrail(store);
    }

    public List<OpportunityView> list(String owner, Stage stage) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (owner != null) {
            sql.append(" AND o.owner = ?");
            parameters.add(owner);
        }
        if (stage != null) {
            sql.append(" AND o.stage = ?");
            parameters.add(stage.configName());
        }
        sql.append(" ORDER BY o.created_on, o.account_id, o.offer_name");
        List<OpportunityView> opportunities = new ArrayList<>();
        try (PreparedStatement select = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    opportunities.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list opportunities: " + e.getMessage(), e);
        }
        return opportunities;
    }

    public OpportunityView get(String opportunityId) {
        try (PreparedStatement select = store.connection().prepareStatement(SELECT + " WHERE o.opportunity_id = ?")) {
            select.setString(1, opportunityId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new WorkItemException(WorkItemException.Reason.NOT_FOUND, "opportunity '" + opportunityId
                            + "' not found; list them with 'idem opportunities list'");
                }
                return read(rows);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read opportunity " + opportunityId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves an opportunity to a stage. Won needs the booked MRR (above 0) and may name the
     * subscription that booked it; lost needs a reason. A closed opportunity does not move.
     */
    public OpportunityView move(String opportunityId, Stage stage, String by, Long expectedVersion, BigDecimal actualMrr,
                                String subscriptionId, String reason, LocalDate day) {
        OpportunityView current = get(opportunityId);
        if (current.stage().closed()) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "opportunity " + opportunityId + " is already "
                    + current.stage().configName() + " (closed on " + current.closedOn() + "); it cannot move");
        }
        if (stage == Stage.WON && (actualMrr == null || actualMrr.signum() <= 0)) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "a won opportunity needs the booked MRR above 0: "
                    + "add --actual-mrr AMOUNT");
        }
        if (stage == Stage.LOST && (reason == null || reason.isBlank())) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "a lost opportunity needs a reason: add --reason TEXT");
        }
        LocalDate closedOn = stage.closed() ? day : null;
        return change(current, by, expectedVersion, stage, stage == Stage.WON ? actualMrr : current.actualMrr(), current.perceivedMrr(),
                closedOn, reason == null ? current.closeReason() : reason, subscriptionId == null ? current.bookedSubscriptionId() : subscriptionId);
    }

    /** Records the perceived value: what the CSM estimates or the customer states the expansion is worth per month. */
    public OpportunityView setPerceived(String opportunityId, BigDecimal perceivedMrr, String by, Long expectedVersion) {
        if (perceivedMrr == null || perceivedMrr.signum() < 0) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "the perceived MRR must be 0 or more, was " + perceivedMrr);
        }
        OpportunityView current = get(opportunityId);
        return change(current, by, expectedVersion, current.stage(), current.actualMrr(), perceivedMrr, current.closedOn(),
                current.closeReason(), current.bookedSubscriptionId());
    }

    private OpportunityView change(OpportunityView current, String by, Long expectedVersion, Stage stage, BigDecimal actualMrr,
                                   BigDecimal perceivedMrr, LocalDate closedOn, String reason, String subscriptionId) {
        TaskService.requireBy(by);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        String id = current.opportunityId();
        String sql = "UPDATE opportunity SET stage = ?, actual_mrr = ?, perceived_mrr = ?, closed_on = ?, close_reason = ?, "
                + "booked_subscription_id = ?, version = version + 1 WHERE opportunity_id = ? AND version = ?";
        VersionedUpdate.run(store, "opportunity", id, version, sql,
                java.util.Arrays.asList(stage.configName(), actualMrr, perceivedMrr, closedOn, reason, subscriptionId),
                () -> get(id).version(), newVersion -> {
                    audit.record("opportunity", id, "stage", current.stage().configName(), stage.configName(), by, newVersion);
                    audit.record("opportunity", id, "actual_mrr", current.actualMrr(), actualMrr, by, newVersion);
                    audit.record("opportunity", id, "perceived_mrr", current.perceivedMrr(), perceivedMrr, by, newVersion);
                    audit.record("opportunity", id, "close_reason", current.closeReason(), reason, by, newVersion);
                    audit.record("opportunity", id, "booked_subscription_id", current.bookedSubscriptionId(), subscriptionId, by, newVersion);
                });
        return get(current.opportunityId());
    }

    private static OpportunityView read(ResultSet rows) throws SQLException {
        return new OpportunityView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getObject(5, LocalDate.class), rows.getString(6), rows.getString(7), rows.getString(8), rows.getBigDecimal(9),
                rows.getBigDecimal(10), rows.getBigDecimal(11), Stage.parse(rows.getString(12)), rows.getString(13),
                rows.getObject(14, LocalDate.class), rows.getObject(15, LocalDate.class), rows.getString(16), rows.getString(17),
                rows.getLong(18));
    }
}
