package io.idem.ingest;

import io.idem.store.SqlDialect;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a source's file before anything is loaded: that it exists and is readable, decodes in
 * the declared encoding, and has a header that contains every declared column's header. Problems
 * are added to a shared list so that the importer can report all of them at once.
 */
final class SourceFileChecker {

    static final String LINE_COLUMN = "_line";

    private final SqlDialect dialect;
    private final Path dataDirectory;
    private final List<ImportProblem> problems;

    SourceFileChecker(SqlDialect dialect, Path dataDirectory, List<ImportProblem> problems) {
        this.dialect = dialect;
        this.dataDirectory = dataDirectory;
        this.problems = problems;
    }

    /** Returns the plan for loading the source, or empty when a problem was added. */
    Optional<SourcePlan> check(Source source) {
        Path file = dataDirectory.resolve(source.file()).toAbsolutePath().normalize();
        int problemsBefore = problems.size();
        checkIdentifiers(source, file);
        if (!Files.exists(file)) {
            problems.add(ImportProblem.ofFile(source.name(), file, "file not found",
                    "the data folder is " + dataDirectory.toAbsolutePath().normalize() + " (from --data, else the 'data' setting "
                            + "of idem.yaml, relative to the workspace folder); fix that folder or the 'file' of source '"
                            + source.name() + "' in idem.yaml"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(ImportProblem.ofFile(source.name(), file, "not a readable file",
                    "check the file's permissions, or point the 'file' of source '" + source.name() + "' at a CSV file"));
            return Optional.empty();
        }
        try {
            Charset charset = EncodingScanner.charset(source.encoding());
            EncodingScanner.Result scan = EncodingScanner.scan(file, charset);
            if (!checkEncoding(source, file, charset, scan)) {
                return Optional.empty();
            }
            char delimiter = source.delimiter() != null ? source.delimiter() : detectDelimiter(file, charset);
            Optional<SourcePlan> plan = checkHeader(source, file, charset, delimiter, scan);
            return problems.size() == problemsBefore ? plan : Optional.empty();
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile(source.name(), file, "cannot read the file: " + e.getMessage(),
                    "check that the file is readable and not being written"));
            return Optional.empty();
        }
    }

    private void checkIdentifiers(Source source, Path file) {
        List<String> names = new ArrayList<>();
        names.add(source.tableName());
        names.addAll(source.columns().keySet());
        for (String name : names) {
            try {
                dialect.quoteIdentifier(name);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(source.name(), file, 0, name, name, "invalid table or column name",
                        "rename it in idem.yaml to letters, digits and underscores, starting with a letter"));
            }
        }
        if (source.columns().containsKey(LINE_COLUMN)) {
            problems.add(new ImportProblem(source.name(), file, 0, LINE_COLUMN, null,
                    "the column name _line is reserved for the file line of each row", "rename the column in idem.yaml"));
        }
    }

    private boolean checkEncoding(Source source, Path file, Charset charset, EncodingScanner.Result scan) {
        if (scan.sizeBytes() == 0) {
            problems.add(new ImportProblem(source.name(), file, 1, null, null, "the file is empty",
                    "export the file again with a header line"));
            return false;
        }
        if (scan.startsWithUtf8Bom() && !charset.name().equals("UTF-8")) {
            problems.add(new ImportProblem(source.name(), file, 1, null, null,
                    "the file starts with a UTF-8 byte-order mark but the source's encoding is " + source.encoding(),
                    "set 'encoding: utf-8' on source '" + source.name() + "'"));
            return false;
        }
        if (scan.invalidBytes() != null) {
            String other = charset.name().equals("UTF-8") ? "windows-1252" : "utf-8";
            problems.add(new ImportProblem(source.name(), file, scan.invalidLine(), null, scan.invalidBytes(),
                    "bytes that are not valid " + source.encoding(),
                    "set 'encoding: " + other + "' on source '" + source.name() + "' if the file is " + other
                            + ", or save it again as " + source.encoding()));
            return false;
        }
        return true;
    }

    private static char detectDelimiter(Path file, Charset charset) throws IOException {
        try (Reader reader = new BufferedReader(open(file, charset))) {
            return DelimiterDetector.detect(reader);
        }
    }

    static Reader open(Path file, Charset charset) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), EncodingScanner.strictDecoder(charset));
    }

    private Optional<SourcePlan> checkHeader(Source source, Path file, Charset charset, char delimiter,
                                             EncodingScanner.Result scan) throws IOException {
        List<String> headers = new ArrayList<>();
        try (CsvParser parser = new CsvParser(open(file, charset), delimiter)) {
            if (!parser.next()) {
                problems.add(new ImportProblem(source.name(), file, 1, null, null, "the file has no header line",
                        "export the file again with a header line"));
                return Optional.empty();
            }
            if (parser.problem() != null) {
                problems.add(new ImportProblem(source.name(), file, parser.recordLine(), null, null,
                        "invalid header: " + parser.problem(), "fix the quoting of the header line"));
            }
            for (int i = 0; i < parser.fieldCount(); i++) {
                headers.add(parser.field(i).strip());
            }
        } catch (CharacterCodingException e) {
            throw new IOException("the header does not decode as " + source.encoding(), e);
        }

        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            positions.putIfAbsent(headers.get(i), i);
        }
        int[] indexes = new int[source.columns().size()];
        int k = 0;
        for (Column column : source.columns().values()) {
            indexes[k++] = headerIndex(source, file, column, headers, positions, delimiter);
        }
        return Optional.of(new SourcePlan(source, file, charset, delimiter, headers.size(), indexes, scan.sha256(), scan.sizeBytes()));
    }

    private int headerIndex(Source source, Path file, Column column, List<String> headers, Map<String, Integer> positions,
                            char delimiter) {
        Integer index = positions.get(column.header());
        if (index == null) {
            String fix = Suggestions.hint(column.header(), positions.keySet());
            if (headers.size() == 1 && source.delimiter() == null) {
                fix += "; the header has a single field, so the delimiter may differ from ','. Set 'delimiter' on the source";
            } else if (headers.size() == 1) {
                fix += "; the header has a single field, so check the source's 'delimiter' ('" + printable(delimiter) + "')";
            }
            problems.add(new ImportProblem(source.name(), file, 1, column.name(), column.header(),
                    "the header has no column '" + column.header() + "'", fix));
            return -1;
        }
        if (headers.lastIndexOf(column.header()) != index) {
            problems.add(new ImportProblem(source.name(), file, 1, column.name(), column.header(),
                    "the header names '" + column.header() + "' more than once, in fields " + (index + 1) + " and "
                            + (headers.lastIndexOf(column.header()) + 1),
                    "rename one of them in the file"));
        }
        return index;
    }

    static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
