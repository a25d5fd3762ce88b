package io.idem.report.input;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to optional JSON fields. A missing field and an explicit {@code null} both read as
 * {@code null}; a value of another type raises an error that names the file and the field path.
 */
final class JsonFields {

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    String text(JsonNode parent, String name) throws ReportInputException {
        return text(parent, name, name);
    }

    Double number(JsonNode parent, String name) throws ReportInputException {
        return number(parent, name, name);
    }

    JsonNode object(JsonNode parent, String name) throws ReportInputException {
        return object(parent, name, name);
    }

    /** Returns the text of {@code parent.name}; {@code path} is the field's full dotted path for the error message. */
    String text(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(path, node, "a string");
        }
        return node.textValue();
    }

    Double number(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw wrongType(path, node, "a number");
        }
        return node.doubleValue();
    }

    JsonNode object(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(path, node, "an object");
        }
        return node;
    }

    private ReportInputException wrongType(String path, JsonNode node, String expected) {
        return new ReportInputException(file, "field " + path + ": expected " + expected + " or null, found " + node.getNodeType()
                + " " + abbreviated(node.toString()));
    }

    private static String abbreviated(String json) {
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }
}
