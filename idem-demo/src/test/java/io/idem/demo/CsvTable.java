package io.idem.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A generated CSV file read back for checks: the header and the rows as string arrays. The
 * generator writes no quoted fields because its names contain no comma or quote, so a plain
 * split is exact. A quote anywhere fails the read, so the assumption cannot hide a problem.
 */
record CsvTable(Path file, List<String> header, List<String[]> rows) {

    static CsvTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + " has no header line");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<String[]> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('"') >= 0) {
                throw new IllegalStateException(file + " line " + (i + 1) + " has a quoted field: " + line);
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.size()) {
                throw new IllegalStateException(file + " line " + (i + 1) + " has " + fields.length + " fields, the header "
                        + header.size() + ": " + line);
            }
            rows.add(fields);
        }
        return new CsvTable(file, header, rows);
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + name + "; header is " + header);
        }
        return index;
    }
}
