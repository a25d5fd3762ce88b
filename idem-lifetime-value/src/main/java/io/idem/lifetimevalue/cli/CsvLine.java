package io.idem.lifetimevalue.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields (RFC 4180 quoting: a field in double quotes may contain commas, and "" inside it
 * is one quote). A quoted field cannot span lines.
 */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(Path file, int lineNumber, String line) throws InputFormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char character = line.charAt(i);
            if (quoted) {
                if (character == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (character == '"') {
                    quoted = false;
                } else {
                    field.append(character);
                }
            } else if (character == '"') {
                quoted = true;
            } else if (character == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(character);
            }
        }
        if (quoted) {
            throw new InputFormatException(file, lineNumber, fields.size() + 1, null, field.toString(),
                    "the quoted field is not closed", "close the field with a double quote on the same line");
        }
        fields.add(field.toString());
        return fields;
    }
}
