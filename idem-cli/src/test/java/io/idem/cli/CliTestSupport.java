package io.idem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the end-to-end tests: running the idem command line, copying the example workspace, reading output CSV files. */
final class CliTestSupport {

    private CliTestSupport() {
    }

    /** The exit code and the captured standard output and error of one command. */
    record Execution(int exitCode, String output, String errors) {

        /** Returns both streams, for assertion messages. */
        String transcript() {
            return "exit code " + exitCode + "\n--- output\n" + output + "\n--- errors\n" + errors;
        }
    }

    /** Runs {@code idem ARGS...} through the same command line and error handler as the launcher. */
    static Execution execute(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        var commandLine = IdemCommand.commandLine();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(errors, true));
        int exitCode = commandLine.execute(args);
        return new Execution(exitCode, output.toString(), errors.toString());
    }

    /** Returns the project root, from the system property the build sets. */
    static Path projectDirectory() {
        return Path.of(System.getProperty("idem.project.dir", ".."));
    }

    /** Copies examples/ravenstack/idem.yaml into a new workspace folder and returns the folder. */
    static Path copyRavenStackWorkspace(Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(projectDirectory().resolve("examples/ravenstack/idem.yaml"), target.resolve("idem.yaml"));
        return target;
    }

    /** Returns the DuckDB file a workspace uses when no {@code --store} is given. */
    static Path defaultStore(Path workspace) {
        return workspace.resolve(".idem").resolve("idem.duckdb");
    }

    /**
     * Replaces exactly one occurrence of {@code from} in the workspace's idem.yaml, so that a test
     * breaks the configuration in the place it means to and fails loudly when the example changes.
     */
    static void replaceOnce(Path workspace, String from, String to) throws IOException {
        Path file = workspace.resolve("idem.yaml");
        String content = Files.readString(file);
        int first = content.indexOf(from);
        if (first < 0 || content.indexOf(from, first + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "' in " + file);
        }
        Files.writeString(file, content.substring(0, first) + to + content.substring(first + from.length()));
    }

    /** Returns the 1-based line of idem.yaml that contains {@code text}, which must occur once. */
    static int lineOf(Path workspace, String text) throws IOException {
        List<String> lines = Files.readAllLines(workspace.resolve("idem.yaml"));
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                if (found >= 0) {
                    throw new IllegalStateException("'" + text + "' occurs on more than one line of idem.yaml");
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("'" + text + "' does not occur in idem.yaml");
        }
        return found;
    }

    /** Reads an output CSV file into one map per row, keyed by the header's column names. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = parseLine(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = parseLine(line);
            if (fields.size() != header.size()) {
                throw new IllegalStateException(file + ": " + fields.size() + " fields where the header has " + header.size() + ": " + line);
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Returns the header of an output CSV file. */
    static List<String> csvHeader(Path file) throws IOException {
        return parseLine(Files.readAllLines(file).get(0));
    }

    /** Splits one CSV line and honours double quotes. Output files have no line breaks inside fields. */
    private static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
