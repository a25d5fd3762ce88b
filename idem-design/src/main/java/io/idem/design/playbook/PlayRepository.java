package io.idem.design.playbook;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.TeamMember;
import io.idem.workspace.Workspace;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Reads play history and writes a run's plays, tasks and opportunities. */
public final class PlayRepository {

    private final Store store;

    public PlayRepository(Store store) {
        this.store = store;
    }

    /** Returns, per playbook and account, the latest cooldown end of its plays. */
    public Map<String, Map<String, LocalDate>> loadCooldowns() {
        Map<String, Map<String, LocalDate>> cooldowns = new HashMap<>();
        String sql = "SELECT playbook_name, account_id, MAX(cooldown_until) FROM play GROUP BY playbook_name, account_id";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cooldowns.computeIfAbsent(rows.getString(1), p -> new HashMap<>())
                        .put(rows.getString(2), rows.getObject(3, LocalDate.class));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read play cooldowns: " + e.getMessage(), e);
        }
        return cooldowns;
    }

    /** Returns, per team, how many plays its members own, which is where round-robin resumes. */
    public Map<String, Integer> loadAssignmentCounts(Workspace workspace) {
        Map<String, Integer> byOwner = new HashMap<>();
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT owner, COUNT(*) FROM play WHERE owner IS NOT NULL GROUP BY owner");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byOwner.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read play owners: " + e.getMessage(), e);
        }
        Map<String, Integer> byTeam = new HashMap<>();
        for (TeamMember member : workspace.team()) {
            byTeam.merge(member.team(), byOwner.getOrDefault(member.name(), 0), Integer::sum);
        }
        return byTeam;
    }

    /** Inserts the plan's rows; a play whose de-duplication key exists already is left as it is. */
    public void save(PlayPlan plan, String runId) {
        Connection connection = store.connection();
        String ignore = store.dialect().insertIgnoreSuffix("play_id");
        try (PreparedStatement play = connection.prepareStatement(
                "INSERT INTO play (play_id, dedup_key, playbook_name, account_id, started_by, started_on, cooldown_until, status, run_id, owner) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + ignore);
             PreparedStatement task = connection.prepareStatement(
                     "INSERT INTO task (task_id, play_id, step_name, title, owner, due_on, status, created_on, version) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)" + store.dialect().insertIgnoreSuffix("task_id"));
             PreparedStatement opportunity = connection.prepareStatement(
                     "INSERT INTO opportunity (opportunity_id, play_id, account_id, motion, offer_name, expected_mrr, stage, owner, "
                             + "created_on, run_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                             + store.dialect().insertIgnoreSuffix("opportunity_id"))) {
            for (Play p : plan.plays()) {
                play.setString(1, p.playId());
                play.setString(2, p.dedupKey());
                play.setString(3, p.playbook());
                play.setString(4, p.accountId());
                play.setString(5, p.startedBy());
                play.setObject(6, Date.valueOf(p.startedOn()));
                play.setObject(7, Date.valueOf(p.cooldownUntil()));
                play.setString(8, p.status());
                play.setString(9, runId);
                play.setString(10, p.owner());
                play.addBatch();
            }
            play.executeBatch();
            Map<String, LocalDate> startDates = new HashMap<>();
            plan.plays().forEach(p -> startDates.put(p.playId(), p.startedOn()));
            for (Task t : plan.tasks()) {
                task.setString(1, t.taskId());
                task.setString(2, t.playId());
                task.setString(3, t.step());
                task.setString(4, t.title());
                task.setString(5, t.owner());
                task.setObject(6, Date.valueOf(t.dueOn()));
                task.setString(7, t.status());
                task.setObject(8, Date.valueOf(startDates.get(t.playId())));
                task.addBatch();
            }
            task.executeBatch();
            for (Opportunity o : plan.opportunities()) {
                opportunity.setString(1, o.opportunityId());
                opportunity.setString(2, o.playId());
                opportunity.setString(3, o.accountId());
                opportunity.setString(4, o.motion().configName());
                opportunity.setString(5, o.offer());
                opportunity.setBigDecimal(6, o.expectedMrr());
                opportunity.setString(7, o.stage());
                opportunity.setString(8, o.owner());
                opportunity.setObject(9, Date.valueOf(o.createdOn()));
                opportunity.setString(10, runId);
                opportunity.addBatch();
            }
            opportunity.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot save the plays of run " + runId + ": " + e.getMessage(), e);
        }
    }
}
