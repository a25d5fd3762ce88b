package io.idem.propensity.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.propensity.split.SplitSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReportJsonTest {

    @TempDir
    Path folder;

    private static ModelReport report() {
        SplitSummary split = new SplitSummary("stratified_random", Map.of("seed", "42"), 60, 20, 15, 5, 25, 8, 0);
        return new ModelReport("logistic_regression", "took", split, List.of("seats"), List.of("seats"),
                Map.of("l2_penalty", 1.0), Map.of("iterations", 5), 25, 0.32, MetricValue.of(0.71),
                MetricValue.unavailable("no reason really"), List.of(new CalibrationBin(1, 25, 0.3, 0.32, 0.1, 0.6)));
    }

    @Test
    void writesSnakeCaseNames() throws Exception {
        String json = ModelReportJson.toJson(List.of(report()));

        assertThat(json).contains("\"test_positive_rate\" : 0.32", "\"encoded_columns\"", "\"fit_rows\" : 60",
                "\"mean_predicted\" : 0.3", "\"observed_rate\" : 0.32");
        assertThat(json).contains("\"log_loss\" : {\n    \"value\" : null,\n    \"reason\" : \"no reason really\"");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = folder.resolve("report.json");

        ModelReportJson.write(file, List.of(report()));
        List<ModelReport> read = ModelReportJson.read(file);

        assertThat(read).containsExactly(report());
    }
}
