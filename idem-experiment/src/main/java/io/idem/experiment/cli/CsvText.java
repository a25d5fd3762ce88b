package io.idem.experiment.cli;

/** Quoting of CSV fields as RFC 4180 writes them. */
final class CsvText {

    private CsvText() {
    }

    /** Quotes a field that contains a comma, a quote, a line break or edge spaces; returns others as they are. */
    static String quote(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && value.equals(value.trim());
        return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
