package io.idem.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of {@link Importer#importAll}: one entry per source, in the order they were imported. */
public record ImportSummary(String runId, List<FileImport> files, Duration elapsed) {

    public ImportSummary {
        Objects.requireNonNull(runId, "runId is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
        files = List.copyOf(files);
    }

    public Optional<FileImport> file(String sourceName) {
        return files.stream().filter(f -> f.sourceName().equals(sourceName)).findFirst();
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileImport::rowsRead).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileImport::rowsLoaded).sum();
    }

    public long rowsQuarantined() {
        return files.stream().mapToLong(FileImport::rowsQuarantined).sum();
    }
}
