package io.idem.design.health;

import io.idem.identify.AccountFrame;
import io.idem.identify.Values;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores accounts from 0 to 100: each measure's feature value is scored by its function, and the
 * overall score is the weighted mean of the measure scores with weights normalised to 100 over the
 * measures that count. A missing value is excluded (the other weights are renormalised), scored 50
 * (neutral) or scored 0 (worst), as the measure's policy says. Booleans count as 1 (true) and 0.
 */
public final class HealthScorer {

    /** Score given to a missing value under the neutral policy. */
    static final double NEUTRAL_SCORE = 50.0;

    private HealthScorer() {
    }

    /** Scores every account and adds the columns {@code <model>} and {@code <model>_band} to the frame. */
    public static List<HealthScore> score(HealthModel model, AccountFrame frame) {
        List<HealthScore> scores = new ArrayList<>(frame.size());
        Object[] overall = frame.newColumn();
        Object[] bands = frame.newColumn();
        for (int row = 0; row < frame.size(); row++) {
            HealthScore score = scoreAccount(model, frame, row);
            scores.add(score);
            overall[row] = score.score();
            bands[row] = score.band();
        }
        frame.put(model.name(), overall);
        frame.put(model.name() + "_band", bands);
        return scores;
    }

    static HealthScore scoreAccount(HealthModel model, AccountFrame frame, int row) {
        double totalWeight = 0;
        List<Double> rawScores = new ArrayList<>();
        List<MissingPolicy> applied = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (HealthMeasure measure : model.measures()) {
            Double value = numeric(frame.value(measure.feature(), row));
            values.add(value);
            if (value == null) {
                applied.add(measure.missing());
                Double score = switch (measure.missing()) {
                    case EXCLUDE -> null;
                    case NEUTRAL -> NEUTRAL_SCORE;
                    case WORST -> 0.0;
                };
                rawScores.add(score);
            } else {
                applied.add(null);
                rawScores.add(scoreValue(measure.scoring(), value));
            }
            if (rawScores.get(rawScores.size() - 1) != null) {
                totalWeight += measure.weight();
            }
        }

        List<MeasureScore> measures = new ArrayList<>();
        double weighted = 0;
        for (int i = 0; i < model.measures().size(); i++) {
            HealthMeasure measure = model.measures().get(i);
            Double score = rawScores.get(i);
            double weight = score == null || totalWeight == 0 ? 0 : 100.0 * measure.weight() / totalWeight;
            if (score != null) {
                weighted += weight * score / 100.0;
            }
            measures.add(new MeasureScore(measure.name(), measure.category(), values.get(i), score, weight, applied.get(i)));
        }
        Double overall = totalWeight == 0 ? null : weighted;
        return new HealthScore(model.name(), frame.accountIds().get(row), overall, overall == null ? null : model.bandOf(overall), measures);
    }

    static double scoreValue(Scoring scoring, double value) {
        if (scoring instanceof Scoring.Linear linear) {
            double fraction = (value - linear.worst()) / (linear.best() - linear.worst());
            return 100.0 * Math.max(0.0, Math.min(1.0, fraction));
        }
        Scoring.Thresholds thresholds = (Scoring.Thresholds) scoring;
        for (Scoring.Step step : thresholds.steps()) {
            if (step.min() == null || value >= step.min()) {
                return step.score();
            }
        }
        return 0.0;
    }

    private static Double numeric(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1.0 : 0.0;
        }
        return Values.toDouble(value instanceof java.math.BigDecimal decimal ? (Object) decimal.doubleValue() : value);
    }
}
