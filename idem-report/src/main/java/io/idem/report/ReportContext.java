package io.idem.report;

import static java.util.Objects.requireNonNull;

import io.idem.report.html.Formats;
import io.idem.report.input.CsvTable;
import io.idem.report.input.ReportInputException;
import io.idem.report.input.RevenueSummary;
import io.idem.report.input.RunInfo;
import io.idem.report.input.SummaryReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output folder being reported on, with the two JSON files that several sections share read
 * once. The number formats take their currency from {@code revenue/summary.json} when it is readable.
 */
final class ReportContext {

    private final Path folder;
    private final RevenueSummary summary;
    private final ReportInputException summaryError;
    private final RunInfo run;
    private final ReportInputException runError;
    private final Formats formats;

    /** Takes each shared file as either its content, its read error, or neither when the file is missing. */
    private ReportContext(Path folder, RevenueSummary summary, ReportInputException summaryError, RunInfo run, ReportInputException runError) {
        this.folder = folder;
        this.summary = summary;
        this.summaryError = summaryError;
        this.run = run;
        this.runError = runError;
        this.formats = new Formats(summary == null ? null : summary.currency());
    }

    /** Reads the shared JSON files of {@code folder}; an unreadable file is kept as its error for the sections that need it. */
    static ReportContext open(Path folder) {
        requireNonNull(folder, "folder is null");

        RevenueSummary summary = null;
        ReportInputException summaryError = null;
        try {
            summary = SummaryReader.read(folder).orElse(null);
        } catch (ReportInputException e) {
            summaryError = e;
        }

        RunInfo run = null;
        ReportInputException runError = null;
        try {
            run = RunInfo.read(folder).orElse(null);
        } catch (ReportInputException e) {
            runError = e;
        }
        return new ReportContext(folder, summary, summaryError, run, runError);
    }

    /** Returns the output folder, for sections that list a folder of files rather than read one file. */
    Path folder() {
        return folder;
    }

    Formats formats() {
        return formats;
    }

    /** Returns the revenue summary, or empty when the file is missing; throws the read error when it is unreadable. */
    Optional<RevenueSummary> summary() throws ReportInputException {
        if (summaryError != null) {
            throw summaryError;
        }
        return Optional.ofNullable(summary);
    }

    /** Returns the run identity, or empty when run.json is missing; throws the read error when it is unreadable. */
    Optional<RunInfo> run() throws ReportInputException {
        if (runError != null) {
            throw runError;
        }
        return Optional.ofNullable(run);
    }

    /** Returns the as-of date from run.json, else from the revenue summary, else empty. */
    Optional<String> asOf() {
        if (run != null && run.asOf() != null) {
            return Optional.of(run.asOf());
        }
        return Optional.ofNullable(summary == null ? null : summary.asOf());
    }

    Optional<CsvTable> csv(String relativePath, List<String> requiredColumns) throws ReportInputException {
        return CsvTable.read(folder, relativePath, requiredColumns);
    }
}
