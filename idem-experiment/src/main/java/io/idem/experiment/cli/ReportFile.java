package io.idem.experiment.cli;

import io.idem.statistics.cli.JsonOutput;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.analysis.ExperimentReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an experiment's analysis to {@code experiments/<experiment_id>.json} in a run folder, as the same
 * JSON that {@code idem experiment analyze} prints. The report section of the run reads these files.
 */
public final class ReportFile {

    public static final String FOLDER = "experiments";

    private ReportFile() {
    }

    /**
     * Writes the report, replacing a file of the same experiment, and returns the file's path.
     *
     * @throws UncheckedIOException when the folder cannot be created or the file cannot be written
     */
    public static Path write(Path runFolder, ExperimentReport report) {
        requireNonNull(runFolder, "runFolder is null");
        requireNonNull(report, "report is null");
        // Experiment ids contain only letters, digits, underscores, hyphens and dots, so the id is a safe file name.
        Path file = runFolder.resolve(FOLDER).resolve(report.experimentId() + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonOutput.text(report) + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the analysis of experiment " + report.experimentId() + " to "
                    + file + ": " + e.getMessage() + "; check that the folder is writable", e);
        }
        return file;
    }
}
