package io.idem.propensity.train;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.evaluate.Calibration;
import io.idem.propensity.evaluate.LogLoss;
import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.evaluate.RocAuc;
import io.idem.propensity.model.ModelTrainer;
import io.idem.propensity.model.PropensityModel;
import io.idem.propensity.split.Split;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains each model on a split and measures it on the split's test partition. */
public final class PropensityTraining {

    private static final Logger LOG = LoggerFactory.getLogger(PropensityTraining.class);

    private final List<ModelTrainer> trainers;

    public PropensityTraining(List<ModelTrainer> trainers) {
        this.trainers = List.copyOf(requireNonNull(trainers, "trainers is null"));
        if (this.trainers.isEmpty()) {
            throw new IllegalArgumentException("give at least one model trainer");
        }
    }

    /**
     * Fits every model on {@code split} and reports its quality on the test rows, in trainer order. On failure
     * the models fitted so far are closed before the exception propagates.
     *
     * @param label what the label means, copied into each report
     */
    public List<TrainedModel> train(Split split, String label) {
        List<TrainedModel> trained = new ArrayList<>(trainers.size());
        try {
            for (ModelTrainer trainer : trainers) {
                long started = System.nanoTime();
                PropensityModel model = trainer.fit(split);
                ModelReport report;
                try {
                    report = evaluate(model, split, label);
                } catch (RuntimeException e) {
                    model.close();
                    throw e;
                }
                trained.add(new TrainedModel(model, report));
                LOG.info("Trained {} for '{}' in {} ms: test AUC {}, log loss {}", model.kind().id(), label,
                        (System.nanoTime() - started) / 1_000_000, report.auc().value(), report.logLoss().value());
            }
            return trained;
        } catch (RuntimeException e) {
            trained.forEach(TrainedModel::close);
            throw e;
        }
    }

    /** Scores the test rows with {@code model} and reports AUC, log loss and calibration by decile. */
    public static ModelReport evaluate(PropensityModel model, Split split, String label) {
        Dataset test = split.test();
        double[] predicted = model.predict(test.features());
        boolean[] labels = test.labels();
        return new ModelReport(model.kind().id(), label, split.summary(), test.features().columnNames(),
                model.encodedColumns(), model.parameters(), model.fitSummary(), test.rowCount(),
                (double) test.positives() / test.rowCount(), RocAuc.compute(predicted, labels),
                LogLoss.compute(predicted, labels), Calibration.deciles(predicted, labels));
    }
}
