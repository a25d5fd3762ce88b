package io.idem.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the RavenStack CSV files with plain Java, for counts made independently of the importer.
 * None of the five files quotes a field (checked in {@link #read}), so a split on commas is exact.
 */
final class RavenStackFiles {

    private RavenStackFiles() {
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve("ravenstack-saas");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("RavenStack data not found at " + folder.toAbsolutePath()
                    + "; set the system property idem.data.dir to the shared datasets folder");
        }
        return folder;
    }

    /** Returns the example workspace's idem.yaml in the project. */
    static Path exampleConfiguration() {
        return Path.of(System.getProperty("idem.project.dir", "..")).resolve("examples/ravenstack/idem.yaml");
    }

    /** Reads one file into a map per data line, keyed by the header's column names. */
    static List<Map<String, String>> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(folder().resolve(file));
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                throw new IllegalStateException(file + " line " + (i + 1) + " has a quote; this reader only splits on commas");
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new IllegalStateException(file + " line " + (i + 1) + " has " + fields.length + " fields, the header " + header.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], fields[c]);
            }
            rows.add(row);
        }
        return rows;
    }
}
