package io.idem.ingest;

import io.idem.ingest.QuarantineWriter.RowProblem;
import io.idem.store.BulkWriter;
import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads one source's file into a fresh {@code src_<name>} table, row by row, sending every row it
 * cannot load to quarantine_row with the reason. Runs inside the caller's transaction and leaves
 * commit or rollback to it.
 */
final class SourceLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SourceLoader.class);

    /** The counts of one load. */
    record Result(long rowsRead, long rowsLoaded, long rowsQuarantined, List<RuleWarning> warnings) {
    }

    private final Store store;
    private final String runId;
    private final ImportListener listener;

    SourceLoader(Store store, String runId, ImportListener listener) {
        this.store = store;
        this.runId = runId;
        this.listener = listener;
    }

    /**
     * Loads the file of {@code plan}.
     *
     * @param linkedKeys the key values of the source that the account link points to, or null when
     *                   the source has no account link
     */
    Result load(SourcePlan plan, Set<String> linkedKeys) throws IOException, SQLException {
        Source source = plan.source();
        createTable(source);
        deleteQuarantine(source.name());

        RowChecks checks = new RowChecks(source, linkedKeys);
        List<Column> columns = List.copyOf(source.columns().values());
        ColumnConverter[] converters = columns.stream().map(ColumnConverter::new).toArray(ColumnConverter[]::new);
        List<String> names = new ArrayList<>(source.columns().keySet());
        names.add(SourceFileChecker.LINE_COLUMN);
        List<ColumnType> types = new ArrayList<>(columns.stream().map(Column::type).toList());
        types.add(ColumnType.INTEGER);

        Counts counts = new Counts();
        var stream = new ProgressInputStream(Files.newInputStream(plan.file()), listener, source.name(), plan.file(), plan.sizeBytes());
        try (CsvParser parser = new CsvParser(new InputStreamReader(stream, EncodingScanner.strictDecoder(plan.charset())), plan.delimiter());
             BulkWriter rows = store.bulkWriter(source.tableName(), names, types);
             QuarantineWriter quarantine = new QuarantineWriter(store, runId, source.name(), source.file())) {
            copyRows(parser, plan, converters, checks, rows, quarantine, counts);
        }
        if (!source.key().isEmpty()) {
            long duplicates = quarantineDuplicateKeys(source);
            checks.duplicateKeys = duplicates;
            counts.loaded -= duplicates;
            counts.quarantined += duplicates;
        }

        List<RuleWarning> warnings = new ArrayList<>();
        for (ColumnConverter converter : converters) {
            warnings.addAll(converter.warnings());
        }
        warnings.addAll(checks.warnings());
        return new Result(counts.read, counts.loaded, counts.quarantined, warnings);
    }

    /**
     * Moves every row whose key repeats the key of a row on an earlier line to quarantine, with the
     * first line in the reason. The store finds them with one grouped scan, which for a
     * ten-million-row file is far cheaper than a hash map of every key in Java.
     */
    private long quarantineDuplicateKeys(Source source) throws SQLException {
        SqlDialect dialect = store.dialect();
        String table = dialect.quoteIdentifier(source.tableName());
        String line = dialect.quoteIdentifier(SourceFileChecker.LINE_COLUMN);
        List<String> keys = source.key().stream().map(dialect::quoteIdentifier).toList();
        String keyList = String.join(", ", keys);
        String join = keys.stream().map(k -> "t." + k + " = f." + k).collect(java.util.stream.Collectors.joining(" AND "));
        String select = "SELECT t." + line + ", f.first_line, " + keys.stream().map(k -> "t." + k).collect(java.util.stream.Collectors.joining(", "))
                + " FROM " + table + " t JOIN (SELECT " + keyList + ", MIN(" + line + ") AS first_line FROM " + table
                + " GROUP BY " + keyList + " HAVING COUNT(*) > 1) f ON " + join + " WHERE t." + line + " > f.first_line ORDER BY t." + line;
        List<Object[]> quarantined = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement statement = store.connection().prepareStatement(select);
             java.sql.ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long duplicateLine = rows.getLong(1);
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < keys.size(); k++) {
                    key.append(k == 0 ? "" : ",").append(rows.getObject(3 + k));
                }
                lines.add(duplicateLine);
                quarantined.add(new Object[] {source.name(), source.file(), duplicateLine, String.join(",", source.key()), key.toString(),
                        "duplicate key: line " + rows.getLong(2) + " has the same key", null, runId});
            }
        }
        for (int start = 0; start < lines.size(); start += 1_000) {
            List<Long> chunk = lines.subList(start, Math.min(lines.size(), start + 1_000));
            String delete = "DELETE FROM " + table + " WHERE " + line + " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = store.connection().prepareStatement(delete)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                statement.executeUpdate();
            }
        }
        store.insertRows("quarantine_row", List.of("source_name", "file_name", "line_number", "column_name", "raw_value", "reason", "raw_line",
                "run_id"), quarantined, null);
        if (!lines.isEmpty()) {
            LOG.warn("Run {}: source {}: {} row(s) quarantined because their key repeats an earlier line's, first at line {}", runId,
                    source.name(), lines.size(), lines.get(0));
        }
        return lines.size();
    }

    /** Mutable row counters of one load. */
    private static final class Counts {
        long read;
        long loaded;
        long quarantined;
    }

    private static void copyRows(CsvParser parser, SourcePlan plan, ColumnConverter[] converters, RowChecks checks,
                                 BulkWriter rows, QuarantineWriter quarantine, Counts counts) throws IOException {
        Object[] values = new Object[converters.length + 1];
        List<RowProblem> problems = new ArrayList<>();
        try {
            parser.next();
            while (parser.next()) {
                counts.read++;
                problems.clear();
                convert(parser, plan, converters, values, problems);
                if (problems.isEmpty()) {
                    checks.check(values, parser.recordLine(), problems);
                }
                if (problems.isEmpty()) {
                    values[converters.length] = parser.recordLine();
                    rows.write(values);
                    counts.loaded++;
                } else {
                    quarantine.write(parser.recordLine(), parser.rawRecord(), problems);
                    counts.quarantined++;
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException("bytes that are not valid " + plan.source().encoding() + " after line " + parser.recordLine(), e);
        }
    }

    /** Converts every declared column of the current record into {@code values}, collecting the problems. */
    private static void convert(CsvParser parser, SourcePlan plan, ColumnConverter[] converters, Object[] values,
                                List<RowProblem> problems) {
        if (parser.problem() != null) {
            problems.add(new RowProblem(null, null, parser.problem()));
            return;
        }
        if (parser.fieldCount() != plan.headerFieldCount()) {
            problems.add(new RowProblem(null, null, "the row has " + parser.fieldCount() + " fields, the header has "
                    + plan.headerFieldCount()));
            return;
        }
        char[] chars = parser.fieldChars();
        for (int c = 0; c < converters.length; c++) {
            int field = plan.headerIndex(c);
            try {
                values[c] = converters[c].convert(chars, parser.fieldStart(field), parser.fieldEnd(field));
            } catch (InvalidValueException e) {
                Column column = converters[c].column();
                problems.add(new RowProblem(column.name(), parser.field(field), e.reason() + " (" + column.type().configName()
                        + " column, header '" + column.header() + "')"));
            }
        }
    }

    private void createTable(Source source) throws SQLException {
        SqlDialect dialect = store.dialect();
        String table = dialect.quoteIdentifier(source.tableName());
        String columns = source.columns().values().stream()
                .map(c -> dialect.quoteIdentifier(c.name()) + " " + dialect.typeName(c.type()))
                .collect(Collectors.joining(", "));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (" + columns + ", "
                    + dialect.quoteIdentifier(SourceFileChecker.LINE_COLUMN) + " " + dialect.typeName(ColumnType.INTEGER) + ")");
        }
    }

    private void deleteQuarantine(String sourceName) throws SQLException {
        try (PreparedStatement statement = store.connection().prepareStatement("DELETE FROM quarantine_row WHERE source_name = ?")) {
            statement.setString(1, sourceName);
            statement.executeUpdate();
        }
    }

    /**
     * The checks that look beyond one value: the account link must match a row of the linked
     * source, and the key must not repeat the key of an earlier loaded row.
     */
    private static final class RowChecks {

        private static final char KEY_SEPARATOR = '\u001F';

        private final Source source;
        private final Set<String> linkedKeys;
        private final int linkColumn;
        private final int[] keyColumns;
        private long unmatchedLinks;
        /** Set after loading, from the store's duplicate scan. */
        long duplicateKeys;

        RowChecks(Source source, Set<String> linkedKeys) {
            this.source = source;
            this.linkedKeys = linkedKeys;
            List<String> names = List.copyOf(source.columns().keySet());
            this.linkColumn = linkedKeys == null ? -1 : names.indexOf(source.accountLink().column());
            this.keyColumns = source.key().stream().mapToInt(names::indexOf).toArray();
        }

        void check(Object[] values, long line, List<RowProblem> problems) {
            if (linkColumn >= 0) {
                Object link = values[linkColumn];
                if (link == null || !linkedKeys.contains(link.toString())) {
                    unmatchedLinks++;
                    problems.add(new RowProblem(source.accountLink().column(), link == null ? null : link.toString(),
                            (link == null ? "missing link value" : "link value '" + link + "' matches no row")
                                    + " of source " + source.accountLink().source()));
                    return;
                }
            }
            if (keyColumns.length > 0) {
                checkKey(values, line, problems);
            }
        }

        private void checkKey(Object[] values, long line, List<RowProblem> problems) {
            String key = keyText(values);
            if (key == null) {
                problems.add(new RowProblem(String.join(",", source.key()), null, "missing key value"));
                return;
            }
        }

        private String keyText(Object[] values) {
            if (keyColumns.length == 1) {
                Object value = values[keyColumns[0]];
                return value == null ? null : value.toString();
            }
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < keyColumns.length; k++) {
                Object value = values[keyColumns[k]];
                if (value == null) {
                    return null;
                }
                if (k > 0) {
                    key.append(KEY_SEPARATOR);
                }
                key.append(value);
            }
            return key.toString();
        }

        List<RuleWarning> warnings() {
            List<RuleWarning> warnings = new ArrayList<>();
            if (unmatchedLinks > 0) {
                warnings.add(new RuleWarning(ImportRule.UNMATCHED_LINK, source.accountLink().column(), unmatchedLinks));
            }
            if (duplicateKeys > 0) {
                warnings.add(new RuleWarning(ImportRule.DUPLICATE_KEY, String.join(",", source.key()), duplicateKeys));
            }
            return warnings;
        }
    }
}
