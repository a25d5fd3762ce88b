package io.idem.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the shared datasets and reads their CSV files with plain Java, for counts made
 * independently of the importer. The files read here quote no field (checked in
 * {@link #read(Path)}), so a split on commas is exact.
 */
final class SharedData {

    private SharedData() {
    }

    /** Returns the folder of one dataset under the system property {@code idem.data.dir}. */
    static Path folder(String dataset) {
        Path folder = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve(dataset);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("dataset " + dataset + " not found at " + folder.toAbsolutePath()
                    + "; set the system property idem.data.dir to the shared datasets folder");
        }
        return folder;
    }

    static Path ravenStack() {
        return folder("ravenstack-saas");
    }

    /** Returns the example workspace's idem.yaml in the project. */
    static Path exampleConfiguration() {
        return Path.of(System.getProperty("idem.project.dir", "..")).resolve("examples/ravenstack/idem.yaml");
    }

    /** Reads one RavenStack file into a map per data line, keyed by the header's column names. */
    static List<Map<String, String>> readRavenStack(String file) throws IOException {
        return read(ravenStack().resolve(file));
    }

    /**
     * Reads a CSV file without quoted fields into a map per data line. Lines end in LF or CRLF
     * ({@link Files#readAllLines} splits on both), and empty lines are skipped.
     */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
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
