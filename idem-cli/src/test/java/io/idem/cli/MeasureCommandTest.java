package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem measure} after a RavenStack run: outputs, the attribution window and the Parquet copies. */
class MeasureCommandTest {

    @TempDir
    Path temp;

    @Test
    void measureWritesReportAndParquetCopies() throws IOException, SQLException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--out", temp.resolve("run").toString());
        assertThat(run.exitCode()).as(run.errors()).isZero();
        Path out = temp.resolve("measure");

        CliTestSupport.Execution measure = execute("measure", "--workspace", workspace.toString(), "--out", out.toString(),
                "--attribution-window-days", "30");

        assertThat(measure.exitCode()).as(measure.errors()).isZero();
        assertThat(out.resolve("report.html")).exists();
        assertThat(new ObjectMapper().readTree(out.resolve("attribution_summary.json").toFile()).path("window_days").asInt()).isEqualTo(30);
        assertThat(readCsv(out.resolve("plays.csv"))).hasSameSizeAs(readCsv(temp.resolve("run/plays.csv")));
        for (String file : List.of("plays", "opportunities", "revenue/movements", "revenue/ledger", "operations_by_playbook")) {
            Path parquet = out.resolve("parquet").resolve(file + ".parquet");
            assertThat(parquet).as(file).exists();
            assertThat(parquetRows(parquet)).as(file).isEqualTo(readCsv(out.resolve(file + ".csv")).size());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement("SELECT sum(mrr) FROM read_parquet(?) WHERE month = '2024-12'")) {
            statement.setString(1, out.resolve("parquet/revenue/movements.parquet").toString());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                String expected = readCsv(out.resolve("revenue/movements.csv")).stream().filter(r -> r.get("month").equals("2024-12"))
                        .findFirst().orElseThrow().get("mrr");
                assertThat(rows.getBigDecimal(1)).isEqualByComparingTo(new java.math.BigDecimal(expected));
            }
        }
        assertThat(Files.list(out.resolve("parquet")).count()).isPositive();
    }

    @Test
    void reactivationWindowMovesLateReturnsToNew() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--out", temp.resolve("run").toString());
        assertThat(run.exitCode()).as(run.errors()).isZero();

        CliTestSupport.Execution unlimited = execute("measure", "--workspace", workspace.toString(), "--out", temp.resolve("any").toString());
        CliTestSupport.Execution windowed = execute("measure", "--workspace", workspace.toString(), "--out", temp.resolve("window").toString(),
                "--reactivation-window-days", "30");
        CliTestSupport.Execution invalid = execute("measure", "--workspace", workspace.toString(), "--reactivation-window-days", "-1");

        assertThat(unlimited.exitCode()).isZero();
        assertThat(windowed.exitCode()).isZero();
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.errors()).contains("--reactivation-window-days is -1");
        double[] any = totals(temp.resolve("any/revenue/movements.csv"));
        double[] window = totals(temp.resolve("window/revenue/movements.csv"));
        // RavenStack accounts come back more than 30 days after churning, so every reactivation becomes new MRR.
        assertThat(any[1]).isPositive();
        assertThat(window[1]).isZero();
        assertThat(window[0]).isCloseTo(any[0] + any[1], org.assertj.core.data.Offset.offset(0.01));
    }

    /** Returns the summed new and reactivation MRR of a movements file. */
    private static double[] totals(Path movements) throws IOException {
        double[] totals = new double[2];
        for (var row : readCsv(movements)) {
            totals[0] += Double.parseDouble(row.get("new"));
            totals[1] += Double.parseDouble(row.get("reactivation"));
        }
        return totals;
    }

    private static long parquetRows(Path parquet) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
            statement.setString(1, parquet.toString());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
