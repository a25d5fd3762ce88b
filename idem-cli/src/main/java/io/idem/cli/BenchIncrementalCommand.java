package io.idem.cli;

import io.idem.cycle.IdemCycle;
import io.idem.cycle.IncrementalCycle;
import io.idem.cycle.RunListener;
import io.idem.cycle.RunRequest;
import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.demo.DemoWorkspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code idem bench incremental}: generates the demo workspace, runs the cycle once, then
 * repeatedly appends one usage event for each of a number of random accounts and times
 * {@code idem run --incremental}. It prints each repetition's stages and the median of the
 * re-evaluation (every stage after the import) as Markdown.
 */
@Command(name = "incremental", mixinStandardHelpOptions = true,
        description = "Benchmark incremental runs after new usage events for random accounts, on generated demo data.")
final class BenchIncrementalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "100000", description = "Accounts to generate (default: 100000).")
    int accounts;

    @Option(names = "--events-per-account", defaultValue = "100", description = "Average usage events per account (default: 100).")
    int eventsPerAccount;

    @Option(names = "--changed-accounts", defaultValue = "1000", description = "Accounts that get a new usage event before each "
            + "incremental run (default: 1000).")
    int changedAccounts;

    @Option(names = "--repetitions", defaultValue = "3", description = "Incremental runs to time (default: 3).")
    int repetitions;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--work", defaultValue = "out/bench-incremental", description = "Work folder, emptied of a previous store first "
            + "(default: out/bench-incremental).")
    Path work;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = work.resolve("workspace");
        Files.deleteIfExists(folder.resolve(".idem/idem.duckdb"));
        Files.deleteIfExists(folder.resolve(".idem/idem.duckdb.wal"));
        DemoWorkspace workspace = DemoGenerator.generate(new DemoSpec(accounts, seed, DemoSpec.DEFAULT_AS_OF, DemoSpec.DEFAULT_MONTHS,
                eventsPerAccount), folder, (done, total, rows) -> { });
        LocalDate asOf = LocalDate.from(workspace.asOf());
        // One backtest month keeps the full run short; the incremental run does not backtest.
        RunRequest request = new RunRequest(workspace.folder(), null, null, asOf, work.resolve("out"), 1);

        long started = System.nanoTime();
        IdemCycle.run(request, RunListener.NONE);
        double fullSeconds = (System.nanoTime() - started) / 1e9;

        List<String> accountIds = accountIds(workspace.dataFolder().resolve("accounts.csv"));
        Random random = new Random(seed);
        List<Double> evaluations = new ArrayList<>();
        out.printf(Locale.ROOT, "accounts %,d, usage events %,d; full run %.2f s%n", accounts,
                workspace.rowCounts().getOrDefault("usage.csv", 0L), fullSeconds);
        out.println("| repetition | changed accounts | import s | features s | health s | triggers, segments s | health scores s | re-evaluation s |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int repetition = 1; repetition <= repetitions; repetition++) {
            Collections.shuffle(accountIds, random);
            appendUsage(workspace.dataFolder().resolve("usage.csv"), accountIds.subList(0, Math.min(changedAccounts, accountIds.size())),
                    asOf, repetition);
            IncrementalCycle.Result result = IncrementalCycle.run(request, RunListener.NONE);
            Map<String, Long> stages = result.stageMillis();
            long evaluation = stages.entrySet().stream().filter(e -> !e.getKey().equals("import")).mapToLong(Map.Entry::getValue).sum();
            evaluations.add(evaluation / 1000.0);
            out.printf(Locale.ROOT, "| %d | %,d | %.2f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", repetition, result.changedAccounts(),
                    seconds(stages, "import"), seconds(stages, "identify: features"), seconds(stages, "design: health"),
                    seconds(stages, "identify: triggers, segments"), seconds(stages, "design: health scores"), evaluation / 1000.0);
        }
        double[] sorted = evaluations.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(Locale.ROOT, "median re-evaluation %.3f s over %d repetition(s)%n", sorted.length == 0 ? 0 : sorted[sorted.length / 2],
                sorted.length);
        out.flush();
        return 0;
    }

    private static double seconds(Map<String, Long> stages, String stage) {
        return stages.getOrDefault(stage, 0L) / 1000.0;
    }

    private static List<String> accountIds(Path accountsCsv) throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(accountsCsv, StandardCharsets.UTF_8)) {
            int column = Arrays.asList(reader.readLine().split(",", -1)).indexOf("account_id");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                ids.add(line.split(",", -1)[column]);
            }
        }
        return ids;
    }

    /** Appends one event per account, copying the other fields of the file's first event. */
    private static void appendUsage(Path usageCsv, List<String> accountIds, LocalDate asOf, int repetition) throws IOException {
        List<String> header;
        List<String> template;
        try (BufferedReader reader = Files.newBufferedReader(usageCsv, StandardCharsets.UTF_8)) {
            header = Arrays.asList(reader.readLine().split(",", -1));
            template = Arrays.asList(reader.readLine().split(",", -1));
        }
        List<String> lines = new ArrayList<>(accountIds.size());
        for (int i = 0; i < accountIds.size(); i++) {
            List<String> fields = new ArrayList<>(template);
            fields.set(header.indexOf("event_id"), "bench-" + repetition + "-" + i);
            fields.set(header.indexOf("account_id"), accountIds.get(i));
            fields.set(header.indexOf("event_date"), asOf.toString());
            lines.add(String.join(",", fields));
        }
        Files.write(usageCsv, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
