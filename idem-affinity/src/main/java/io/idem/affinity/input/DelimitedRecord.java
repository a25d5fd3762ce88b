package io.idem.affinity.input;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One record of a delimited text file.
 *
 * @param line the 1-based line on which the record starts
 * @param fields the raw field values, unquoted but not trimmed; a blank line is one empty field
 */
public record DelimitedRecord(long line, List<String> fields) {

    public DelimitedRecord {
        requireNonNull(fields, "fields is null");
        fields = List.copyOf(fields);
    }

    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
