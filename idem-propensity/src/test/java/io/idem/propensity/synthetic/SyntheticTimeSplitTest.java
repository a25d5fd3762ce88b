package io.idem.propensity.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.NumericColumn;
import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.evaluate.RocAuc;
import io.idem.propensity.model.GradientBoostedTrees;
import io.idem.propensity.model.LogisticParameters;
import io.idem.propensity.model.LogisticRegression;
import io.idem.propensity.model.LogisticRegressionModel;
import io.idem.propensity.model.ModelKind;
import io.idem.propensity.model.PropensityModel;
import io.idem.propensity.model.TreeParameters;
import io.idem.propensity.snapshot.FeatureSpec;
import io.idem.propensity.snapshot.FeatureValue;
import io.idem.propensity.snapshot.LeakageException;
import io.idem.propensity.snapshot.Outcome;
import io.idem.propensity.snapshot.SnapshotDataset;
import io.idem.propensity.snapshot.SnapshotDatasetBuilder;
import io.idem.propensity.snapshot.SnapshotRow;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.TimeSplitter;
import io.idem.propensity.train.PropensityTraining;
import io.idem.propensity.train.TrainedModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * End to end on synthetic accounts with a known logistic signal: a time-based split, both models, and the
 * no-leakage rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticTimeSplitTest {

    private static final LocalDate FIRST_SNAPSHOT = LocalDate.of(2023, 1, 1);
    private static final LocalDate TRAIN_THROUGH = LocalDate.of(2024, 3, 1);
    private static final LocalDate TEST_FROM = LocalDate.of(2024, 6, 1);

    private SnapshotDataset data;
    private Split split;
    private List<TrainedModel> trained;

    @BeforeAll
    void trainBothModels() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SyntheticAccounts.SCHEMA);
        SyntheticAccounts.rows(500, FIRST_SNAPSHOT, 24, 11).forEach(builder::add);
        data = builder.build();
        split = new TimeSplitter(TRAIN_THROUGH, TEST_FROM, 0.2).split(data);
        trained = new PropensityTraining(List.of(
                new GradientBoostedTrees(TreeParameters.defaults().withThreads(1)),
                new LogisticRegression(LogisticParameters.defaults()))).train(split, "took offer");
    }

    @AfterAll
    void closeModels() {
        trained.forEach(TrainedModel::close);
    }

    @Test
    void splitTestsOnLaterSnapshots() {
        assertThat(split.summary().method()).isEqualTo("time");
        assertThat(split.summary().fitRows() + split.summary().validationRows()).isEqualTo(15 * 500);
        assertThat(split.summary().testRows()).isEqualTo(7 * 500);
        assertThat(split.summary().unusedRows()).isEqualTo(2 * 500);
        assertThat(split.summary().settings()).containsEntry("validation_from", "2024-01-01");
    }

    @Test
    void logisticBaselineRecoversSignalCoefficient() {
        LogisticRegressionModel logistic = (LogisticRegressionModel) model(ModelKind.LOGISTIC_REGRESSION);

        // The standard error of the estimate is about 0.03 on 7,500 rows; 0.12 is four of them.
        assertThat(logistic.originalScaleCoefficient("signal")).hasValueSatisfying(
                coefficient -> assertThat(coefficient).isCloseTo(SyntheticAccounts.SIGNAL_COEFFICIENT, within(0.12)));
        assertThat(logistic.originalScaleCoefficient("noise")).hasValueSatisfying(
                coefficient -> assertThat(coefficient).isCloseTo(0.0, within(0.12)));
        assertThat(logistic.fit().converged()).isTrue();
    }

    @Test
    void treesBeatRandomScores() {
        ModelReport trees = report(ModelKind.GRADIENT_BOOSTED_TREES);
        Well19937c random = new Well19937c(5);
        double[] randomScores = new double[split.test().rowCount()];
        for (int row = 0; row < randomScores.length; row++) {
            randomScores[row] = random.nextDouble();
        }
        double randomAuc = RocAuc.compute(randomScores, split.test().labels()).value();

        assertThat(randomAuc).isCloseTo(0.5, within(0.05));
        assertThat(trees.auc().value()).isGreaterThan(randomAuc + 0.15);
    }

    @Test
    void neitherModelBeatsTrueProbabilities() {
        double[] oracle = new double[split.test().rowCount()];
        for (int row = 0; row < oracle.length; row++) {
            double signal = ((NumericColumn) split.test().features().column("signal")
                    .orElseThrow()).value(row);
            String plan = ((CategoricalColumn) split.test().features().column("plan")
                    .orElseThrow()).level(row);
            oracle[row] = SyntheticAccounts.probability(signal, plan);
        }
        double oracleAuc = RocAuc.compute(oracle, split.test().labels()).value();

        for (TrainedModel model : trained) {
            assertThat(model.report().auc().value()).isLessThanOrEqualTo(oracleAuc + 0.01);
            assertThat(model.report().auc().value()).isGreaterThan(oracleAuc - 0.05);
        }
    }

    @Test
    void reportsCoverTestRowsOnly() {
        for (TrainedModel model : trained) {
            ModelReport report = model.report();
            assertThat(report.testRows()).isEqualTo(split.test().rowCount());
            assertThat(report.calibration()).hasSize(10);
            assertThat(report.calibration().stream().mapToInt(bin -> bin.count()).sum()).isEqualTo(report.testRows());
        }
    }

    @Test
    void builderRejectsFeatureComputedAfterSnapshot() {
        List<FeatureSpec> schema = new ArrayList<>(SyntheticAccounts.SCHEMA);
        schema.add(FeatureSpec.numeric("purchases_next_quarter"));
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(schema);
        LocalDate snapshot = LocalDate.of(2024, 1, 1);
        SnapshotRow leaky = new SnapshotRow("A1", snapshot, List.of(
                FeatureValue.numeric("signal", 0.3, snapshot),
                FeatureValue.numeric("noise", 0.1, snapshot),
                FeatureValue.numeric("usage", 40, snapshot),
                FeatureValue.categorical("plan", "team", snapshot),
                FeatureValue.numeric("purchases_next_quarter", 1, snapshot.plusDays(90))),
                Outcome.within(snapshot, 90, true));

        assertThatThrownBy(() -> builder.add(leaky))
                .isInstanceOf(LeakageException.class)
                .hasMessageContaining("purchases_next_quarter")
                .hasMessageContaining("A1")
                .hasMessageContaining("2024-03-31");
        assertThat(builder.build().rowCount()).isZero();
    }

    @Test
    void splitterRejectsTrainingWindowOverlappingTest() {
        TimeSplitter overlapping = new TimeSplitter(TRAIN_THROUGH, LocalDate.of(2024, 5, 1), 0.2);

        assertThatThrownBy(() -> overlapping.split(data))
                .isInstanceOf(LeakageException.class)
                .hasMessageContaining("2024-05-30")
                .hasMessageContaining("2024-05-01");
    }

    private PropensityModel model(ModelKind kind) {
        return trained.stream().filter(t -> t.model().kind() == kind).findFirst().orElseThrow().model();
    }

    private ModelReport report(ModelKind kind) {
        return trained.stream().filter(t -> t.model().kind() == kind).findFirst().orElseThrow().report();
    }
}
