package io.idem.design.playbook;

import io.idem.design.workitem.OpportunityService;
import io.idem.design.workitem.Stage;
import io.idem.design.workitem.WorkItemException;
import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads where plays stand in their steps and writes what a run's steps did: step visits, task
 * checklists, email drafts, account attributes and each play's new position. {@link #execute}
 * then makes the webhook calls and opportunity stage moves and records their outcomes.
 */
public final class StepRepository {

    private static final Logger LOG = LoggerFactory.getLogger(StepRepository.class);

    /** Work tables live only inside {@link #save}, in the run's transaction; their names are constants, never user text. */
    private static final String STEP_WORK_TABLE = "idem_work_play_step";
    private static final String PROGRESS_WORK_TABLE = "idem_work_play_progress";

    private final Store store;

    public StepRepository(Store store) {
        this.store = store;
    }

    /** Reads the open plays, the status of their tasks, their latest opportunities and the open tasks per owner. */
    public StepState loadState() {
        List<StepState.OpenPlay> plays = new ArrayList<>();
        query("SELECT play_id, dedup_key, playbook_name, account_id, owner, current_step, step_since, started_by FROM play "
                + "WHERE status = 'open' ORDER BY started_on, playbook_name, account_id", rows -> plays.add(new StepState.OpenPlay(
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                rows.getObject(7, LocalDate.class), rows.getString(8))));
        Map<String, String> tasks = new HashMap<>();
        query("SELECT t.task_id, t.status FROM task t JOIN play p ON p.play_id = t.play_id WHERE p.status = 'open'",
                rows -> tasks.put(rows.getString(1), rows.getString(2)));
        Map<String, String> opportunities = new HashMap<>();
        query("SELECT o.play_id, o.opportunity_id FROM opportunity o JOIN play p ON p.play_id = o.play_id WHERE p.status = 'open' "
                + "ORDER BY o.created_on, o.opportunity_id", rows -> opportunities.put(rows.getString(1), rows.getString(2)));
        Map<String, Integer> openTasks = new HashMap<>();
        query("SELECT owner, COUNT(*) FROM task WHERE status IN ('open', 'snoozed') AND owner IS NOT NULL GROUP BY owner",
                rows -> openTasks.put(rows.getString(1), rows.getInt(2)));
        return new StepState(plays, tasks, opportunities, openTasks);
    }

    /** Writes the plan's step activity; call after {@link PlayRepository#save}, which inserts the plays and tasks. */
    public void save(PlayPlan plan, LocalDate asOf, String runId) {
        saveSteps(plan.steps(), runId);
        List<Object[]> items = new ArrayList<>();
        plan.checklist().forEach(item -> items.add(new Object[] {item.taskId(), (long) item.itemNo(), item.text(), false}));
        store.insertRows("task_checklist_item", List.of("task_id", "item_no", "item_text", "checked"), items, "task_id, item_no");
        List<Object[]> drafts = new ArrayList<>();
        plan.emails().forEach(e -> drafts.add(new Object[] {e.draftId(), e.playId(), e.accountId(), e.step(), e.owner(), e.subject(),
                e.bodyText(), e.bodyHtml(), e.createdOn(), runId}));
        store.insertRows("email_draft", List.of("draft_id", "play_id", "account_id", "step_name", "owner", "subject", "body_text",
                "body_html", "created_on", "run_id"), drafts, "draft_id");
        for (PlayPlan.AttributeUpdate update : plan.attributes()) {
            update(update, asOf, runId);
        }
        saveProgress(plan.progress(), asOf, runId);
    }

    /**
     * Makes the plan's webhook calls and opportunity stage moves, in the run's transaction, and
     * records each outcome on its step visit. A failure is logged with the run, play and account
     * and recorded; it does not fail the run.
     */
    public void execute(PlayPlan plan, LocalDate asOf, String runId, WebhookSender sender) {
        for (PlayPlan.WebhookCall call : plan.webhooks()) {
            WebhookSender.Result result = sender.send(call, runId);
            if (!result.succeeded()) {
                LOG.warn("Run {}: webhook step {} of play {} (playbook {}, account {}) failed after {} attempt(s): {}", runId, call.step(),
                        call.playId(), call.playbook(), call.accountId(), result.attempts(), result.error());
            }
            execute("UPDATE play_step SET status = ?, status_code = ?, attempts = ?, error = ? WHERE play_id = ? AND step_name = ? "
                    + "AND entered_on = ?", result.succeeded() ? "done" : "failed", result.statusCode(), result.attempts(), result.error(),
                    call.playId(), call.step(), call.enteredOn());
        }
        OpportunityService opportunities = new OpportunityService(store);
        for (PlayPlan.StageMove move : plan.stageMoves()) {
            String error = null;
            try {
                Stage stage = Stage.parse(move.stage());
                String reason = stage == Stage.LOST ? "set by step " + move.step() + " of play " + move.playId() : null;
                opportunities.move(move.opportunityId(), stage, "playbook step " + move.step(), null, null, null, reason, asOf);
            } catch (WorkItemException e) {
                error = e.getMessage();
                LOG.warn("Run {}: step {} of play {} (account {}) cannot move opportunity {} to {}: {}", runId, move.step(), move.playId(),
                        move.accountId(), move.opportunityId(), move.stage(), e.getMessage());
            }
            if (error != null) {
                execute("UPDATE play_step SET status = 'failed', error = ? WHERE play_id = ? AND step_name = ? AND entered_on = ?", error,
                        move.playId(), move.step(), move.enteredOn());
            }
        }
    }

    /**
     * Writes step visits with two set-based statements over a work table: visits already stored
     * (a step entered in an earlier run) are updated, and the others inserted. One statement per
     * visit took about 2 ms each on DuckDB, so thousands of plays made the plays stage dominate a run.
     */
    private void saveSteps(List<PlayPlan.StepRecord> records, String runId) {
        if (records.isEmpty()) {
            return;
        }
        List<String> columns = List.of("play_id", "step_name", "step_kind", "status", "entered_on", "finished_on", "outcome", "run_id");
        List<Object[]> rows = new ArrayList<>(records.size());
        for (PlayPlan.StepRecord record : records) {
            rows.add(new Object[] {record.playId(), record.step(), record.kind(), record.status(), record.enteredOn(), record.finishedOn(),
                    record.action(), runId});
        }
        createWorkTable(STEP_WORK_TABLE, "SELECT " + String.join(", ", columns) + " FROM play_step WHERE 1 = 0");
        try {
            store.insertRows(STEP_WORK_TABLE, columns, rows, null);
            execute("UPDATE play_step SET status = w.status, finished_on = w.finished_on, outcome = w.outcome, run_id = w.run_id "
                    + "FROM " + STEP_WORK_TABLE + " w WHERE play_step.play_id = w.play_id AND play_step.step_name = w.step_name "
                    + "AND play_step.entered_on = w.entered_on");
            execute("INSERT INTO play_step (" + String.join(", ", columns) + ") SELECT " + String.join(", ", columns) + " FROM "
                    + STEP_WORK_TABLE + " w WHERE NOT EXISTS (SELECT 1 FROM play_step s WHERE s.play_id = w.play_id "
                    + "AND s.step_name = w.step_name AND s.entered_on = w.entered_on)");
        } finally {
            dropWorkTable(STEP_WORK_TABLE);
        }
    }

    /** Moves each play to its new step, or closes it as completed when it has no step left, in two set-based updates. */
    private void saveProgress(List<PlayPlan.PlayProgress> progress, LocalDate asOf, String runId) {
        if (progress.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(progress.size());
        for (PlayPlan.PlayProgress play : progress) {
            rows.add(new Object[] {play.playId(), play.currentStep(), play.stepSince()});
        }
        createWorkTable(PROGRESS_WORK_TABLE, "SELECT play_id, current_step, step_since FROM play WHERE 1 = 0");
        try {
            store.insertRows(PROGRESS_WORK_TABLE, List.of("play_id", "current_step", "step_since"), rows, null);
            execute("UPDATE play SET current_step = NULL, step_since = NULL, status = 'completed', closed_on = ?, close_reason = ? "
                    + "FROM " + PROGRESS_WORK_TABLE + " w WHERE play.play_id = w.play_id AND w.current_step IS NULL AND play.status = 'open'",
                    asOf, "all steps done (run " + runId + ")");
            execute("UPDATE play SET current_step = w.current_step, step_since = w.step_since FROM " + PROGRESS_WORK_TABLE + " w "
                    + "WHERE play.play_id = w.play_id AND w.current_step IS NOT NULL");
        } finally {
            dropWorkTable(PROGRESS_WORK_TABLE);
        }
    }

    private void createWorkTable(String table, String shapeQuery) {
        dropWorkTable(table);
        execute("CREATE TABLE " + table + " AS " + shapeQuery);
    }

    private void dropWorkTable(String table) {
        execute("DROP TABLE IF EXISTS " + table);
    }

    private void update(PlayPlan.AttributeUpdate update, LocalDate asOf, String runId) {
        execute("UPDATE account_attribute SET replaced_on = ? WHERE account_id = ? AND field_name = ? AND replaced_on IS NULL", asOf,
                update.accountId(), update.field());
        execute("INSERT INTO account_attribute (account_id, field_name, field_value, set_on, play_id, step_name, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", update.accountId(), update.field(), update.value(), asOf, update.playId(), update.step(), runId);
    }

    /** Returns the history of an account's field, oldest first: value, set on, replaced on (null for the current value), play. */
    public List<Object[]> attributeHistory(String accountId, String field) {
        List<Object[]> history = new ArrayList<>();
        String sql = "SELECT field_value, set_on, replaced_on, play_id FROM account_attribute WHERE account_id = ? AND field_name = ? "
                + "ORDER BY set_on, replaced_on NULLS LAST";
        try (PreparedStatement select = store.connection().prepareStatement(sql)) {
            select.setString(1, accountId);
            select.setString(2, field);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    history.add(new Object[] {rows.getString(1), rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class),
                            rows.getString(4)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of field " + field + " of account " + accountId + ": " + e.getMessage(), e);
        }
        return history;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, RowReader reader) {
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the state of plays in progress: " + e.getMessage(), e);
        }
    }

    private int execute(String sql, Object... values) {
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write the state of plays in progress: " + e.getMessage(), e);
        }
    }
}
