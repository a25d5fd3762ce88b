package io.idem.cli;

import io.idem.cycle.IdemCycle;
import io.idem.cycle.RunListener;
import io.idem.cycle.RunRequest;
import io.idem.cycle.RunResult;
import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.demo.DemoWorkspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code idem bench}: generates the demo workspace at a given size and runs the cycle, printing
 * wall time per stage, the JVM's peak heap (sum of the heap pools' peaks) and the process's peak
 * resident memory (VmHWM from /proc/self/status, Linux only) as a Markdown table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchIdentifyCommand.class, BenchIncrementalCommand.class},
        description = "Benchmark the whole cycle on generated demo data and print seconds per stage and peak memory.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "100000", description = "Accounts to generate (default: 100000).")
    int accounts;

    @Option(names = "--events-per-account", defaultValue = "100", description = "Average usage events per account (default: 100).")
    int eventsPerAccount;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--backtest-months", defaultValue = "12", description = "Month ends the trigger backtest replays (default: 12).")
    int backtestMonths;

    @Option(names = "--store", description = "Store address; default: a new DuckDB file in the work folder.")
    String store;

    @Option(names = "--work", defaultValue = "out/bench", description = "Work folder, emptied of a previous store first (default: out/bench).")
    Path work;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> stages = new LinkedHashMap<>();
        RunListener timer = new RunListener() {
            @Override
            public void stageFinished(String stage, long elapsedMillis) {
                stages.merge(stage, elapsedMillis, Long::sum);
            }
        };
        Path folder = work.resolve("workspace");
        Files.deleteIfExists(folder.resolve(".idem/idem.duckdb"));
        Files.deleteIfExists(folder.resolve(".idem/idem.duckdb.wal"));

        long started = System.nanoTime();
        DemoWorkspace workspace = DemoGenerator.generate(new DemoSpec(accounts, seed, DemoSpec.DEFAULT_AS_OF, DemoSpec.DEFAULT_MONTHS,
                eventsPerAccount), folder, (done, total, rows) -> { });
        long generated = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        RunResult result = IdemCycle.run(new RunRequest(workspace.folder(), null, store, LocalDate.from(workspace.asOf()),
                work.resolve("out"), backtestMonths), timer);
        long cycle = (System.nanoTime() - started) / 1_000_000;

        out.printf(Locale.ROOT, "accounts %,d, usage events %,d, rows in all files %,d%n", accounts,
                workspace.rowCounts().getOrDefault("usage.csv", 0L), workspace.totalRows());
        out.println("| stage | seconds |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| generate demo files (not part of the cycle) | %.2f |%n", generated / 1000.0);
        stages.forEach((stage, millis) -> out.printf(Locale.ROOT, "| %s | %.2f |%n", stage, millis / 1000.0));
        out.printf(Locale.ROOT, "| **whole cycle** | **%.2f** |%n", cycle / 1000.0);
        out.printf(Locale.ROOT, "peak heap %.0f MiB, peak resident memory %s, max heap %.0f MiB, %d plays started%n",
                peakHeapBytes() / 1048576.0, peakResident(), Runtime.getRuntime().maxMemory() / 1048576.0, result.playsStarted());
        out.flush();
        return 0;
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

    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
