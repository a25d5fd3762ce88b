package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an account's latest score with its previous one, measure by measure, like with like.
 *
 * <p>A measure whose stored feature value is the same in both runs (to the 4 stored decimals, and
 * both missing counts as the same) is {@link ChangeStatus#UNCHANGED}: the account did not move on
 * it, so it gets no contribution change even when its score differs. That happens when a weekly
 * feature was not refreshed between two daily runs and when a percentile moved because the peers
 * moved, and the difference is reported as {@code rescoring}.
 *
 * <p>With w the normalised weight (0 when excluded) and s the score of a measure, its contribution
 * to the overall score is w × s / 100 and the overall score is their sum. For a changed measure
 * that counts in both runs, the contribution change is w_latest × (s_latest - s_previous) / 100,
 * and the part (w_latest - w_previous) × s_previous / 100, which comes from renormalising weights
 * after another measure was excluded or came back, goes to {@code reweighting}. A changed measure
 * that counts in only one of the runs, an added and a removed measure change by their whole
 * contribution. So, when both overall scores exist, latest - previous = sum of the contribution
 * changes + reweighting + rescoring, up to the rounding of the stored weights and scores.
 */
public final class ScoreComparison {

    private ScoreComparison() {
    }

    /**
     * Explains {@code latest} against {@code previous}.
     *
     * @param previous the account's score in an earlier run, or null when there is none, which gives
     *                 the breakdown of the latest score and no changes
     * @throws IllegalArgumentException when the two scores are of different accounts or models
     */
    public static ScoreExplanation compare(StoredScore previous, StoredScore latest) {
        requireNonNull(latest, "latest is null");
        if (previous == null) {
            return new ScoreExplanation(latest, null, List.of(), 0.0, 0.0, null);
        }
        if (!previous.accountId().equals(latest.accountId()) || !previous.model().equals(latest.model())) {
            throw new IllegalArgumentException("cannot compare the " + previous.model() + " score of account " + previous.accountId()
                    + " with the " + latest.model() + " score of account " + latest.accountId() + "; pass two scores of one account and model");
        }

        Map<String, MeasureScore> before = new LinkedHashMap<>();
        previous.measures().forEach(m -> before.put(m.measure(), m));
        List<MeasureChange> changes = new ArrayList<>();
        double reweighting = 0;
        double rescoring = 0;
        for (MeasureScore now : latest.measures()) {
            MeasureScore then = before.remove(now.measure());
            if (then == null) {
                changes.add(added(now));
                continue;
            }
            boolean unchanged = Objects.equals(then.value(), now.value());
            boolean countsInBoth = then.counts() && now.counts();
            double contribution;
            if (countsInBoth) {
                double scoreTerm = now.weight() * (now.score() - then.score()) / 100.0;
                reweighting += (now.weight() - then.weight()) * then.score() / 100.0;
                contribution = unchanged ? 0.0 : scoreTerm;
                rescoring += unchanged ? scoreTerm : 0.0;
            } else {
                double whole = now.contribution() - then.contribution();
                contribution = unchanged ? 0.0 : whole;
                rescoring += unchanged ? whole : 0.0;
            }
            changes.add(new MeasureChange(now.measure(), now.category(), unchanged ? ChangeStatus.UNCHANGED : ChangeStatus.CHANGED,
                    then.value(), now.value(), then.score(), now.score(), then.weight(), now.weight(), contribution));
        }
        for (MeasureScore gone : before.values()) {
            changes.add(new MeasureChange(gone.measure(), gone.category(), ChangeStatus.REMOVED, gone.value(), null, gone.score(), null,
                    gone.weight(), 0.0, -gone.contribution()));
        }
        Boolean modelChanged = previous.modelHash() == null || latest.modelHash() == null ? null
                : !previous.modelHash().equals(latest.modelHash());
        return new ScoreExplanation(latest, previous, changes, reweighting, rescoring, modelChanged);
    }

    private static MeasureChange added(MeasureScore measure) {
        return new MeasureChange(measure.measure(), measure.category(), ChangeStatus.ADDED, null, measure.value(), null, measure.score(),
                0.0, measure.weight(), measure.contribution());
    }
}
