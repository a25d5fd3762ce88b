package io.idem.design.measure;

import io.idem.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small store of plays, tasks and opportunities whose measures at 2024-06-30 are worked out by
 * hand in the tests. Play p4 starts after the as-of date and must be ignored.
 */
final class MeasureFixture {

    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    private MeasureFixture() {
    }

    static void load(Store store) {
        store.insertRows("play", List.of("play_id", "dedup_key", "playbook_name", "account_id", "started_by", "started_on", "cooldown_until",
                "status", "owner", "run_id"), List.of(
                play("p1", "upgrade", "A", "segment:ready", "2024-03-01", "ava"),
                play("p2", "upgrade", "B", "trigger:growth", "2024-04-01", "ben"),
                play("p3", "rescue", "C", "segment:ready", "2024-05-01", "ava"),
                play("p4", "rescue", "D", "segment:ready", "2024-07-15", "ava"),
                play("p5", "upgrade", "E", "trigger:growth", "2024-01-01", null)), "play_id");

        store.insertRows("task", List.of("task_id", "play_id", "step_name", "title", "owner", "due_on", "status", "created_on", "completed_on",
                "version"), List.of(
                task("t1", "p1", "ava", "2024-03-10", "done", "2024-03-08"),
                task("t2", "p1", "ava", "2024-03-20", "done", "2024-03-25"),
                task("t3", "p1", "ben", "2024-04-01", "cancelled", null),
                task("t4", "p2", "ben", "2024-04-10", "open", null),
                task("t5", "p2", "ben", "2024-06-30", "open", null),
                task("t6", "p2", "ben", "2024-05-01", "done", "2024-07-05"),
                task("t7", "p3", "ava", "2024-05-10", "done", "2024-05-10"),
                task("t8", "p3", "ava", "2024-05-20", "snoozed", null),
                task("t9", "p4", "ava", "2024-07-20", "open", null)), "task_id");

        store.insertRows("opportunity", List.of("opportunity_id", "play_id", "account_id", "motion", "offer_name", "expected_mrr", "stage",
                "owner", "created_on", "closed_on", "actual_mrr", "run_id", "version"), List.of(
                opportunity("o1", "p1", "A", "ava", "won", "2024-04-10", "100"),
                opportunity("o2", "p2", "B", "ben", "won", "2024-05-04", "50"),
                opportunity("o3", "p3", "C", "ava", "lost", "2024-06-01", null),
                opportunity("o4", "p2", "B", "ben", "won", "2024-07-10", "70"),
                opportunity("o5", null, "F", "ben", "won", "2024-03-02", "30"),
                opportunity("o6", "p5", "E", null, "lost", "2024-02-01", null),
                opportunity("o8", "p1", "A", "ava", "won", "2024-05-20", "25")), "opportunity_id");

        // p1's segment entry and p2's firing come before the play; the firing after p2 started is not its cause.
        store.insertRows("segment_membership", List.of("segment_name", "account_id", "entered_on", "entered_run_id"),
                List.<Object[]>of(new Object[] {"ready", "A", date("2024-02-20"), "run-0"}), "segment_name, account_id, entered_on");
        store.insertRows("trigger_firing", List.of("trigger_name", "account_id", "fired_on", "run_id"), List.of(
                new Object[] {"growth", "B", date("2024-03-25"), "run-0"},
                new Object[] {"growth", "B", date("2024-04-05"), "run-0"}), "trigger_name, account_id, fired_on");
    }

    private static Object[] play(String id, String playbook, String account, String startedBy, String startedOn, String owner) {
        LocalDate start = LocalDate.parse(startedOn);
        return new Object[] {id, playbook + "|" + account + "|" + startedOn, playbook, account, startedBy, start, start.plusDays(90), "open",
                owner, "run-0"};
    }

    private static Object[] task(String id, String play, String owner, String dueOn, String status, String completedOn) {
        return new Object[] {id, play, "step", "Step " + id, owner, date(dueOn), status, date("2024-01-01"), date(completedOn), 1L};
    }

    private static Object[] opportunity(String id, String play, String account, String owner, String stage, String closedOn,
                                        String actualMrr) {
        return new Object[] {id, play, account, "upsell", "next_plan", new BigDecimal("100"), stage, owner, date("2024-01-01"),
                date(closedOn), actualMrr == null ? null : new BigDecimal(actualMrr), "run-0", 1L};
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
