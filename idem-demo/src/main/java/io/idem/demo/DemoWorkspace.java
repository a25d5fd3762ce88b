package io.idem.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A generated workspace.
 *
 * @param folder    the workspace folder, which contains idem.yaml and the data folder
 * @param asOf      the last day of the generated history, also written as {@code as_of} in idem.yaml
 * @param rowCounts data rows written per file name (for example {@code usage.csv}), headers excluded,
 *                  in the order the files are declared in idem.yaml
 */
public record DemoWorkspace(Path folder, LocalDate asOf, Map<String, Long> rowCounts) {

    public DemoWorkspace {
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(asOf, "asOf is null");
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    public Path configFile() {
        return folder.resolve(DemoGenerator.CONFIG_FILE);
    }

    public Path dataFolder() {
        return folder.resolve(DemoGenerator.DATA_FOLDER);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
