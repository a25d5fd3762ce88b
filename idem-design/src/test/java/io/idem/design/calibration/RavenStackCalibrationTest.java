package io.idem.design.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.design.health.HealthScore;
import io.idem.design.health.HealthScorer;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.ingest.Importer;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrates the RavenStack health model at every month end from 2023-01 to 2024-09, the last month
 * end whose 90 days end by 2024-12-31. Each row is checked against a recomputation here. MRR per
 * account and day comes from the subscriptions file itself, churn and expansion from trying every
 * day of the window, scores from a separate feature computation per month end, and the AUC from a
 * count over pairs. The CSV is also written to target/health-calibration for docs/health.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackCalibrationTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-12-31");
    private static final int HORIZON = 90;

    private Path data;
    private Workspace workspace;
    private Definitions definitions;
    private Store store;
    private List<CalibrationRow> rows;
    private Map<String, List<long[]>> subscriptions;

    @BeforeAll
    void calibrate(@TempDir Path temp) throws IOException {
        Path root = Path.of(System.getProperty("idem.data.dir", "../shared/data"));
        data = root.resolve("ravenstack-saas");
        assertThat(data).as("RavenStack folder; set the system property idem.data.dir to the datasets folder").isDirectory();
        workspace = WorkspaceLoader.load(Path.of("..", "examples", "ravenstack"));
        definitions = Definitions.compile(workspace);
        store = Store.open(StoreLocation.duckDb(temp.resolve("idem.duckdb")));
        Importer.importAll(workspace, data, store, "calibration-test");
        subscriptions = readSubscriptions();

        rows = HealthCalibration.run(definitions, store, AS_OF, HORIZON);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @Test
    void everyMonthEndWithAFullHorizonIsCalibrated() {
        List<String> months = rows.stream().map(CalibrationRow::month).toList();

        assertThat(months).hasSize(22).startsWith("2023-01", "2023-02").endsWith("2024-09", CalibrationRow.ALL_MONTHS);
        assertThat(rows).extracting(CalibrationRow::model).containsOnly("health");
    }

    @Test
    void monthRowsMatchRecomputation() {
        HealthModel model = workspace.healthModels().get(0);
        FeatureEngine features = new FeatureEngine(definitions, store);
        List<double[]> pooledObservations = new ArrayList<>();
        for (CalibrationRow row : rows.subList(0, rows.size() - 1)) {
            LocalDate day = YearMonth.parse(row.month()).atEndOfMonth();
            List<HealthScore> scores = HealthScorer.score(model, features.compute(day));

            List<double[]> observed = new ArrayList<>();
            long unscored = 0;
            Map<String, long[]> bands = new HashMap<>();
            for (HealthScore score : scores) {
                List<long[]> rowsOfAccount = subscriptions.getOrDefault(score.accountId(), List.of());
                long mrr = mrrOn(rowsOfAccount, day);
                if (mrr <= 0) {
                    continue;
                }
                if (score.score() == null) {
                    unscored++;
                    continue;
                }
                boolean churned = false;
                boolean expanded = false;
                for (LocalDate x = day.plusDays(1); !x.isAfter(day.plusDays(HORIZON)); x = x.plusDays(1)) {
                    long later = mrrOn(rowsOfAccount, x);
                    churned |= later == 0;
                    expanded |= later > mrr;
                }
                observed.add(new double[] {score.score(), churned ? 1 : 0, expanded ? 1 : 0});
                long[] tally = bands.computeIfAbsent(score.band(), b -> new long[3]);
                tally[0]++;
                tally[1] += churned ? 1 : 0;
                tally[2] += expanded ? 1 : 0;
            }

            assertThat(row.accounts()).as("accounts at %s", day).isEqualTo(observed.size());
            assertThat(row.unscored()).as("unscored at %s", day).isEqualTo(unscored);
            assertThat(row.churned()).as("churned at %s", day).isEqualTo(observed.stream().filter(o -> o[1] == 1).count());
            assertThat(row.expanded()).as("expanded at %s", day).isEqualTo(observed.stream().filter(o -> o[2] == 1).count());
            assertAuc(row.aucChurn(), observed, 1, true, day);
            assertAuc(row.aucExpansion(), observed, 2, false, day);
            for (BandOutcome band : row.bands()) {
                long[] tally = bands.getOrDefault(band.band(), new long[3]);
                assertThat(new long[] {band.accounts(), band.churned(), band.expanded()}).as("band %s at %s", band.band(), day).containsExactly(tally);
            }
            pooledObservations.addAll(observed);
        }

        CalibrationRow pooled = rows.get(rows.size() - 1);
        assertThat(pooled.accounts()).isEqualTo(rows.subList(0, rows.size() - 1).stream().mapToLong(CalibrationRow::accounts).sum());
        assertAuc(pooled.aucChurn(), pooledObservations, 1, true, AS_OF);
        assertAuc(pooled.aucExpansion(), pooledObservations, 2, false, AS_OF);
    }

    @Test
    void bandsFollowTheModelBestFirst() {
        List<String> bands = workspace.healthModels().get(0).bands().stream().map(HealthBand::name).toList();

        for (CalibrationRow row : rows) {
            assertThat(row.bands()).extracting(BandOutcome::band).containsExactlyElementsOf(bands);
            assertThat(row.bands().stream().mapToLong(BandOutcome::accounts).sum()).isEqualTo(row.accounts());
        }
    }

    @Test
    void csvHoldsTheRows() throws IOException {
        Path file = CalibrationCsvWriter.write(Path.of("target", "health-calibration"), rows);

        List<String> lines = Files.readAllLines(file);

        assertThat(lines.get(0)).isEqualTo("model,month,accounts,auc_churn,auc_expansion,green_accounts,green_churn_rate,"
                + "green_expansion_rate,amber_accounts,amber_churn_rate,amber_expansion_rate,red_accounts,red_churn_rate,red_expansion_rate");
        assertThat(lines).hasSize(rows.size() + 1);
        CalibrationRow pooled = rows.get(rows.size() - 1);
        String[] last = lines.get(lines.size() - 1).split(",", -1);
        assertThat(last[0]).isEqualTo("health");
        assertThat(last[1]).isEqualTo("all");
        assertThat(Long.parseLong(last[2])).isEqualTo(pooled.accounts());
        assertThat(Double.parseDouble(last[3])).isCloseTo(pooled.aucChurn().value(), within(5e-5));
        assertThat(Double.parseDouble(last[4])).isCloseTo(pooled.aucExpansion().value(), within(5e-5));
        assertThat(Long.parseLong(last[5])).isEqualTo(pooled.bands().get(0).accounts());
        assertThat(Double.parseDouble(last[7])).isCloseTo(pooled.bands().get(0).expansionRate(), within(5e-5));
    }

    @Test
    void monthEndWithoutFullHorizonIsRejected() {
        List<LocalDate> late = List.of(LocalDate.parse("2024-09-30"), LocalDate.parse("2024-10-31"));

        assertThatThrownBy(() -> HealthCalibration.run(definitions, store, late, AS_OF, HORIZON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the outcome window of 2024-10-31 ends on 2025-01-29, after the as-of date 2024-12-31; "
                        + "drop that month end or use a later as-of date");
        assertThatThrownBy(() -> HealthCalibration.run(definitions, store, List.of(), AS_OF, HORIZON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no month end to calibrate at");
    }

    /** Checks an AUC against a count over pairs; {@code favourNegatives} counts accounts without the outcome as favoured. */
    private static void assertAuc(Auc auc, List<double[]> observed, int outcome, boolean favourNegatives, LocalDate day) {
        double[] pairs = pairCount(observed, outcome, favourNegatives);
        if (pairs[1] == 0) {
            assertThat(auc.value()).as("AUC at %s", day).isNull();
            return;
        }
        assertThat(auc.value()).as("AUC at %s", day).isCloseTo(pairs[0] / pairs[1], within(1e-12));
    }

    /** Returns the wins (ties counting one half) and the number of (favoured, other) pairs. */
    private static double[] pairCount(List<double[]> observed, int outcome, boolean favourNegatives) {
        double wins = 0;
        long pairs = 0;
        for (double[] a : observed) {
            for (double[] b : observed) {
                boolean aFavoured = (a[outcome] == 1) != favourNegatives;
                boolean bFavoured = (b[outcome] == 1) != favourNegatives;
                if (aFavoured && !bFavoured) {
                    pairs++;
                    wins += win(a[0], b[0]);
                }
            }
        }
        return new double[] {wins, pairs};
    }

    /** Returns 1 when the favoured score is higher, one half on a tie, else 0. */
    private static double win(double favoured, double other) {
        if (favoured == other) {
            return 0.5;
        }
        return favoured > other ? 1.0 : 0.0;
    }

    private static long mrrOn(List<long[]> rows, LocalDate day) {
        long epochDay = day.toEpochDay();
        long sum = 0;
        for (long[] row : rows) {
            if (row[0] <= epochDay && row[1] > epochDay) {
                sum += row[2];
            }
        }
        return sum;
    }

    /** Reads the subscriptions file by splitting lines on commas; the file has no quoted fields, which is checked. */
    private Map<String, List<long[]>> readSubscriptions() throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("ravenstack_subscriptions.csv"), StandardCharsets.UTF_8);
        assertThat(lines).as("quotes would make line splitting wrong").noneMatch(line -> line.contains("\""));
        List<String> header = List.of(lines.get(0).split(","));
        int account = header.indexOf("account_id");
        int start = header.indexOf("start_date");
        int end = header.indexOf("end_date");
        int mrr = header.indexOf("mrr_amount");
        Map<String, List<long[]>> byAccount = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            long startDay = LocalDate.parse(fields[start]).toEpochDay();
            long endDay = fields[end].isEmpty() ? Long.MAX_VALUE : LocalDate.parse(fields[end]).toEpochDay();
            long units = new BigDecimal(fields[mrr]).movePointRight(4).longValueExact();
            byAccount.computeIfAbsent(fields[account], a -> new ArrayList<>()).add(new long[] {startDay, endDay, units});
        }
        return byAccount;
    }
}
