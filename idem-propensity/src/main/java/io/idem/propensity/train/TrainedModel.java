package io.idem.propensity.train;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.model.PropensityModel;

/** A fitted model with its report on the test partition. Closing it releases the model's native memory. */
public record TrainedModel(PropensityModel model, ModelReport report) implements AutoCloseable {

    public TrainedModel {
        requireNonNull(model, "model is null");
        requireNonNull(report, "report is null");
    }

    @Override
    public void close() {
        model.close();
    }
}
