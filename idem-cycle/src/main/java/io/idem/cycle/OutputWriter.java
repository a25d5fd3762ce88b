package io.idem.cycle;

import io.idem.identify.AccountFrame;
import io.idem.identify.ConditionExplainer;
import io.idem.identify.Definitions;
import io.idem.identify.Explanations;
import io.idem.identify.SegmentEngine;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Trigger;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the identify, design and execute outputs of a run; formats are in docs/outputs.md. */
final class OutputWriter {

    private final Path folder;
    private final Workspace workspace;

    OutputWriter(Path folder, Workspace workspace) {
        this.folder = folder;
        this.workspace = workspace;
    }

    void segments(Definitions definitions, AccountFrame frame, Map<String, SegmentEngine.Change> changes,
                  Map<String, Map<String, LocalDate>> entryDates, LocalDate asOf) {
        String healthModel = workspace.healthModels().isEmpty() ? null : workspace.healthModels().get(0).name();
        String nameColumn = frame.has("account_name") ? "account_name" : frame.has("name") ? "name" : null;
        try (Csv summary = Csv.open(folder.resolve("segments.csv"), "segment", "members", "entered", "left")) {
            for (SegmentEngine.Change change : changes.values()) {
                summary.row(change.segment(), change.members().size(), change.entered().size(), change.left().size());
                Map<String, LocalDate> entered = entryDates.getOrDefault(change.segment(), Map.of());
                try (Csv members = Csv.open(folder.resolve("segments").resolve(change.segment() + ".csv"),
                        "account_id", "account_name", "entered_on", "health", "health_band", "reasons", "explanation")) {
                    for (String account : change.members()) {
                        int row = frame.rowOf(account);
                        members.row(account, nameColumn == null ? null : frame.value(nameColumn, row),
                                entered.getOrDefault(account, asOf),
                                healthModel == null ? null : frame.value(healthModel, row),
                                healthModel == null ? null : frame.value(healthModel + "_band", row),
                                Explanations.describe(definitions.segmentCondition(change.segment()), frame, row, definitions::label),
                                ConditionExplainer.explain(definitions.segmentCondition(change.segment()), frame, row, asOf, definitions)
                                        .oneLine());
                    }
                }
            }
        }
    }

    /** Writes every feature of every account at the as-of date, one row per account. */
    void features(AccountFrame frame) {
        List<String> names = new ArrayList<>(workspace.features().keySet());
        List<String> header = new ArrayList<>();
        header.add("account_id");
        header.addAll(names);
        try (Csv csv = Csv.open(folder.resolve("features.csv"), header.toArray(String[]::new))) {
            List<Object[]> columns = names.stream().map(frame::column).toList();
            Object[] row = new Object[names.size() + 1];
            for (int r = 0; r < frame.size(); r++) {
                row[0] = frame.accountIds().get(r);
                for (int c = 0; c < columns.size(); c++) {
                    row[c + 1] = columns.get(c)[r];
                }
                csv.row(row);
            }
        }
    }

    void triggers(Store store) {
        try (Csv csv = Csv.open(folder.resolve("triggers.csv"), "trigger", "kind", "account_id", "fired_on");
             PreparedStatement statement = store.connection().prepareStatement(
                     "SELECT trigger_name, account_id, fired_on FROM trigger_firing ORDER BY fired_on, trigger_name, account_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Trigger trigger = workspace.triggers().get(rows.getString(1));
                csv.row(rows.getString(1), trigger == null ? null : trigger.kind().configName(), rows.getString(2),
                        rows.getObject(3, LocalDate.class));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read trigger firings: " + e.getMessage(), e);
        }
    }

    void plays(Store store) {
        query(store, "plays.csv", List.of("play_id", "playbook", "account_id", "started_by", "started_on", "status", "owner", "closed_on",
                        "close_reason"),
                "SELECT play_id, playbook_name, account_id, started_by, started_on, status, owner, closed_on, close_reason FROM play "
                        + "ORDER BY started_on, playbook_name, account_id");
        query(store, "tasks.csv", List.of("task_id", "play_id", "account_id", "step", "title", "owner", "due_on", "status"),
                "SELECT t.task_id, t.play_id, p.account_id, t.step_name, t.title, t.owner, t.due_on, t.status FROM task t "
                        + "JOIN play p ON p.play_id = t.play_id ORDER BY t.due_on, p.account_id, t.step_name");
        query(store, "opportunities.csv", List.of("opportunity_id", "play_id", "account_id", "motion", "offer", "expected_mrr", "stage",
                        "owner", "created_on", "playbook", "perceived_mrr", "actual_mrr", "closed_on", "close_reason", "booked_subscription_id"),
                "SELECT o.opportunity_id, o.play_id, o.account_id, o.motion, o.offer_name, o.expected_mrr, o.stage, o.owner, o.created_on, "
                        + "p.playbook_name, o.perceived_mrr, o.actual_mrr, o.closed_on, o.close_reason, o.booked_subscription_id "
                        + "FROM opportunity o LEFT JOIN play p ON p.play_id = o.play_id ORDER BY o.created_on, o.account_id, o.offer_name");
        query(store, "play_steps.csv", List.of("play_id", "playbook", "account_id", "step", "kind", "status", "entered_on", "finished_on",
                        "outcome", "status_code", "attempts", "error"),
                "SELECT s.play_id, p.playbook_name, p.account_id, s.step_name, s.step_kind, s.status, s.entered_on, s.finished_on, s.outcome, "
                        + "s.status_code, s.attempts, s.error FROM play_step s JOIN play p ON p.play_id = s.play_id "
                        + "ORDER BY s.entered_on, p.playbook_name, p.account_id, s.step_name");
        query(store, "emails.csv", List.of("draft_id", "play_id", "account_id", "step", "owner", "subject", "body_text", "body_html",
                        "created_on"),
                "SELECT draft_id, play_id, account_id, step_name, owner, subject, body_text, body_html, created_on FROM email_draft "
                        + "ORDER BY created_on, account_id, step_name");
        query(store, "account_fields.csv", List.of("account_id", "field", "value", "set_on", "replaced_on", "play_id", "step"),
                "SELECT account_id, field_name, field_value, set_on, replaced_on, play_id, step_name FROM account_attribute "
                        + "ORDER BY account_id, field_name, set_on, replaced_on NULLS LAST");
    }

    private void query(Store store, String file, List<String> header, String sql) {
        try (Csv csv = Csv.open(folder.resolve(file), header.toArray(String[]::new));
             PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            int columns = header.size();
            while (rows.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = rows.getObject(i + 1);
                    values[i] = value instanceof java.sql.Date date ? date.toLocalDate() : value;
                }
                csv.row(values);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
