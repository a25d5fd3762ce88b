package io.idem.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReaderTest {

    @TempDir
    Path folder;

    private void write(String json) throws Exception {
        Files.createDirectories(folder.resolve("revenue"));
        Files.writeString(folder.resolve("revenue/summary.json"), json);
    }

    @Test
    void readsEveryField() throws Exception {
        write("""
                {"as_of":"2024-12-31","currency":"USD","mrr":48250.5,"arr":579006,
                 "nrr":{"value":1.02,"start_month":"2023-12","end_month":"2024-12","accounts":123,"reason":null},
                 "grr":{"value":null,"start_month":"2023-12","end_month":"2024-12","accounts":0,"reason":"no accounts paid in 2023-12"},
                 "expansion_share":{"value":0.21,"start_month":"2024-01","end_month":"2024-12","new":1000,"expansion":300,"reactivation":128.5,"reason":null},
                 "benchmarks":{"expansion_share":{"target":0.30,"source":"Target share"},"nrr":{"target":null,"source":"none"}}}
                """);

        RevenueSummary summary = SummaryReader.read(folder).orElseThrow();

        assertThat(summary.asOf()).isEqualTo("2024-12-31");
        assertThat(summary.currency()).isEqualTo("USD");
        assertThat(summary.mrr()).isEqualTo(48250.5);
        assertThat(summary.arr()).isEqualTo(579006);
        assertThat(summary.nrr().value()).isEqualTo(1.02);
        assertThat(summary.nrr().accounts()).isEqualTo(123);
        assertThat(summary.nrr().period()).isEqualTo("2023-12 to 2024-12");
        assertThat(summary.grr().value()).isNull();
        assertThat(summary.grr().reason()).isEqualTo("no accounts paid in 2023-12");
        assertThat(summary.expansionShare().components()).containsEntry("new", 1000.0).containsEntry("reactivation", 128.5);
        assertThat(summary.benchmark("expansion_share")).hasValueSatisfying(b -> assertThat(b.target()).isEqualTo(0.30));
        assertThat(summary.benchmark("nrr")).as("a null target is no benchmark").isEmpty();
        assertThat(summary.benchmark("grr")).isEmpty();
    }

    @Test
    void absentMetricHasReason() throws Exception {
        write("{\"as_of\":\"2024-12-31\",\"currency\":\"USD\",\"mrr\":1,\"arr\":12}");

        RevenueSummary summary = SummaryReader.read(folder).orElseThrow();

        assertThat(summary.nrr().value()).isNull();
        assertThat(summary.nrr().reason()).isEqualTo("revenue/summary.json has no nrr entry");
    }

    @Test
    void nullValueWithoutReasonGetsOne() throws Exception {
        write("{\"nrr\":{\"value\":null}}");

        assertThat(SummaryReader.read(folder).orElseThrow().nrr().reason()).isEqualTo("no reason was given");
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        write("{\"nrr\":{\"value\":\"high\"}}");

        assertThatThrownBy(() -> SummaryReader.read(folder))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("revenue/summary.json: field nrr.value: expected a number or null, found STRING \"high\"");
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws Exception {
        write("{\n  \"mrr\": 12,\n  \"arr\": oops\n}");

        assertThatThrownBy(() -> SummaryReader.read(folder))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("revenue/summary.json: line 3, column")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void missingFileReadsAsEmpty() throws Exception {
        assertThat(SummaryReader.read(folder)).isEmpty();
    }
}
