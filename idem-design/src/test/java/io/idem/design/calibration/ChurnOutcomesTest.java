package io.idem.design.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.ingest.Importer;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Churn within 90 days after 2024-01-31, so within (2024-01-31, 2024-04-30], on hand-made
 * subscriptions. A subscription is active on a day from its start to the day before its end.
 */
class ChurnOutcomesTest {

    private static final LocalDate DAY = LocalDate.parse("2024-01-31");

    private static final String YAML = """
            idem: 1
            workspace: churn
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: string
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: string
                  account_id: string
                  start_date: date
                  end_date: date
                  mrr: money
            """;

    /** One line per case; the account's name says what happens to it. */
    private static final String SUBSCRIPTIONS = """
            subscription_id,account_id,start_date,end_date,mrr
            s1,ends_last_day,2024-01-01,2024-04-30,100
            s2,ends_after_window,2024-01-01,2024-05-01,100
            s3,renews_same_day,2024-01-01,2024-02-15,100
            s4,renews_same_day,2024-02-15,,120
            s5,gap_then_back,2024-01-01,2024-02-15,100
            s6,gap_then_back,2024-02-20,,100
            s7,ended_on_day,2023-06-01,2024-01-31,100
            s8,keeps_free_plan,2024-01-01,2024-03-01,50
            s9,keeps_free_plan,2024-01-01,,0
            s10,starts_later,2024-02-10,2024-03-10,100
            s11,one_of_two_ends,2024-01-01,2024-02-10,40
            s12,one_of_two_ends,2023-12-01,,60
            s13,starts_after_as_of,2024-06-01,,100
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void churnIsMrrReachingZeroInTheWindow(Engine engine) throws IOException {
        Workspace workspace = workspace();
        try (TestStore test = TestStore.open(engine, folder)) {
            Importer.importAll(workspace, folder.resolve("data"), test.store(), "churn-test");

            ChurnOutcomes outcomes = ChurnOutcomes.load(test.store(), workspace, LocalDate.parse("2024-05-31"));

            assertThat(outcomes.paying(DAY)).containsExactlyInAnyOrder("ends_last_day", "ends_after_window", "renews_same_day",
                    "gap_then_back", "keeps_free_plan", "one_of_two_ends");
            assertThat(outcomes.churned(DAY, 90)).containsExactlyInAnyOrder("ends_last_day", "gap_then_back", "keeps_free_plan");
            assertThat(outcomes.churned(DAY, 89)).containsExactlyInAnyOrder("gap_then_back", "keeps_free_plan");
            assertThat(outcomes.firstStart()).isEqualTo(LocalDate.parse("2023-06-01"));
            assertThatThrownBy(() -> outcomes.churned(LocalDate.parse("2024-03-31"), 90))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ends on 2024-06-29, after the as-of date 2024-05-31");
        }
    }

    private Workspace workspace() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("idem.yaml"), YAML);
        Files.writeString(data.resolve("subscriptions.csv"), SUBSCRIPTIONS);
        StringBuilder accounts = new StringBuilder("account_id\n");
        SUBSCRIPTIONS.lines().skip(1).map(line -> line.split(",")[1]).distinct().forEach(id -> accounts.append(id).append('\n'));
        Files.writeString(data.resolve("accounts.csv"), accounts.toString());
        return WorkspaceLoader.load(folder);
    }
}
