package io.idem.pipeline.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.pipeline.PipelineAnalysis;
import io.idem.pipeline.PipelineAnalyzer;
import io.idem.pipeline.crm.CrmReader;
import io.idem.pipeline.support.MavenCrmData;
import io.idem.pipeline.support.RawCrm;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the reports of the Maven CRM export and reads them back as a user would. */
class PipelineOutputTest {

    @TempDir
    static Path out;

    private static RawCrm raw;

    @BeforeAll
    static void writeReports() throws IOException {
        PipelineAnalysis analysis = new PipelineAnalyzer().analyze(new CrmReader().read(MavenCrmData.folder()));
        new PipelineOutput().write(analysis, out);
        raw = new RawCrm(MavenCrmData.folder());
    }

    @Test
    void everyListedFileIsWritten() {
        for (String file : PipelineOutput.FILES) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
    }

    @Test
    void productRowsCarryFormattedWinRates() throws IOException {
        Map<String, Map<String, String>> rows = rows("win_rate_by_product.csv", "product");

        for (String product : raw.seriesOfProduct.keySet()) {
            long won = raw.pipeline.stream().filter(r -> r.product().equals(product) && r.won()).count();
            long closed = raw.pipeline.stream().filter(r -> r.product().equals(product) && r.closed()).count();

            assertThat(rows.get(product).get("win_rate")).as(product)
                    .isEqualTo(String.format(Locale.ROOT, "%.4f", (double) won / closed));
            assertThat(rows.get(product).get("series")).isEqualTo(raw.seriesOfProduct.get(product));
        }
    }

    @Test
    void agentWithoutDealsHasBlankWinRate() throws IOException {
        Map<String, Map<String, String>> rows = rows("win_rate_by_agent.csv", "sales_agent");

        assertThat(rows).hasSize(raw.teamOfAgent.size());
        assertThat(rows.get("Carl Lin").get("opportunities")).isEqualTo("0");
        assertThat(rows.get("Carl Lin").get("win_rate")).isEmpty();
        assertThat(rows.get("Carl Lin").get("avg_cycle_days")).isEmpty();
    }

    @Test
    void quarterRowsAddUpToAllWonBookings() throws IOException {
        Map<String, Map<String, String>> rows = rows("expansion_by_quarter.csv", "quarter");
        long total = raw.pipeline.stream().filter(RawCrm.Row::won).mapToLong(RawCrm.Row::valueAsLong).sum();

        BigDecimal sum = rows.values().stream().map(row -> new BigDecimal(row.get("won_bookings")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(Long.toString(total));
        for (Map<String, String> row : rows.values()) {
            BigDecimal parts = new BigDecimal(row.get("new_business")).add(new BigDecimal(row.get("expansion")))
                    .add(new BigDecimal(row.get("unattributed")));
            assertThat(parts).isEqualByComparingTo(row.get("won_bookings"));
        }
    }

    @Test
    void dealAndOfferRowCounts() throws IOException {
        long closedWithAccount = raw.pipeline.stream().filter(r -> r.closed() && !r.account().isEmpty()).count();
        long accountsWithWins = raw.pipeline.stream().filter(r -> r.won() && !r.account().isEmpty())
                .map(RawCrm.Row::account).distinct().count();

        assertThat(rows("deal_motions.csv", "opportunity_id")).hasSize((int) closedWithAccount);
        assertThat(rows("next_offers.csv", "account")).hasSize((int) accountsWithWins);
    }

    @Test
    void summaryJsonAgreesWithTheFile() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(out.resolve(PipelineOutput.SUMMARY).toFile());
        long won = raw.pipeline.stream().filter(RawCrm.Row::won).count();
        long closed = raw.pipeline.stream().filter(RawCrm.Row::closed).count();

        assertThat(summary.at("/import/opportunities").asInt()).isEqualTo(raw.pipeline.size());
        assertThat(summary.at("/import/product_aliases/GTXPro -> GTX Pro").asInt())
                .isEqualTo((int) raw.pipeline.stream().filter(r -> r.product().equals("GTX Pro")).count());
        assertThat(summary.at("/pipeline/win_rate").asDouble())
                .isEqualTo(new BigDecimal((double) won / closed).setScale(4, RoundingMode.HALF_UP)
                        .doubleValue());
        assertThat(summary.at("/bookings/won").decimalValue()).isEqualByComparingTo("10005534");
        assertThat(summary.at("/bookings/expansion_share").isNumber()).isTrue();
        assertThat(summary.at("/files").size()).isEqualTo(PipelineOutput.FILES.size());
    }

    /** Reads a CSV report written by the module; its values contain no comma except the quoted reason column. */
    private static Map<String, Map<String, String>> rows(String file, String key) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(file), UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.replaceAll("\"[^\"]*\"", "quoted").split(",", -1))
                .map(fields -> IntStream.range(0, header.size()).boxed()
                        .collect(Collectors.toMap(header::get, i -> fields[i])))
                .collect(Collectors.toMap(row -> row.get(key), row -> row));
    }
}
