package io.idem.cycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to run: the workspace folder, where its data files are (null: the workspace's {@code data}
 * folder), the store ({@code null}: the embedded DuckDB file), the as-of date (null: the
 * workspace's {@code as_of}, else today), the output folder, and how many month ends the trigger
 * backtest replays.
 */
public record RunRequest(Path workspace, Path dataDirectory, String store, LocalDate asOf, Path outputDirectory, int backtestMonths) {

    public RunRequest {
        Objects.requireNonNull(workspace, "workspace is null");
        Objects.requireNonNull(outputDirectory, "outputDirectory is null");
        if (backtestMonths < 0) {
            throw new IllegalArgumentException("backtestMonths must be 0 or more, was " + backtestMonths);
        }
    }
}
