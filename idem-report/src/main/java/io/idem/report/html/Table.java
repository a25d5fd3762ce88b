package io.idem.report.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML table of plain-text cells. Every cell and header is escaped when rendered, so callers
 * pass raw values from the data files. Numeric columns are right-aligned.
 */
public final class Table {

    /** A column header and whether its cells are numbers. */
    public record Column(String header, boolean numeric) {
        public Column {
            requireNonNull(header, "header is null");
        }

        public static Column text(String header) {
            return new Column(header, false);
        }

        public static Column number(String header) {
            return new Column(header, true);
        }
    }

    private final String cssClass;
    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> footer = new ArrayList<>();

    public Table(String cssClass, List<Column> columns) {
        this.cssClass = requireNonNull(cssClass, "cssClass is null");
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
    }

    /** Adds a row; {@code null} cells render empty. Throws when the cell count differs from the column count. */
    public Table row(String... cells) {
        rows.add(checkedCells(cells));
        return this;
    }

    /** Sets a totals row rendered in {@code <tfoot>}. */
    public Table totals(String... cells) {
        footer.clear();
        footer.addAll(checkedCells(cells));
        return this;
    }

    public String render() {
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"").append(Html.escape(cssClass)).append("\">\n<thead><tr>");
        for (Column column : columns) {
            html.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(Html.escape(column.header())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            appendRow(html, row);
        }
        html.append("</tbody>\n");
        if (!footer.isEmpty()) {
            html.append("<tfoot>");
            appendRow(html, footer);
            html.append("</tfoot>\n");
        }
        html.append("</table>\n");
        return html.toString();
    }

    private void appendRow(StringBuilder html, List<String> cells) {
        html.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            html.append(columns.get(i).numeric() ? "<td class=\"num\">" : "<td>").append(Html.escape(cells.get(i))).append("</td>");
        }
        html.append("</tr>\n");
    }

    private List<String> checkedCells(String[] cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells but the table has " + columns.size() + " columns");
        }
        List<String> copy = new ArrayList<>(cells.length);
        for (String cell : cells) {
            copy.add(cell == null ? "" : cell);
        }
        return copy;
    }
}
