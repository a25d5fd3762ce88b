package io.idem.identify;

import io.idem.store.ColumnType;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The RavenStack example workspace and its CSV files, read without the importer: each file is
 * split on commas (the files have no quoted fields) and converted by the declared column types.
 */
final class RavenStackData {

    static final List<String> SOURCES = List.of("accounts", "subscriptions", "usage", "tickets");

    private RavenStackData() {
    }

    static Workspace workspace() {
        String project = System.getProperty("idem.project.dir");
        if (project == null) {
            throw new IllegalStateException("system property idem.project.dir is not set; run the tests through Maven, "
                    + "which sets it to the project root");
        }
        return WorkspaceLoader.load(Path.of(project, "examples", "ravenstack"));
    }

    static Path dataFolder() {
        Path folder = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve("ravenstack-saas");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("RavenStack data folder " + folder.toAbsolutePath()
                    + " is missing; set the system property idem.data.dir to the folder that contains ravenstack-saas");
        }
        return folder;
    }

    /** Returns the rows of a source's file: one value per declared column, then the file line. */
    static List<Object[]> rows(Source source) throws IOException {
        Path file = dataFolder().resolve(source.file());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Column> columns = new ArrayList<>(source.columns().values());
        int[] positions = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            positions[c] = header.indexOf(columns.get(c).header());
            if (positions[c] < 0) {
                throw new IllegalStateException(file + " has no column " + columns.get(c).header());
            }
        }
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                throw new IllegalStateException(file + " line " + (i + 1) + " has a quoted field, which this reader does not split");
            }
            String[] fields = line.split(",", -1);
            Object[] row = new Object[columns.size() + 1];
            for (int c = 0; c < columns.size(); c++) {
                row[c] = convert(fields[positions[c]], columns.get(c).type());
            }
            row[columns.size()] = (long) i + 1;
            rows.add(row);
        }
        return rows;
    }

    /** Creates and fills the tables of the sources that the example's features read. */
    static void load(Store store, Workspace workspace) throws Exception {
        for (String name : SOURCES) {
            Source source = workspace.sources().get(name);
            SourceTable.create(store, source);
            SourceTable.insert(store, source, rows(source));
        }
    }

    private static Object convert(String text, ColumnType type) {
        if (text.isBlank()) {
            return null;
        }
        return switch (type) {
            case STRING -> text;
            case INTEGER -> Long.parseLong(text);
            case NUMBER -> Double.parseDouble(text);
            case MONEY -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a boolean: " + text);
            };
        };
    }
}
