package io.idem.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.ingest.Importer;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recommends plan and seat upsells on the RavenStack data imported into DuckDB and checks them against a computation
 * from the CSV files here. RavenStack records no seat use, so the test workspace defines seat_utilisation as the seats
 * of the active subscriptions over the account's seats, and uses it both as the cap feature and as the seat-use feature.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackRecommendationTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-12-31");
    private static final Map<String, Integer> SEAT_PRICE = Map.of("Basic", 19, "Pro", 49, "Enterprise", 199);
    private static final Map<String, String> NEXT_PLAN = Map.of("Basic", "Pro", "Pro", "Enterprise");

    private Path data;
    private Store store;
    private Map<String, List<Recommendation>> recommendations;

    @BeforeAll
    void recommend(@TempDir Path temp) throws IOException {
        data = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve("ravenstack-saas");
        assertThat(data).as("RavenStack folder; set the system property idem.data.dir to the datasets folder").isDirectory();
        String yaml = Files.readString(Path.of("..", "examples", "ravenstack", "idem.yaml"))
                .replace("features:\n", "features:\n  seat_utilisation:\n    expression: seats_now / seats\n")
                .replace("  seat_increment: 5\n", "  seat_increment: 5\n  cap_feature: seat_utilisation\n  near_cap: 0.8\n"
                        + "  seat_use_feature: seat_utilisation\n  high_seat_use: 0.9\n");
        Path folder = Files.createDirectories(temp.resolve("workspace"));
        Files.writeString(folder.resolve("idem.yaml"), yaml);

        Workspace workspace = WorkspaceLoader.load(folder);
        store = Store.open(StoreLocation.duckDb(temp.resolve("idem.duckdb")));
        Importer.importAll(workspace, data, store, "recommend-test");
        AccountFrame frame = new FeatureEngine(Definitions.compile(workspace), store).compute(AS_OF);

        recommendations = new Recommender(workspace.offers(), List.copyOf(workspace.triggers().keySet()))
                .recommend(frame, RecommendationInputs.defaults());
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @Test
    void planUpsellsMatchTheCsv() throws IOException {
        Map<String, BigDecimal> expected = new HashMap<>();
        for (Map.Entry<String, Account> entry : accounts().entrySet()) {
            Account account = entry.getValue();
            String next = NEXT_PLAN.get(account.plan());
            if (next != null && account.utilisation() != null && account.utilisation() >= 0.8) {
                // For example Basic -> Pro: seats × (49 - 19).
                expected.put(entry.getKey(), BigDecimal.valueOf((long) account.seats() * (SEAT_PRICE.get(next) - SEAT_PRICE.get(account.plan()))));
            }
        }

        Map<String, BigDecimal> actual = offered("next_plan");

        assertThat(expected).as("accounts near the cap in the CSV").hasSizeGreaterThan(10);
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((id, value) -> assertThat(actual.get(id)).as("next_plan for %s", id).isEqualByComparingTo(value));
    }

    @Test
    void seatUpsellsMatchTheCsv() throws IOException {
        Map<String, BigDecimal> expected = new HashMap<>();
        for (Map.Entry<String, Account> entry : accounts().entrySet()) {
            Account account = entry.getValue();
            if (account.utilisation() != null && account.utilisation() >= 0.9) {
                expected.put(entry.getKey(), BigDecimal.valueOf(5L * SEAT_PRICE.get(account.plan())));
            }
        }

        Map<String, BigDecimal> actual = offered("seats");

        assertThat(expected).as("accounts at high seat use in the CSV").hasSizeGreaterThan(10);
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((id, value) -> assertThat(actual.get(id)).as("seats for %s", id).isEqualByComparingTo(value));
    }

    @Test
    void expectedValueUsesTheDefaultLifetime() {
        double months = GeometricLifetime.defaults().months(Map.of());

        for (List<Recommendation> ranked : recommendations.values()) {
            for (Recommendation r : ranked) {
                double expected = 0.10 * r.incrementalMrr().doubleValue() * months;
                assertThat(r.expectedValue().doubleValue()).as("expected value of %s for %s", r.offer(), r.accountId())
                        .isCloseTo(expected, org.assertj.core.api.Assertions.within(0.006));
                assertThat(r.rank()).isEqualTo(ranked.indexOf(r) + 1);
            }
        }
    }

    private Map<String, BigDecimal> offered(String offer) {
        Map<String, BigDecimal> values = new HashMap<>();
        recommendations.forEach((id, ranked) -> ranked.stream().filter(r -> r.offer().equals(offer))
                .forEach(r -> values.put(id, r.incrementalMrr())));
        return values;
    }

    private record Account(String plan, int seats, Double utilisation) {
    }

    /** Reads plan and seats per account, and seat utilisation = seats of subscriptions active on the as-of date / account seats. */
    private Map<String, Account> accounts() throws IOException {
        Map<String, Long> activeSeats = new HashMap<>();
        List<String> subscriptions = Files.readAllLines(data.resolve("ravenstack_subscriptions.csv"));
        for (String line : subscriptions.subList(1, subscriptions.size())) {
            String[] fields = line.split(",", -1);
            LocalDate start = LocalDate.parse(fields[2]);
            boolean active = !start.isAfter(AS_OF) && (fields[3].isEmpty() || LocalDate.parse(fields[3]).isAfter(AS_OF));
            if (active) {
                activeSeats.merge(fields[1], Long.parseLong(fields[5]), Long::sum);
            }
        }

        Map<String, Account> accounts = new HashMap<>();
        List<String> lines = Files.readAllLines(data.resolve("ravenstack_accounts.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            int seats = Integer.parseInt(fields[7]);
            Long active = activeSeats.get(fields[0]);
            Double utilisation = active == null || seats == 0 ? null : (double) active / seats;
            accounts.put(fields[0], new Account(fields[6], seats, utilisation));
        }
        return accounts;
    }
}
