package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code revenue/retention_trend.csv} on RavenStack against the summary for the as-of
 * month, and against NRR, GRR and expansion share recomputed here from the subscriptions CSV and
 * movements.csv for an earlier month.
 */
class RetentionTrendTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    /** Ratios in the file have 6 decimals. */
    private static final double FILE_PRECISION = 5e-7;

    private static Workspace workspace;
    private static Source source;

    @TempDir
    static Path temp;

    private static Map<YearMonth, String[]> trend;
    private static JsonNode summary;
    private static List<String> movements;

    @BeforeAll
    static void writeOutputs() throws Exception {
        workspace = WorkspaceLoader.load(TestWorkspaces.ravenStackWorkspace());
        source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        Path out = temp.resolve("out");
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("store.duckdb")))) {
            SourceTables.create(store, source);
            SourceTables.loadCsv(store, source, TestWorkspaces.ravenStackSubscriptions());
            RevenueOutputs.writeAll(new RevenueCalculator(store, source, RevenueSettings.of(workspace)), AS_OF,
                    MetricWindow.trailingTwelveMonths(AS_OF), out);
        }

        List<String> lines = Files.readAllLines(out.resolve(RetentionTrendCsvWriter.FILE));
        assertThat(lines.get(0)).isEqualTo("month,nrr,grr,expansion_share,nrr_target,grr_target,expansion_share_target");
        trend = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            trend.put(YearMonth.parse(fields[0]), fields);
        }
        summary = new ObjectMapper().readTree(out.resolve(SummaryJsonWriter.FILE).toFile());
        movements = Files.readAllLines(out.resolve(MovementsCsvWriter.FILE));
    }

    @Test
    void coversTwelveMonthsUpToAsOf() {
        // RavenStack starts in 2023-01, so every month of 2024 has 12 months of history before it.
        assertThat(trend.keySet()).hasSize(12).contains(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    }

    @Test
    void lastMonthEqualsSummary() {
        String[] last = trend.get(YearMonth.of(2024, 12));

        assertThat(Double.parseDouble(last[1])).isCloseTo(summary.at("/nrr/value").asDouble(), within(FILE_PRECISION));
        assertThat(Double.parseDouble(last[2])).isCloseTo(summary.at("/grr/value").asDouble(), within(FILE_PRECISION));
        assertThat(Double.parseDouble(last[3])).isCloseTo(summary.at("/expansion_share/value").asDouble(), within(FILE_PRECISION));
        assertThat(Double.parseDouble(last[4])).isEqualTo(summary.at("/benchmarks/nrr/target").asDouble());
        assertThat(Double.parseDouble(last[5])).isEqualTo(summary.at("/benchmarks/grr/target").asDouble());
        assertThat(Double.parseDouble(last[6])).isEqualTo(summary.at("/benchmarks/expansion_share/target").asDouble());
    }

    @Test
    void earlierMonthMatchesRecomputation() throws Exception {
        YearMonth month = YearMonth.of(2024, 6);
        double[] retention = retentionFromSubscriptions(month.minusMonths(12).atEndOfMonth(), month.atEndOfMonth());
        String[] row = trend.get(month);

        assertThat(Double.parseDouble(row[1])).isCloseTo(retention[0], within(FILE_PRECISION));
        assertThat(Double.parseDouble(row[2])).isCloseTo(retention[1], within(FILE_PRECISION));
        assertThat(Double.parseDouble(row[3])).isCloseTo(expansionShareFromMovements(month), within(FILE_PRECISION));
    }

    /**
     * Returns NRR and GRR between two days from the subscriptions file: the accounts paying on
     * {@code start}, their MRR on {@code end} over their MRR on {@code start}, capped per account for
     * GRR. Trial rows count as MRR 0, and a subscription is active from its start to before its end.
     */
    private static double[] retentionFromSubscriptions(LocalDate start, LocalDate end) throws Exception {
        List<String> lines = Files.readAllLines(TestWorkspaces.ravenStackSubscriptions());
        List<String> header = List.of(lines.get(0).split(","));
        int account = header.indexOf("account_id");
        int from = header.indexOf("start_date");
        int to = header.indexOf("end_date");
        int mrr = header.indexOf("mrr_amount");
        int trial = header.indexOf("is_trial");
        Map<String, BigDecimal> atStart = new HashMap<>();
        Map<String, BigDecimal> atEnd = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[trial].equalsIgnoreCase("true")) {
                continue;
            }
            LocalDate first = LocalDate.parse(f[from]);
            LocalDate last = f[to].isEmpty() ? null : LocalDate.parse(f[to]);
            BigDecimal amount = new BigDecimal(f[mrr]);
            if (!first.isAfter(start) && (last == null || last.isAfter(start))) {
                atStart.merge(f[account], amount, BigDecimal::add);
            }
            if (!first.isAfter(end) && (last == null || last.isAfter(end))) {
                atEnd.merge(f[account], amount, BigDecimal::add);
            }
        }

        double startSum = 0;
        double endSum = 0;
        double cappedSum = 0;
        for (Map.Entry<String, BigDecimal> paying : atStart.entrySet()) {
            double opening = paying.getValue().doubleValue();
            if (opening <= 0) {
                continue;
            }
            double closing = atEnd.getOrDefault(paying.getKey(), BigDecimal.ZERO).doubleValue();
            startSum += opening;
            endSum += closing;
            cappedSum += Math.min(opening, closing);
        }
        return new double[] {endSum / startSum, cappedSum / startSum};
    }

    /** Sums expansion over new, expansion and reactivation in movements.csv for the 12 months ending at {@code end}. */
    private static double expansionShareFromMovements(YearMonth end) {
        List<String> header = List.of(movements.get(0).split(","));
        double expansion = 0;
        double added = 0;
        List<YearMonth> counted = new ArrayList<>();
        for (String line : movements.subList(1, movements.size())) {
            String[] f = line.split(",", -1);
            YearMonth month = YearMonth.parse(f[header.indexOf("month")]);
            if (month.isAfter(end.minusMonths(12)) && !month.isAfter(end)) {
                counted.add(month);
                expansion += Double.parseDouble(f[header.indexOf("expansion")]);
                added += Double.parseDouble(f[header.indexOf("new")]) + Double.parseDouble(f[header.indexOf("expansion")])
                        + Double.parseDouble(f[header.indexOf("reactivation")]);
            }
        }
        assertThat(counted).hasSize(12);
        return expansion / added;
    }
}
