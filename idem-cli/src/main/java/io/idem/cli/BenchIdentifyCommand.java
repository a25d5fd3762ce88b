package io.idem.cli;

import io.idem.demo.DemoSpec;
import io.idem.demo.ScaleGenerator;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.IdentifyState;
import io.idem.identify.SegmentEngine;
import io.idem.identify.TriggerEngine;
import io.idem.identify.TriggerState;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code idem bench identify}: generates the benchmark data straight into a store (or reuses data
 * generated with the same options), runs the identify stage of the benchmark workspace (50
 * features, 20 triggers, 20 segments), then the hand-written SQL of the same 50 features, checks
 * that both give the same value for every feature of every account, and prints the timings, the
 * ratio between them, the JVM's peak heap during the identify stage and the engine's spill to disk.
 */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Benchmark the identify stage on generated data against hand-written SQL of the same features.")
final class BenchIdentifyCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchIdentifyCommand.class);
    private static final String MARKER_TABLE = "idem_bench_data";
    private static final String RUN_ID = "bench-identify";

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts to generate (default: 1000000).")
    long accounts;

    @Option(names = "--events-per-account", defaultValue = "100", description = "Usage events per account (default: 100).")
    int eventsPerAccount;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated values (default: 42).")
    long seed;

    @Option(names = "--store", description = "Store address, such as postgresql://postgres@127.0.0.1:5432/bench; "
            + "default: the DuckDB file bench.duckdb in the work folder.")
    String store;

    @Option(names = "--work", defaultValue = "out/bench-identify", description = "Work folder for the workspace and the DuckDB file "
            + "(default: out/bench-identify).")
    Path work;

    @Option(names = "--keep-state", description = "Keep the trigger and segment states of the previous run in the store, so that "
            + "the run measures a repeated run on the same data instead of a first run.")
    boolean keepState;

    @Option(names = "--regenerate", description = "Generate the data even when the store already has data from the same options.")
    boolean regenerate;

    @Override
    public Integer call() throws IOException {
        if (accounts < 1 || accounts > 10_000_000) {
            throw new ParameterException(spec.commandLine(), "invalid --accounts " + accounts + ": use 1 to 10000000");
        }
        if (eventsPerAccount < 0 || eventsPerAccount > 10_000) {
            throw new ParameterException(spec.commandLine(), "invalid --events-per-account " + eventsPerAccount + ": use 0 to 10000");
        }
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar progress = new ProgressBar(new PrintWriter(System.err, true), System.console() != null);
        LocalDate asOf = DemoSpec.DEFAULT_AS_OF;
        Path workspaceFolder = work.resolve("workspace");
        ScaleGenerator.writeBenchWorkspace(workspaceFolder, asOf);
        Workspace workspace = WorkspaceLoader.load(workspaceFolder);
        Definitions definitions = Definitions.compile(workspace);
        StoreLocation location = store == null ? StoreLocation.duckDb(work.toAbsolutePath().resolve("bench.duckdb"))
                : StoreLocation.parse(store, workspaceFolder);
        ScaleGenerator.Spec data = new ScaleGenerator.Spec(accounts, eventsPerAccount, seed, asOf);

        try (Store opened = Store.open(location)) {
            long generateMillis = generateUnlessPresent(opened, workspace, data, progress);
            if (!keepState) {
                clearIdentifyState(opened);
            }

            Timings idem = runIdentify(opened, definitions, asOf, progress);

            progress.stageStarted("hand-written SQL", 0);
            long started = System.nanoTime();
            long cpuStarted = processCpuMillis();
            HandWrittenFeatures hand;
            long handSpill;
            try (SpillMeter spill = SpillMeter.start(opened)) {
                hand = HandWrittenFeatures.compute(opened, asOf);
                handSpill = spill.spilledBytes();
            }
            long handMillis = millisSince(started);
            long handCpuMillis = processCpuMillis() - cpuStarted;
            progress.stageFinished("hand-written SQL", handMillis);

            progress.stageStarted("compare values", 0);
            started = System.nanoTime();
            HandWrittenFeatures.Comparison comparison = hand.compare(idem.frame());
            progress.stageFinished("compare values", millisSince(started));

            print(out, location, data, generateMillis, idem, handMillis, handCpuMillis, handSpill, hand, comparison);
            return comparison.mismatches() == 0 ? 0 : 1;
        }
    }

    /** Timings and measurements of one identify stage. */
    private record Timings(AccountFrame frame, long featureMillis, long triggerSegmentMillis, long saveMillis, long featureCpuMillis,
                           long peakHeapBytes, long gcCount, long gcMillis, long spillBytes, int firings, long segmentMembers) {
        long totalMillis() {
            return featureMillis + triggerSegmentMillis + saveMillis;
        }
    }

    private Timings runIdentify(Store store, Definitions definitions, LocalDate asOf, ProgressBar progress) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCountBefore = gcCount();
        long gcMillisBefore = gcMillis();

        try (SpillMeter spill = SpillMeter.start(store)) {
            progress.stageStarted("identify: features", 0);
            long started = System.nanoTime();
            long cpuStarted = processCpuMillis();
            AccountFrame frame = new FeatureEngine(definitions, store).compute(asOf);
            long featureMillis = millisSince(started);
            long featureCpuMillis = processCpuMillis() - cpuStarted;
            progress.stageFinished("identify: features", featureMillis);

            progress.stageStarted("identify: triggers, segments", 0);
            started = System.nanoTime();
            IdentifyState state = new IdentifyState(store);
            Map<String, Map<String, TriggerState>> storedTriggers = state.loadTriggerStates();
            TriggerEngine.Evaluation triggers = TriggerEngine.evaluate(definitions, frame, asOf, storedTriggers);
            Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, asOf, state.loadOpenMemberships());
            long evaluateMillis = millisSince(started);
            progress.stageFinished("identify: triggers, segments", evaluateMillis);

            progress.stageStarted("identify: save states", 0);
            started = System.nanoTime();
            saveStates(store, state, storedTriggers, triggers, segments, asOf);
            long saveMillis = millisSince(started);
            progress.stageFinished("identify: save states", saveMillis);

            int firings = triggers.fired().values().stream().mapToInt(java.util.List::size).sum();
            long members = segments.values().stream().mapToLong(change -> change.members().size()).sum();
            return new Timings(frame, featureMillis, evaluateMillis, saveMillis, featureCpuMillis, peakHeapBytes(), gcCount() - gcCountBefore,
                    gcMillis() - gcMillisBefore, spill.spilledBytes(), firings, members);
        }
    }

    private static void saveStates(Store store, IdentifyState state, Map<String, Map<String, TriggerState>> storedTriggers,
                                   TriggerEngine.Evaluation triggers, Map<String, SegmentEngine.Change> segments, LocalDate asOf) {
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            state.saveTriggers(triggers, storedTriggers, asOf, RUN_ID);
            state.saveMemberships(segments, asOf, RUN_ID);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException rollback) {
                LOG.warn("Run {}: rollback of the benchmark's trigger and segment states failed: {}", RUN_ID, rollback.getMessage(), rollback);
            }
            throw e instanceof RuntimeException runtime ? runtime
                    : new StoreException("cannot save the benchmark's trigger and segment states: " + e.getMessage(), e);
        }
    }

    /** Empties the trigger and segment states, so that the run evaluates as a first run (skipped with {@code --keep-state}). */
    private static void clearIdentifyState(Store store) {
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DELETE FROM trigger_firing");
            statement.execute("DELETE FROM trigger_state");
            statement.execute("DELETE FROM segment_membership");
        } catch (SQLException e) {
            throw new StoreException("cannot clear the trigger and segment states of the benchmark store: " + e.getMessage(), e);
        }
    }

    /**
     * Generates the data unless the marker table records the same options, and returns the
     * milliseconds spent generating (0 when the data is reused).
     */
    private long generateUnlessPresent(Store store, Workspace workspace, ScaleGenerator.Spec data, ProgressBar progress) {
        if (!regenerate && markerMatches(store, data)) {
            LOG.info("Reusing the benchmark data in {} ({} accounts, {} events per account, seed {})", store.location().describe(),
                    data.accounts(), data.eventsPerAccount(), data.seed());
            return 0;
        }
        progress.stageStarted("generate data", data.totalRows());
        long started = System.nanoTime();
        ScaleGenerator.generate(workspace, store, data, (done, total) -> progress.progress(done));
        writeMarker(store, data);
        long millis = millisSince(started);
        progress.stageFinished("generate data", millis);
        return millis;
    }

    private static boolean markerMatches(Store store, ScaleGenerator.Spec data) {
        String sql = "SELECT accounts, events_per_account, seed, as_of FROM " + store.dialect().quoteIdentifier(MARKER_TABLE);
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getLong(1) == data.accounts() && rows.getInt(2) == data.eventsPerAccount()
                    && rows.getLong(3) == data.seed() && data.asOf().toString().equals(rows.getString(4));
        } catch (SQLException e) {
            // A missing marker table is the usual case on a new store.
            LOG.debug("No benchmark data marker in {}: {}", store.location().describe(), e.getMessage());
            return false;
        }
    }

    private static void writeMarker(Store store, ScaleGenerator.Spec data) {
        String table = store.dialect().quoteIdentifier(MARKER_TABLE);
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (accounts BIGINT, events_per_account INTEGER, seed BIGINT, as_of VARCHAR(10))");
        } catch (SQLException e) {
            throw new StoreException("cannot create " + MARKER_TABLE + ": " + e.getMessage(), e);
        }
        try (PreparedStatement insert = store.connection().prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, data.accounts());
            insert.setInt(2, data.eventsPerAccount());
            insert.setLong(3, data.seed());
            insert.setString(4, data.asOf().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the benchmark data options in " + MARKER_TABLE + ": " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, StoreLocation location, ScaleGenerator.Spec data, long generateMillis, Timings idem,
                              long handMillis, long handCpuMillis, long handSpill, HandWrittenFeatures hand,
                              HandWrittenFeatures.Comparison comparison) {
        out.printf(Locale.ROOT, "store %s, %,d accounts, %,d usage events, seed %d, as of %s%n", location.describe(), data.accounts(),
                data.usageRows(), data.seed(), data.asOf());
        out.printf(Locale.ROOT, "available processors %d, max heap %.0f MiB, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("| step | seconds |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| generate data (not timed in the ratio) | %s |%n",
                generateMillis == 0 ? "reused" : String.format(Locale.ROOT, "%.2f", generateMillis / 1000.0));
        out.printf(Locale.ROOT, "| identify: features | %.2f |%n", idem.featureMillis() / 1000.0);
        out.printf(Locale.ROOT, "| identify: triggers, segments | %.2f |%n", idem.triggerSegmentMillis() / 1000.0);
        out.printf(Locale.ROOT, "| identify: save states | %.2f |%n", idem.saveMillis() / 1000.0);
        out.printf(Locale.ROOT, "| **identify stage** | **%.2f** |%n", idem.totalMillis() / 1000.0);
        out.printf(Locale.ROOT, "| hand-written SQL of the %d features, rows read into memory | %.2f |%n", hand.featureNames().size(),
                handMillis / 1000.0);
        out.printf(Locale.ROOT, "ratio identify stage / hand-written SQL: %.2f; features only / hand-written SQL: %.2f%n",
                (double) idem.totalMillis() / handMillis, (double) idem.featureMillis() / handMillis);
        out.printf(Locale.ROOT, "process CPU time: identify features %.2f s, hand-written SQL %.2f s, ratio %.2f%n", idem.featureCpuMillis() / 1000.0,
                handCpuMillis / 1000.0, (double) idem.featureCpuMillis() / handCpuMillis);
        out.printf(Locale.ROOT, "identify: peak heap %.0f MiB, %d GC runs taking %.2f s, spill to disk %.1f MiB; "
                        + "%,d trigger firings, %,d segment members%n", idem.peakHeapBytes() / 1048576.0, idem.gcCount(),
                idem.gcMillis() / 1000.0, idem.spillBytes() / 1048576.0, idem.firings(), idem.segmentMembers());
        out.printf(Locale.ROOT, "hand-written SQL: spill to disk %.1f MiB%n", handSpill / 1048576.0);
        out.printf(Locale.ROOT, "compared %,d values (%d features of %,d accounts): %,d mismatches%n", comparison.valuesCompared(),
                hand.featureNames().size(), hand.accountCount(), comparison.mismatches());
        comparison.mismatchesByFeature().forEach((feature, count) -> out.printf(Locale.ROOT, "  %s: %,d mismatches%n", feature, count));
        comparison.examples().stream().limit(30).forEach(example -> out.println("  " + example));
        out.flush();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Returns the CPU time of every thread of this process, DuckDB's included, or -1 where the JVM cannot measure it. */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
