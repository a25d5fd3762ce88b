package io.idem.design.calibration;

import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthModel;
import java.util.ArrayList;
import java.util.List;

/** Folds observations into a calibration row: counts, the AUC per outcome and the outcome rates per band. */
final class CalibrationStatistics {

    private CalibrationStatistics() {
    }

    static CalibrationRow row(HealthModel model, String month, List<Observation> observations, long unscored) {
        int n = observations.size();
        double[] scores = new double[n];
        boolean[] stayed = new boolean[n];
        boolean[] expanded = new boolean[n];
        long churnedCount = 0;
        long expandedCount = 0;
        for (int i = 0; i < n; i++) {
            Observation observation = observations.get(i);
            scores[i] = observation.score();
            stayed[i] = !observation.churned();
            expanded[i] = observation.expanded();
            churnedCount += observation.churned() ? 1 : 0;
            expandedCount += observation.expanded() ? 1 : 0;
        }

        List<BandOutcome> bands = new ArrayList<>(model.bands().size());
        for (HealthBand band : model.bands()) {
            long accounts = 0;
            long churned = 0;
            long grown = 0;
            for (Observation observation : observations) {
                if (band.name().equals(observation.band())) {
                    accounts++;
                    churned += observation.churned() ? 1 : 0;
                    grown += observation.expanded() ? 1 : 0;
                }
            }
            bands.add(new BandOutcome(band.name(), accounts, churned, grown));
        }
        return new CalibrationRow(model.name(), month, n, churnedCount, expandedCount, unscored, Auc.of(scores, stayed),
                Auc.of(scores, expanded), bands);
    }
}
