package io.idem.design.playbook;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Playbook;
import io.idem.workspace.TeamMember;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads play history and writes a run's plays, tasks and opportunities. */
public final class PlayRepository {

    /** Step name of the tasks that escalate an overdue task to its owner's manager. */
    public static final String ESCALATION_STEP = "escalation";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlayRepository.class);

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

    /**
     * Returns, per team, how many assignments its members have had, which is where round-robin
     * resumes: one per play and owner among the tasks, so a step owned by another team counts for
     * that team too.
     */
    public Map<String, Integer> loadAssignmentCounts(Workspace workspace) {
        Map<String, Integer> byOwner = new HashMap<>();
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT owner, COUNT(DISTINCT play_id) FROM task WHERE owner IS NOT NULL GROUP BY owner");
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
        List<Object[]> plays = new ArrayList<>();
        Map<String, LocalDate> startDates = new HashMap<>();
        for (Play p : plan.plays()) {
            plays.add(new Object[] {p.playId(), p.dedupKey(), p.playbook(), p.accountId(), p.startedBy(), p.startedOn(), p.cooldownUntil(),
                    p.status(), runId, p.owner()});
            startDates.put(p.playId(), p.startedOn());
        }
        List<Object[]> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            tasks.add(new Object[] {t.taskId(), t.playId(), t.step(), t.title(), t.owner(), t.dueOn(), t.status(), startDates.get(t.playId()), 1L});
        }
        List<Object[]> opportunities = new ArrayList<>();
        for (Opportunity o : plan.opportunities()) {
            opportunities.add(new Object[] {o.opportunityId(), o.playId(), o.accountId(), o.motion().configName(), o.offer(), o.expectedMrr(),
                    o.stage(), o.owner(), o.createdOn(), runId, 1L});
        }
        store.insertRows("play", List.of("play_id", "dedup_key", "playbook_name", "account_id", "started_by", "started_on", "cooldown_until",
                "status", "run_id", "owner"), plays, "play_id");
        store.insertRows("task", List.of("task_id", "play_id", "step_name", "title", "owner", "due_on", "status", "created_on", "version"),
                tasks, "task_id");
        store.insertRows("opportunity", List.of("opportunity_id", "play_id", "account_id", "motion", "offer_name", "expected_mrr", "stage",
                "owner", "created_on", "run_id", "version"), opportunities, "opportunity_id");
    }

    /**
     * Cancels the open plays that a segment started for accounts that have now left it, with
     * their open tasks, and records the reason. Returns the number of plays cancelled.
     */
    public int cancelForLeavers(String segment, List<String> accounts, LocalDate day, String runId) {
        int cancelled = 0;
        String startedBy = "segment:" + segment;
        String reason = "account left segment " + segment + " on " + day + " (run " + runId + ")";
        for (int start = 0; start < accounts.size(); start += 1_000) {
            List<String> chunk = accounts.subList(start, Math.min(accounts.size(), start + 1_000));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            String tasks = "UPDATE task SET status = 'cancelled', version = version + 1 WHERE status IN ('open', 'snoozed') AND play_id IN "
                    + "(SELECT play_id FROM play WHERE status = 'open' AND started_by = ? AND account_id IN (" + in + "))";
            String plays = "UPDATE play SET status = 'cancelled', closed_on = ?, close_reason = ? WHERE status = 'open' AND started_by = ? "
                    + "AND account_id IN (" + in + ")";
            try (PreparedStatement cancelTasks = store.connection().prepareStatement(tasks);
                 PreparedStatement cancelPlays = store.connection().prepareStatement(plays)) {
                cancelTasks.setString(1, startedBy);
                cancelPlays.setObject(1, java.sql.Date.valueOf(day));
                cancelPlays.setString(2, reason);
                cancelPlays.setString(3, startedBy);
                for (int i = 0; i < chunk.size(); i++) {
                    cancelTasks.setString(2 + i, chunk.get(i));
                    cancelPlays.setString(4 + i, chunk.get(i));
                }
                cancelTasks.executeUpdate();
                cancelled += cancelPlays.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot cancel the plays of segment " + segment + " in run " + runId + ": " + e.getMessage(), e);
            }
        }
        return cancelled;
    }

    /**
     * Escalates every open task of a playbook with an SLA that is still open more than the SLA's
     * days after its due date: its owner's manager gets an escalation task in the same play, due two
     * days later. The escalation's id derives from the task's, so a repeated run adds none twice.
     * Tasks whose owner has no manager in the team are logged and left alone. Returns the number
     * of escalation tasks created.
     */
    public int escalateOverdue(Workspace workspace, LocalDate asOf, String runId) {
        Map<String, String> managers = new HashMap<>();
        workspace.team().forEach(member -> {
            if (member.manager() != null) {
                managers.put(member.name(), member.manager());
            }
        });
        List<Object[]> escalations = new ArrayList<>();
        int withoutManager = 0;
        String sql = "SELECT t.task_id, t.play_id, t.title, t.owner, t.due_on, p.account_id FROM task t JOIN play p ON p.play_id = t.play_id "
                + "WHERE t.status IN ('open', 'snoozed') AND t.step_name <> ? AND p.playbook_name = ? AND t.due_on < ?";
        for (Playbook playbook : workspace.playbooks().values()) {
            if (playbook.slaDays() == null) {
                continue;
            }
            try (PreparedStatement select = store.connection().prepareStatement(sql)) {
                select.setString(1, ESCALATION_STEP);
                select.setString(2, playbook.name());
                select.setObject(3, java.sql.Date.valueOf(asOf.minusDays(playbook.slaDays())));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String owner = rows.getString(4);
                        String manager = owner == null ? null : managers.get(owner);
                        if (manager == null) {
                            withoutManager++;
                            continue;
                        }
                        String taskId = rows.getString(1);
                        LocalDate due = rows.getObject(5, LocalDate.class);
                        String title = "Escalation: '" + rows.getString(3) + "' for " + rows.getString(6) + " is open since its due date "
                                + due + " (owner " + owner + ")";
                        escalations.add(new Object[] {PlayPlanner.id("task", "escalation|" + taskId), rows.getString(2), ESCALATION_STEP, title,
                                manager, asOf.plusDays(2), "open", asOf, 1L});
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot find overdue tasks of playbook " + playbook.name() + " in run " + runId + ": " + e.getMessage(), e);
            }
        }
        if (withoutManager > 0) {
            LOG.warn("Run {}: {} overdue task(s) past their SLA have an owner with no manager in the team and were not escalated", runId,
                    withoutManager);
        }
        return (int) store.insertRows("task", List.of("task_id", "play_id", "step_name", "title", "owner", "due_on", "status", "created_on",
                "version"), escalations, "task_id");
    }
}
