package io.idem.propensity.telco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.csv.CsvFile;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.evaluate.ModelReportJson;
import io.idem.propensity.model.GradientBoostedTrees;
import io.idem.propensity.model.LogisticParameters;
import io.idem.propensity.model.LogisticRegression;
import io.idem.propensity.model.TreeParameters;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.StratifiedSplitter;
import io.idem.propensity.train.PropensityTraining;
import io.idem.propensity.train.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both models on the IBM Telco file, cross-sectionally: a seeded stratified split, because the file has no
 * dates. Reports go to target/telco-propensity/ for docs/propensity.md.
 */
class TelcoPropensityTest {

    private static final Path REPORTS = Path.of("target", "telco-propensity");
    private static CsvFile file;

    @BeforeAll
    static void readTelcoFile() throws IOException {
        file = TelcoOffers.readFile();
        Files.createDirectories(REPORTS);
    }

    static List<String> addOns() {
        return TelcoOffers.ADD_ONS;
    }

    @ParameterizedTest
    @MethodSource("addOns")
    void addOnOwnershipIsPredictableWithoutCharges(String addOn) throws IOException {
        Dataset data = TelcoOffers.addOn(file, addOn, false);

        List<ModelReport> reports = trainAndReport(data, addOn, addOn + ".json");

        assertThat(data.rowCount()).isEqualTo(5517);
        for (ModelReport report : reports) {
            assertThat(report.features()).doesNotContain(addOn, "MonthlyCharges", "TotalCharges", "Churn",
                    "customerID");
            assertThat(report.auc().value()).as(report.model()).isGreaterThan(0.65);
        }
    }

    @Test
    void monthlyChargesLeakAddOnOwnership() throws IOException {
        Dataset honest = TelcoOffers.addOn(file, "TechSupport", false);
        Dataset leaky = TelcoOffers.addOn(file, "TechSupport", true);

        double honestAuc = trainAndReport(honest, "TechSupport", "TechSupport.json").get(0).auc().value();
        double leakyAuc = trainAndReport(leaky, "TechSupport with charges", "TechSupport-with-charges.json")
                .get(0).auc().value();

        assertThat(leakyAuc).isGreaterThan(0.95);
        assertThat(leakyAuc).isGreaterThan(honestAuc + 0.1);
    }

    @Test
    void longerContractIsPredictable() throws IOException {
        Dataset data = TelcoOffers.longerContract(file);

        List<ModelReport> reports = trainAndReport(data, "one- or two-year contract", "Contract.json");

        assertThat(data.rowCount()).isEqualTo(7043);
        assertThat(data.positives()).isEqualTo(1473 + 1695);
        for (ModelReport report : reports) {
            assertThat(report.features()).doesNotContain("Contract", "Churn");
            assertThat(report.auc().value()).as(report.model()).isGreaterThan(0.8);
            assertThat(report.testPositiveRate()).isCloseTo((1473 + 1695) / 7043.0, within(0.01));
        }
    }

    private static List<ModelReport> trainAndReport(Dataset data, String label, String reportFile)
            throws IOException {
        Split split = new StratifiedSplitter(0.25, 0.2, 42).split(data);
        List<TrainedModel> trained = new PropensityTraining(List.of(
                new GradientBoostedTrees(TreeParameters.defaults().withThreads(1)),
                new LogisticRegression(LogisticParameters.defaults()))).train(split, label);
        try {
            List<ModelReport> reports = trained.stream().map(TrainedModel::report).toList();
            ModelReportJson.write(REPORTS.resolve(reportFile), reports);
            return reports;
        } finally {
            trained.forEach(TrainedModel::close);
        }
    }
}
