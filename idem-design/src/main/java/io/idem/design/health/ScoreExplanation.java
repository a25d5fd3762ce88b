package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An account's latest score broken down, and what moved it since its previous score. The score
 * change splits exactly into the measures' contribution changes, {@code reweighting} and
 * {@code rescoring} (see {@link ScoreComparison}).
 *
 * @param previous     the account's score in the run before, null when the latest is its first
 * @param modelChanged whether the model's definition differs between the two runs, or null when
 *                     that is unknown because there is no previous score or a run stored no hash
 */
public record ScoreExplanation(StoredScore latest, StoredScore previous, List<MeasureChange> changes, double reweighting,
                               double rescoring, Boolean modelChanged) {

    public ScoreExplanation {
        requireNonNull(latest, "latest is null");
        changes = List.copyOf(changes);
    }

    /** Returns the change of the overall score, empty when there is no previous score or either score is missing. */
    public Optional<Double> scoreChange() {
        if (previous == null || previous.score() == null || latest.score() == null) {
            return Optional.empty();
        }
        return Optional.of(latest.score() - previous.score());
    }

    /** Returns the measures that moved the score, largest contribution change first. */
    public List<MeasureChange> movers() {
        return changes.stream()
                .filter(c -> c.status() != ChangeStatus.UNCHANGED && c.contributionChange() != 0.0)
                .sorted(Comparator.comparingDouble((MeasureChange c) -> Math.abs(c.contributionChange())).reversed())
                .toList();
    }
}
