package io.idem.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The import of one source's file.
 *
 * @param contentHash     SHA-256 of the file's bytes, lower-case hex
 * @param rowsRead        data records in the file, not counting the header and empty lines
 * @param rowsLoaded      records written to the source table
 * @param rowsQuarantined records written to quarantine_row instead. Loaded plus quarantined equals read
 * @param skipped         true when the file was unchanged since the last import and nothing was written;
 *                        the row counts are then those of that import
 * @param warnings        the explicit rules applied, with counts. Empty for a skipped file except
 *                        for the cross-source checks, which run on every import
 */
public record FileImport(String sourceName, Path file, String contentHash, long rowsRead, long rowsLoaded,
                         long rowsQuarantined, boolean skipped, List<RuleWarning> warnings, Duration elapsed) {

    public FileImport {
        Objects.requireNonNull(sourceName, "sourceName is null");
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(contentHash, "contentHash is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
        warnings = List.copyOf(warnings);
        if (rowsLoaded + rowsQuarantined != rowsRead) {
            throw new IllegalArgumentException("source " + sourceName + ": rows loaded (" + rowsLoaded + ") plus quarantined ("
                    + rowsQuarantined + ") differ from rows read (" + rowsRead + ")");
        }
    }

    /** Returns a copy with more warnings appended. */
    FileImport withWarnings(List<RuleWarning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RuleWarning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new FileImport(sourceName, file, contentHash, rowsRead, rowsLoaded, rowsQuarantined, skipped, all, elapsed);
    }
}
