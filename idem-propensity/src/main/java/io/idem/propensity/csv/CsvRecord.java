package io.idem.propensity.csv;

import java.util.List;

/** One record of a CSV file: the line it starts on (1-based) and its fields, unquoted. */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
