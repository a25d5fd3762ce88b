package io.idem.design.health;

import io.idem.identify.AccountFrame;
import io.idem.identify.Values;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores accounts from 0 to 100: each measure's feature value is scored by its function, and the
 * overall score is the weighted mean of the measure scores over the measures that count, so the
 * measures' normalised weights sum to 100. Following the measure's policy, a missing value is
 * excluded (the other weights are renormalised), scored 50 (neutral) or scored 0 (worst). Booleans
 * count as 1 (true) and 0, and NaN counts as missing. Percentile measures rank each account among
 * the accounts of its peer group in the same frame, so every account of the frame takes part.
 */
public final class HealthScorer {

    /** Score given to a missing value under the neutral policy. */
    static final double NEUTRAL_SCORE = 50.0;

    private HealthScorer() {
    }

    /** Scores every account and adds the columns {@code <model>} and {@code <model>_band} to the frame. */
    public static List<HealthScore> score(HealthModel model, AccountFrame frame) {
        String[] groups = peerGroups(model, frame);
        List<HealthMeasure> measures = model.measures();
        Double[][] values = new Double[measures.size()][];
        Double[][] percentiles = new Double[measures.size()][];
        for (int m = 0; m < measures.size(); m++) {
            values[m] = numericColumn(frame, measures.get(m).feature());
            if (measures.get(m).scoring() instanceof Scoring.Percentile percentile) {
                percentiles[m] = PeerPercentiles.scores(values[m], groups, percentile.lowerIsBetter());
            }
        }

        List<HealthScore> scores = new ArrayList<>(frame.size());
        Object[] overall = frame.newColumn();
        Object[] bands = frame.newColumn();
        for (int row = 0; row < frame.size(); row++) {
            List<MeasureInput> inputs = new ArrayList<>(measures.size());
            for (int m = 0; m < measures.size(); m++) {
                Double value = values[m][row];
                Double presentScore = null;
                if (value != null) {
                    presentScore = percentiles[m] != null ? percentiles[m][row] : scoreValue(measures.get(m).scoring(), value);
                }
                inputs.add(new MeasureInput(measures.get(m), value, presentScore));
            }
            HealthScore score = combine(model, frame.accountIds().get(row), groups[row], inputs);
            scores.add(score);
            overall[row] = score.score();
            bands[row] = score.band();
        }
        frame.put(model.name(), overall);
        frame.put(model.name() + "_band", bands);
        return scores;
    }

    /** A measure with the account's value and the score of that value, both null when the value is missing. */
    private record MeasureInput(HealthMeasure measure, Double value, Double presentScore) {
    }

    private static HealthScore combine(HealthModel model, String accountId, String peerGroup, List<MeasureInput> inputs) {
        List<Double> scores = new ArrayList<>(inputs.size());
        double weightSum = 0;
        double weightedSum = 0;
        for (MeasureInput input : inputs) {
            Double score = input.value() != null ? input.presentScore() : switch (input.measure().missing()) {
                case EXCLUDE -> null;
                case NEUTRAL -> NEUTRAL_SCORE;
                case WORST -> 0.0;
            };
            scores.add(score);
            if (score != null) {
                weightSum += input.measure().weight();
                weightedSum += input.measure().weight() * score;
            }
        }

        // The mean is taken over the raw weights, not the shares rounded through 100 × w / W, so that
        // equal measure scores give exactly that score and a band boundary is not missed by rounding.
        List<MeasureScore> measures = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            MeasureInput input = inputs.get(i);
            Double score = scores.get(i);
            double share = score == null || weightSum == 0 ? 0 : 100.0 * input.measure().weight() / weightSum;
            measures.add(new MeasureScore(input.measure().name(), input.measure().category(), input.value(), score, share,
                    input.value() == null ? input.measure().missing() : null));
        }
        Double overall = weightSum == 0 ? null : weightedSum / weightSum;
        return new HealthScore(model.name(), accountId, peerGroup, overall, overall == null ? null : model.bandOf(overall), measures);
    }

    static double scoreValue(Scoring scoring, double value) {
        if (scoring instanceof Scoring.Linear linear) {
            double fraction = (value - linear.worst()) / (linear.best() - linear.worst());
            return 100.0 * Math.max(0.0, Math.min(1.0, fraction));
        }
        if (scoring instanceof Scoring.Thresholds thresholds) {
            for (Scoring.Step step : thresholds.steps()) {
                if (step.min() == null || value >= step.min()) {
                    return step.score();
                }
            }
            return 0.0;
        }
        throw new IllegalArgumentException("scoring " + scoring + " depends on the other accounts; score it with PeerPercentiles");
    }

    /** Returns each account's peer group as text, or nulls when the model has no peer group column. */
    private static String[] peerGroups(HealthModel model, AccountFrame frame) {
        String[] groups = new String[frame.size()];
        if (model.peerGroup() == null) {
            return groups;
        }
        Object[] column = frame.column(model.peerGroup());
        for (int row = 0; row < groups.length; row++) {
            groups[row] = groupLabel(column[row]);
        }
        return groups;
    }

    private static String groupLabel(Object value) {
        if (value == null) {
            return null;
        }
        // Integer columns arrive as doubles; 3.0 should read as the group "3".
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return String.valueOf(number.longValue());
        }
        return value.toString();
    }

    private static Double[] numericColumn(AccountFrame frame, String feature) {
        Object[] column = frame.column(feature);
        Double[] values = new Double[column.length];
        for (int row = 0; row < column.length; row++) {
            values[row] = numeric(column[row]);
        }
        return values;
    }

    private static Double numeric(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1.0 : 0.0;
        }
        Double number = Values.toDouble(value instanceof BigDecimal decimal ? (Object) decimal.doubleValue() : value);
        return number == null || number.isNaN() ? null : number;
    }
}
