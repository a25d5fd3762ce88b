package io.idem.report;

import io.idem.report.chart.HorizontalBarChart;
import io.idem.report.chart.Palette;
import io.idem.report.chart.Series;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import io.idem.report.input.ReportInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plays and their tasks by playbook and owner. A task's playbook is its play's playbook, so tasks
 * whose play is not in {@code plays.csv} are grouped under {@link #UNKNOWN_PLAYBOOK}.
 */
final class PlaysSection implements Section {

    static final String PLAYS_FILE = "plays.csv";
    static final List<String> PLAY_COLUMNS = List.of("play_id", "playbook", "account_id", "started_by", "started_on", "status", "owner");
    static final String TASKS_FILE = "tasks.csv";
    static final List<String> TASK_COLUMNS = List.of("task_id", "play_id", "account_id", "step", "title", "owner", "due_on", "status");
    static final String UNKNOWN_PLAYBOOK = "(play not in plays.csv)";

    /** Task lists longer than this are cut in the report; the CSV file has them all. */
    static final int MAX_TASKS_SHOWN = 200;

    /** The key that plays and tasks are counted by. */
    private record Group(String playbook, String owner) {
    }

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::playbook).thenComparing(Group::owner);

    @Override
    public String id() {
        return "plays";
    }

    @Override
    public String title() {
        return "Plays and tasks";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> plays = context.csv(PLAYS_FILE, PLAY_COLUMNS);
            Optional<CsvTable> tasks = context.csv(TASKS_FILE, TASK_COLUMNS);
            if (plays.isEmpty() && tasks.isEmpty()) {
                return Html.missingNotice(PLAYS_FILE, TASKS_FILE);
            }

            Map<String, String> playbookByPlay = new HashMap<>();
            Map<Group, Map<String, Integer>> playCounts = new TreeMap<>(GROUP_ORDER);
            if (plays.isPresent()) {
                for (CsvRow row : plays.get().rows()) {
                    playbookByPlay.put(row.text("play_id"), row.text("playbook"));
                    count(playCounts, new Group(row.text("playbook"), row.text("owner")), row.text("status"));
                }
            }
            Map<Group, Map<String, Integer>> taskCounts = new TreeMap<>(GROUP_ORDER);
            if (tasks.isPresent()) {
                for (CsvRow row : tasks.get().rows()) {
                    String playbook = playbookByPlay.getOrDefault(row.text("play_id"), UNKNOWN_PLAYBOOK);
                    count(taskCounts, new Group(playbook, row.text("owner")), row.text("status"));
                }
            }

            Formats formats = context.formats();
            return chart(playCounts, taskCounts, formats)
                    + "<h3>Plays by playbook and owner</h3>\n" + (plays.isEmpty() ? Html.missingNotice(PLAYS_FILE) : groupTable("Plays", playCounts, formats))
                    + "<h3>Tasks by playbook and owner</h3>\n" + (tasks.isEmpty() ? Html.missingNotice(TASKS_FILE) : groupTable("Tasks", taskCounts, formats))
                    + tasks.map(table -> taskList(table, playbookByPlay, formats)).orElse("");
        });
    }

    private static void count(Map<Group, Map<String, Integer>> counts, Group group, String status) {
        counts.computeIfAbsent(group, key -> new TreeMap<>()).merge(status.isBlank() ? "(no status)" : status, 1, Integer::sum);
    }

    private static String chart(Map<Group, Map<String, Integer>> plays, Map<Group, Map<String, Integer>> tasks, Formats formats) {
        Map<String, double[]> byPlaybook = new TreeMap<>();
        plays.forEach((group, statuses) -> byPlaybook.computeIfAbsent(group.playbook(), key -> new double[2])[0] += total(statuses));
        tasks.forEach((group, statuses) -> byPlaybook.computeIfAbsent(group.playbook(), key -> new double[2])[1] += total(statuses));
        if (byPlaybook.isEmpty()) {
            return Html.paragraph("notice", "No plays or tasks in this run.");
        }

        List<String> playbooks = new ArrayList<>(byPlaybook.keySet());
        HorizontalBarChart chart = new HorizontalBarChart("chart-plays", "Plays and tasks by playbook",
                "For each playbook, the number of plays started and the number of tasks they created.", playbooks)
                .series(new Series("plays", Palette.BLUE, playbooks.stream().map(playbook -> byPlaybook.get(playbook)[0]).toList()))
                .series(new Series("tasks", Palette.ORANGE, playbooks.stream().map(playbook -> byPlaybook.get(playbook)[1]).toList()))
                .valueAxis("count", formats::decimal, formats::integer);
        return "<figure>\n" + chart.render() + "<figcaption>Plays and tasks by playbook (tables below by owner)</figcaption>\n</figure>\n";
    }

    private static String groupTable(String countHeader, Map<Group, Map<String, Integer>> counts, Formats formats) {
        if (counts.isEmpty()) {
            return Html.paragraph("notice", "No " + countHeader.toLowerCase(Locale.ROOT) + " in this run.");
        }
        Table table = new Table("data", List.of(Column.text("Playbook"), Column.text("Owner"), Column.number(countHeader), Column.text("By status")));
        int grandTotal = 0;
        for (Map.Entry<Group, Map<String, Integer>> entry : counts.entrySet()) {
            List<String> statuses = new ArrayList<>();
            entry.getValue().forEach((status, count) -> statuses.add(status + " " + formats.integer(count)));
            int total = total(entry.getValue());
            grandTotal += total;
            String owner = entry.getKey().owner().isBlank() ? "(unassigned)" : entry.getKey().owner();
            table.row(entry.getKey().playbook(), owner, formats.integer(total), String.join(", ", statuses));
        }
        table.totals("Total", "", formats.integer(grandTotal), "");
        return table.render();
    }

    private static String taskList(CsvTable tasks, Map<String, String> playbookByPlay, Formats formats) {
        List<CsvRow> rows = new ArrayList<>(tasks.rows());
        rows.sort(Comparator.comparing((CsvRow row) -> row.text("due_on")).thenComparing(row -> row.text("task_id")));
        Table table = new Table("data tasks", List.of(Column.text("Due on"), Column.text("Title"), Column.text("Playbook"),
                Column.text("Step"), Column.text("Account id"), Column.text("Owner"), Column.text("Status")));
        for (CsvRow row : rows.subList(0, Math.min(rows.size(), MAX_TASKS_SHOWN))) {
            table.row(row.text("due_on"), row.text("title"), playbookByPlay.getOrDefault(row.text("play_id"), UNKNOWN_PLAYBOOK),
                    row.text("step"), row.text("account_id"), row.text("owner"), row.text("status"));
        }
        String cut = rows.size() > MAX_TASKS_SHOWN
                ? Html.paragraph("notice", "Showing the first " + MAX_TASKS_SHOWN + " of " + formats.integer(rows.size()) + " tasks by due date; " + TASKS_FILE + " lists them all.")
                : "";
        return Html.details("Task list by due date (" + formats.count(rows.size(), "task", "tasks") + ")", table.render() + cut);
    }

    private static int total(Map<String, Integer> statuses) {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }
}
