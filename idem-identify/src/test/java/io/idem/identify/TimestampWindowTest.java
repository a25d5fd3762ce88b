package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A date column declared as timestamp: windows compare calendar days, so the time of day never moves a row across a bound. */
class TimestampWindowTest {

    private static final String YAML = """
            idem: 1
            workspace: timestamps
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
              tickets:
                kind: tickets
                file: tickets.csv
                columns:
                  account_id: string
                  opened_on: timestamp
            features:
              tickets_30d: {source: tickets, aggregate: count, window: 30d}
              days_since_last_ticket: {source: tickets, aggregate: days_since_last}
              days_since_first_ticket: {source: tickets, aggregate: days_since_first, window: 30d}
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void timeOfDayIgnoredAtWindowBounds(Engine engine) throws Exception {
        try (TestStore test = TestStore.open(engine, folder)) {
            Workspace workspace = TestWorkspace.write(folder, YAML);
            SourceTable.create(test.store(), workspace.sources().get("tickets"));
            SourceTable.create(test.store(), workspace.sources().get("accounts"));
            SourceTable.insert(test.store(), workspace.sources().get("accounts"), List.<Object[]>of(new Object[] {"acme", 2L}));
            SourceTable.insert(test.store(), workspace.sources().get("tickets"), List.of(
                    new Object[] {"acme", LocalDateTime.parse("2024-05-31T23:59:59"), 2L},
                    new Object[] {"acme", LocalDateTime.parse("2024-06-01T00:00:00"), 3L},
                    new Object[] {"acme", LocalDateTime.parse("2024-06-30T23:59:59"), 4L},
                    new Object[] {"acme", LocalDateTime.parse("2024-07-01T00:00:00"), 5L}));

            AccountFrame frame = new FeatureEngine(Definitions.compile(workspace), test.store()).compute(LocalDate.parse("2024-06-30"));

            // 2024-06-01 and 2024-06-30 count; 2024-05-31 (as_of - 30) and 2024-07-01 do not, whatever their time.
            assertThat(frame.value("tickets_30d", 0)).isEqualTo(2.0);
            assertThat(frame.value("days_since_last_ticket", 0)).isEqualTo(0.0);
            assertThat(frame.value("days_since_first_ticket", 0)).isEqualTo(29.0);
        }
    }
}
