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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Segment sizes with the accounts that entered and left in this run, and for each segment its
 * members from {@code segments/<segment>.csv}.
 */
final class SegmentsSection implements Section {

    static final String FILE = "segments.csv";
    static final List<String> COLUMNS = List.of("segment", "members", "entered", "left");
    static final List<String> MEMBER_COLUMNS = List.of("account_id", "account_name", "entered_on", "health", "health_band", "reasons");

    /** Optional column of a member file: the one-line explanation of the segment's condition. */
    static final String EXPLANATION_COLUMN = "explanation";

    /** Member lists longer than this are cut in the report; the CSV file has them all. */
    static final int MAX_MEMBERS_SHOWN = 100;

    record SegmentSize(String name, double members, double entered, double left) {
    }

    @Override
    public String id() {
        return "segments";
    }

    @Override
    public String title() {
        return "Segments";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            List<SegmentSize> segments = new ArrayList<>();
            for (CsvRow row : table.get().rows()) {
                segments.add(new SegmentSize(row.text("segment"), row.nonNegative("members"), row.nonNegative("entered"), row.nonNegative("left")));
            }
            if (segments.isEmpty()) {
                return Html.paragraph("notice", FILE + " lists no segments.");
            }
            return chart(segments, context.formats()) + sizeTable(segments, context.formats()) + memberLists(segments, context);
        });
    }

    private static String chart(List<SegmentSize> segments, Formats formats) {
        List<String> names = segments.stream().map(SegmentSize::name).toList();
        HorizontalBarChart chart = new HorizontalBarChart("chart-segments", "Segment sizes",
                "For each segment, the number of member accounts and the accounts that entered and left it in this run.", names)
                .series(new Series("members", Palette.BLUE, segments.stream().map(SegmentSize::members).toList()))
                .series(new Series("entered", Palette.GREEN, segments.stream().map(SegmentSize::entered).toList()))
                .series(new Series("left", Palette.VERMILLION, segments.stream().map(SegmentSize::left).toList()))
                .valueAxis("accounts", formats::decimal, formats::integer);
        return "<figure>\n" + chart.render() + "<figcaption>Segment sizes, with accounts that entered and left</figcaption>\n</figure>\n";
    }

    private static String sizeTable(List<SegmentSize> segments, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Segment"), Column.number("Members"), Column.number("Entered"), Column.number("Left")));
        for (SegmentSize segment : segments) {
            table.row(segment.name(), formats.integer(segment.members()), formats.integer(segment.entered()), formats.integer(segment.left()));
        }
        return table.render();
    }

    private static String memberLists(List<SegmentSize> segments, ReportContext context) {
        StringBuilder html = new StringBuilder("<h3>Members by segment</h3>\n");
        for (SegmentSize segment : segments) {
            html.append(Guard.render("segments", () -> memberList(segment.name(), context)));
        }
        return html.toString();
    }

    private static String memberList(String segment, ReportContext context) throws ReportInputException {
        String file = "segments/" + segment + ".csv";
        if (!isPlainFileName(segment)) {
            return Html.paragraph("notice", "The members of segment " + segment + " are not shown because its name cannot be a file name.");
        }
        Optional<CsvTable> members = context.csv(file, MEMBER_COLUMNS);
        if (members.isEmpty()) {
            return Html.missingNotice(file);
        }

        Formats formats = context.formats();
        // Files from runs before explanation trees have only the list of values in "reasons".
        boolean explained = members.get().header().contains(EXPLANATION_COLUMN);
        Table table = new Table("data members", List.of(Column.text("Account"), Column.text("Account id"), Column.text("Entered on"),
                Column.number("Health"), Column.text("Band"), Column.text(explained ? "Why" : "Reasons")));
        List<CsvRow> rows = members.get().rows();
        for (CsvRow row : rows.subList(0, Math.min(rows.size(), MAX_MEMBERS_SHOWN))) {
            OptionalDouble health = row.optionalNumber("health");
            table.row(row.text("account_name"), row.text("account_id"), row.text("entered_on"),
                    health.isPresent() ? formats.decimal(health.getAsDouble(), 1) : "", row.text("health_band"),
                    row.text(explained ? EXPLANATION_COLUMN : "reasons"));
        }
        String summary = segment + " (" + formats.count(rows.size(), "member", "members") + ")";
        String cut = rows.size() > MAX_MEMBERS_SHOWN
                ? Html.paragraph("notice", "Showing the first " + MAX_MEMBERS_SHOWN + " of " + formats.integer(rows.size()) + " members; " + file + " lists them all.")
                : "";
        return Html.details(summary, table.render() + cut);
    }

    /** Returns whether the segment name can be used as a file name inside {@code segments/} without leaving that folder. */
    private static boolean isPlainFileName(String name) {
        return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c < 0x20);
    }
}
