package io.idem.design.calibration;

import static java.util.Objects.requireNonNull;

import io.idem.design.health.HealthScore;
import io.idem.design.health.HealthScorer;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.revenue.ExpansionOutcome;
import io.idem.revenue.ExpansionOutcomes;
import io.idem.store.Store;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks whether health scores predict what accounts do next. At each month end the features are
 * computed from the data as it stood that day (as a run on that day would have computed them),
 * every model scores every account, and the accounts paying that day (MRR above 0) are followed
 * for a horizon: churn is MRR falling to 0 on some day of (d, d + horizon] ({@link ChurnOutcomes}),
 * expansion is MRR rising above its value on d ({@link ExpansionOutcomes}). Each model gets one row
 * per month end and one row pooling every month end, with the AUC of the score for each outcome
 * and the outcome rates by band.
 */
public final class HealthCalibration {

    public static final int DEFAULT_HORIZON_DAYS = 90;
    private static final Logger LOG = LoggerFactory.getLogger(HealthCalibration.class);

    private HealthCalibration() {
    }

    /**
     * Calibrates every health model of the workspace at every month end from the month of the
     * first subscription start to the last one whose horizon ends on or before {@code asOf}.
     */
    public static List<CalibrationRow> run(Definitions definitions, Store store, LocalDate asOf, int horizonDays) {
        ChurnOutcomes churn = ChurnOutcomes.load(store, definitions.workspace(), asOf);
        if (churn.firstStart() == null) {
            throw new IllegalArgumentException("workspace '" + definitions.workspace().name()
                    + "' has no subscription starting on or before " + asOf + "; import the subscriptions first");
        }
        List<LocalDate> monthEnds = CalibrationMonths.between(YearMonth.from(churn.firstStart()), asOf, horizonDays);
        return run(definitions, store, monthEnds, asOf, horizonDays, churn);
    }

    /**
     * Calibrates every health model of the workspace at the given month ends.
     *
     * @throws IllegalArgumentException when there are no month ends, or one's horizon ends after {@code asOf}
     */
    public static List<CalibrationRow> run(Definitions definitions, Store store, List<LocalDate> monthEnds, LocalDate asOf,
                                           int horizonDays) {
        return run(definitions, store, monthEnds, asOf, horizonDays, ChurnOutcomes.load(store, definitions.workspace(), asOf));
    }

    private static List<CalibrationRow> run(Definitions definitions, Store store, List<LocalDate> monthEnds, LocalDate asOf,
                                            int horizonDays, ChurnOutcomes churn) {
        requireNonNull(monthEnds, "monthEnds is null");
        Workspace workspace = definitions.workspace();
        if (monthEnds.isEmpty()) {
            throw new IllegalArgumentException("no month end to calibrate at: a month end needs " + horizonDays
                    + " days of history after it, up to " + asOf + "; use a later as-of date");
        }
        for (LocalDate day : monthEnds) {
            if (day.plusDays(horizonDays).isAfter(asOf)) {
                throw new IllegalArgumentException("the outcome window of " + day + " ends on " + day.plusDays(horizonDays)
                        + ", after the as-of date " + asOf + "; drop that month end or use a later as-of date");
            }
        }

        ExpansionOutcomes expansion = ExpansionOutcomes.load(store, workspace, asOf);
        Set<String> modelNames = new LinkedHashSet<>();
        workspace.healthModels().forEach(model -> modelNames.add(model.name()));
        Map<LocalDate, AccountFrame> frames = new FeatureEngine(definitions, store).computeAt(monthEnds, modelNames);

        List<CalibrationRow> rows = new ArrayList<>();
        for (HealthModel model : workspace.healthModels()) {
            List<Observation> pooled = new ArrayList<>();
            long pooledUnscored = 0;
            for (LocalDate day : monthEnds) {
                List<HealthScore> scores = HealthScorer.score(model, frames.get(day));
                ExpansionOutcome grown = expansion.outcome(day, horizonDays);
                Set<String> lost = churn.churned(day, horizonDays);
                List<Observation> observations = new ArrayList<>();
                long unscored = 0;
                for (HealthScore score : scores) {
                    if (!grown.base().contains(score.accountId())) {
                        continue;
                    }
                    if (score.score() == null) {
                        unscored++;
                        continue;
                    }
                    observations.add(new Observation(score.score(), score.band(), lost.contains(score.accountId()),
                            grown.expanded().contains(score.accountId())));
                }
                rows.add(CalibrationStatistics.row(model, YearMonth.from(day).toString(), observations, unscored));
                pooled.addAll(observations);
                pooledUnscored += unscored;
                LOG.debug("Calibrated model {} at {}: {} accounts scored, {} unscored", model.name(), day, observations.size(), unscored);
            }
            rows.add(CalibrationStatistics.row(model, CalibrationRow.ALL_MONTHS, pooled, pooledUnscored));
            LOG.info("Calibrated health model {} over {} month ends with a {}-day horizon", model.name(), monthEnds.size(), horizonDays);
        }
        return rows;
    }
}
