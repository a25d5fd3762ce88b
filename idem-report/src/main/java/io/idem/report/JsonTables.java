package io.idem.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders JSON fields of unknown shape as tables: a list of objects or an object of objects
 * becomes one row per element, an object of plain values becomes name and value rows. The report
 * uses it for the import summary and stage timings of {@code run.json}, whose fields other modules define.
 */
final class JsonTables {

    private JsonTables() {
    }

    /** Renders one field under a heading named after it. */
    static String render(String name, JsonNode node, Formats formats) {
        String heading = "<h4>" + Html.escape(name.replace('_', ' ')) + "</h4>\n";
        if (node.isArray() && allObjects(node.elements())) {
            return heading + rowsTable(List.of(), elements(node), formats);
        }
        if (node.isObject() && allObjects(node.elements())) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return heading + rowsTable(names, elements(node), formats);
        }
        if (node.isObject()) {
            Table table = new Table("data", List.of(Column.text("Name"), Column.number("Value")));
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                table.row(field.getKey(), value(field.getValue(), formats));
            }
            return heading + table.render();
        }
        return heading + "<p>" + Html.escape(value(node, formats)) + "</p>\n";
    }

    /** Renders one row per element; {@code names}, when not empty, are the elements' keys shown in a first column. */
    private static String rowsTable(List<String> names, List<JsonNode> elements, Formats formats) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode element : elements) {
            element.fieldNames().forEachRemaining(keys::add);
        }
        List<Column> columns = new ArrayList<>();
        if (!names.isEmpty()) {
            columns.add(Column.text("Name"));
        }
        for (String key : keys) {
            columns.add(numericColumn(key, elements) ? Column.number(key) : Column.text(key));
        }
        if (columns.isEmpty()) {
            return "";
        }

        Table table = new Table("data", columns);
        for (int i = 0; i < elements.size(); i++) {
            List<String> cells = new ArrayList<>();
            if (!names.isEmpty()) {
                cells.add(names.get(i));
            }
            for (String key : keys) {
                JsonNode value = elements.get(i).get(key);
                cells.add(value == null ? "" : value(value, formats));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table.render();
    }

    /** Formats a scalar with the report's number formats; nested values are shown as compact JSON. */
    static String value(JsonNode node, Formats formats) {
        if (node.isNull()) {
            return "";
        }
        if (node.isIntegralNumber()) {
            return formats.integer(node.doubleValue());
        }
        if (node.isNumber()) {
            return formats.decimal(node.doubleValue(), 2);
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return node.toString();
    }

    private static boolean numericColumn(String key, List<JsonNode> elements) {
        return elements.stream().map(element -> element.get(key)).allMatch(value -> value == null || value.isNull() || value.isNumber());
    }

    private static boolean allObjects(Iterator<JsonNode> elements) {
        boolean any = false;
        while (elements.hasNext()) {
            if (!elements.next().isObject()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }
}
