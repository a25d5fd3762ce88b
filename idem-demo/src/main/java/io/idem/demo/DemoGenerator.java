package io.idem.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a seeded synthetic B2B SaaS workspace: {@code idem.yaml} and seven CSV files under
 * {@code data/}. The same {@link DemoSpec} always gives byte-identical files. Existing files of
 * the same names are overwritten; other files in the folder are left alone.
 */
public final class DemoGenerator {

    public static final String CONFIG_FILE = "idem.yaml";
    public static final String DATA_FOLDER = "data";
    private static final Logger LOG = LoggerFactory.getLogger(DemoGenerator.class);
    private static final int PROGRESS_UPDATES = 200;
    /** Invoices fall due up to this many days after the as-of date; the date cache covers them. */
    private static final int DAYS_AFTER_AS_OF = InvoiceSimulator.PAYMENT_TERMS_DAYS + 1;

    private DemoGenerator() {
    }

    /** Generates the workspace without progress reports; see {@link #generate(DemoSpec, Path, DemoProgress)}. */
    public static DemoWorkspace generate(DemoSpec spec, Path folder) {
        return generate(spec, folder, DemoProgress.NONE);
    }

    /**
     * Generates the workspace into {@code folder}, creating it and its data folder when missing.
     *
     * @throws UncheckedIOException when a folder cannot be created or a file cannot be written
     */
    public static DemoWorkspace generate(DemoSpec spec, Path folder, DemoProgress progress) {
        Objects.requireNonNull(spec, "spec is null");
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(progress, "progress is null");
        long started = System.nanoTime();
        LOG.info("Generating demo workspace in {}: {} accounts, seed {}, as of {}, {} months, {} usage rows per account",
                folder, spec.accounts(), spec.seed(), spec.asOf(), spec.months(), spec.usageEventsPerAccount());

        HistoryWindow window = new HistoryWindow(spec);
        double rowsPerWeight = rowsPerUsageWeight(spec, window);
        Path dataFolder = folder.resolve(DATA_FOLDER);
        try {
            Files.createDirectories(dataFolder);
            WorkspaceYaml.write(folder.resolve(CONFIG_FILE), spec);
        } catch (IOException e) {
            throw failure(folder, e);
        }
        DemoWorkspace workspace = writeData(spec, window, folder, rowsPerWeight, progress);

        LOG.info("Generated demo workspace in {}: {} rows in {} ms", folder, workspace.totalRows(),
                (System.nanoTime() - started) / 1_000_000);
        return workspace;
    }

    /** Simulates every account once without writing, to scale usage weights to the requested row count. */
    private static double rowsPerUsageWeight(DemoSpec spec, HistoryWindow window) {
        AccountStream accounts = new AccountStream(spec, window);
        double totalWeight = 0;
        while (accounts.hasNext()) {
            totalWeight += accounts.next(null).totalUsageWeight();
        }
        return totalWeight == 0 ? 0 : (double) spec.usageEventsPerAccount() * spec.accounts() / totalWeight;
    }

    private static DemoWorkspace writeData(DemoSpec spec, HistoryWindow window, Path folder, double rowsPerWeight,
                                           DemoProgress progress) {
        int firstDay = HistoryWindow.plusMonths(window.firstDay(), -ProfileFactory.ESTABLISHED_MONTHS);
        DateText dates = new DateText(firstDay, window.asOfDay() + DAYS_AFTER_AS_OF);
        Draws usageDraws = new Draws();
        UsageSampler usage = new UsageSampler(window, usageDraws, rowsPerWeight);
        AccountStream accounts = new AccountStream(spec, window);
        int step = Math.max(1, spec.accounts() / PROGRESS_UPDATES);
        Map<String, Long> rowCounts;
        try (DemoFiles files = new DemoFiles(folder.resolve(DATA_FOLDER), dates)) {
            int done = 0;
            while (accounts.hasNext()) {
                AccountHistory history = accounts.next(usageDraws);
                files.write(history);
                usage.write(history, files.usage());
                done++;
                if (done % step == 0 || done == spec.accounts()) {
                    progress.update(done, spec.accounts(), files.rowsWritten());
                }
            }
            rowCounts = files.rowCounts();
        } catch (IOException e) {
            throw failure(folder, e);
        }
        return new DemoWorkspace(folder, spec.asOf(), rowCounts);
    }

    private static UncheckedIOException failure(Path folder, IOException e) {
        return new UncheckedIOException("cannot write the demo workspace to " + folder + ": " + e
                + "; check that the folder is writable and the disk has space", e);
    }
}
