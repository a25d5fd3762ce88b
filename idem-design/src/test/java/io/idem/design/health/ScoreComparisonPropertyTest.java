package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random pairs of scores of one account under one model: the contribution changes, reweighting and
 * rescoring must add up to the score change, and each measure's contribution change must follow
 * its rule, recomputed here from the two measure scores.
 */
class ScoreComparisonPropertyTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("red", 0));

    /** One measure: weight, policy, and its value in the previous and the latest run (null when missing). */
    record Pair(double weight, MissingPolicy missing, Double before, Double after) {
    }

    @Property
    void partsAddUpToTheScoreChange(@ForAll("pairs") @Size(min = 1, max = 6) List<Pair> pairs) {
        List<HealthMeasure> measures = new ArrayList<>();
        AccountFrame before = new AccountFrame(List.of("acme"));
        AccountFrame after = new AccountFrame(List.of("acme"));
        for (int i = 0; i < pairs.size(); i++) {
            measures.add(new HealthMeasure("m" + i, "f" + i, "c" + (i % 2), pairs.get(i).weight(), Scoring.linear(0, 100),
                    pairs.get(i).missing(), null));
            before.put("f" + i, new Object[] {pairs.get(i).before()});
            after.put("f" + i, new Object[] {pairs.get(i).after()});
        }
        HealthModel model = new HealthModel("health", null, measures, BANDS, null);
        StoredScore previous = stored("run-1", HealthScorer.score(model, before).get(0));
        StoredScore latest = stored("run-2", HealthScorer.score(model, after).get(0));

        ScoreExplanation explanation = ScoreComparison.compare(previous, latest);

        double sum = explanation.reweighting() + explanation.rescoring();
        for (int i = 0; i < pairs.size(); i++) {
            MeasureScore then = previous.measures().get(i);
            MeasureScore now = latest.measures().get(i);
            MeasureChange change = explanation.changes().get(i);
            sum += change.contributionChange();
            boolean same = pairs.get(i).before() == null ? pairs.get(i).after() == null : pairs.get(i).before().equals(pairs.get(i).after());
            if (same) {
                assertThat(change.status()).isEqualTo(ChangeStatus.UNCHANGED);
                assertThat(change.contributionChange()).isZero();
            } else if (then.score() != null && now.score() != null) {
                assertThat(change.status()).isEqualTo(ChangeStatus.CHANGED);
                assertThat(change.contributionChange()).isCloseTo(now.weight() * (now.score() - then.score()) / 100, within(1e-9));
            } else {
                double thenPart = then.score() == null ? 0 : then.weight() * then.score() / 100;
                double nowPart = now.score() == null ? 0 : now.weight() * now.score() / 100;
                assertThat(change.contributionChange()).isCloseTo(nowPart - thenPart, within(1e-9));
            }
        }
        // Linear scoring of unchanged values under an unchanged model cannot score differently.
        assertThat(explanation.rescoring()).isCloseTo(0.0, within(1e-9));
        if (previous.score() != null && latest.score() != null) {
            assertThat(sum).isCloseTo(latest.score() - previous.score(), within(1e-9));
        } else {
            assertThat(explanation.scoreChange()).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Pair>> pairs() {
        Arbitrary<Double> weights = Arbitraries.integers().between(1, 40).map(Integer::doubleValue);
        Arbitrary<Double> values = Arbitraries.of(0.0, 25.0, 50.0, 80.0, 100.0).injectNull(0.3);
        return Combinators.combine(weights, Arbitraries.of(MissingPolicy.class), values, values).as(Pair::new).list();
    }

    @Example
    void addedAndRemovedMeasuresMoveByTheirWholeContribution() {
        MeasureScore kept = new MeasureScore("usage", "product_usage", 50.0, 50.0, 100.0, null);
        StoredScore previous = new StoredScore("run-1", LocalDate.parse("2024-06-01"), "health", "acme", null, 50.0, "red", "a",
                List.of(kept));
        StoredScore latest = new StoredScore("run-2", LocalDate.parse("2024-06-08"), "health", "acme", null, 65.0, "red", "b",
                List.of(new MeasureScore("usage", "product_usage", 50.0, 50.0, 70.0, null),
                        new MeasureScore("nps", "sentiment", 9.0, 100.0, 30.0, null)));

        ScoreExplanation explanation = ScoreComparison.compare(previous, latest);

        assertThat(explanation.changes()).extracting(MeasureChange::status).containsExactly(ChangeStatus.UNCHANGED, ChangeStatus.ADDED);
        assertThat(explanation.changes().get(1).contributionChange()).isCloseTo(30.0, within(1e-9));
        assertThat(explanation.reweighting()).isCloseTo(-15.0, within(1e-9));
        assertThat(explanation.modelChanged()).isTrue();

        ScoreExplanation backwards = ScoreComparison.compare(latest, new StoredScore("run-3", LocalDate.parse("2024-06-15"), "health", "acme",
                null, 50.0, "red", "a", List.of(kept)));

        assertThat(backwards.changes()).extracting(MeasureChange::status).containsExactly(ChangeStatus.UNCHANGED, ChangeStatus.REMOVED);
        assertThat(backwards.changes().get(1).contributionChange()).isCloseTo(-30.0, within(1e-9));
        assertThat(backwards.changes().get(1).latestWeight()).isZero();
    }

    @Example
    void scoresOfTwoAccountsAreNotCompared() {
        StoredScore acme = new StoredScore("run-1", LocalDate.parse("2024-06-01"), "health", "acme", null, 50.0, "red", null, List.of());
        StoredScore bolt = new StoredScore("run-2", LocalDate.parse("2024-06-08"), "health", "bolt", null, 50.0, "red", null, List.of());

        assertThatThrownBy(() -> ScoreComparison.compare(acme, bolt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account acme").hasMessageContaining("account bolt");
    }

    private static StoredScore stored(String runId, HealthScore score) {
        return new StoredScore(runId, LocalDate.parse("2024-06-01"), score.model(), score.accountId(), null, score.score(), score.band(),
                "same", score.measures());
    }
}
