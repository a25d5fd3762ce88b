package io.idem.design.health;

import java.util.Locale;

/**
 * Renders a {@link ScoreExplanation} as plain text for a terminal: the latest score with its
 * category and measure breakdown, then what moved it since the previous score.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String render(ScoreExplanation explanation) {
        StoredScore latest = explanation.latest();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Account %s, model %s: %s (%s) on %s, run %s%n", latest.accountId(), latest.model(),
                number(latest.score()), latest.band() == null ? "no band" : latest.band(), latest.asOf(), latest.runId()));
        if (latest.peerGroup() != null) {
            text.append(String.format(Locale.ROOT, "Peer group: %s%n", latest.peerGroup()));
        }
        for (CategoryScore category : latest.categories()) {
            text.append(String.format(Locale.ROOT, "  %s: %s (weight %s)%n", category.category(), number(category.score()),
                    number(category.weight())));
            for (MeasureScore measure : latest.measures()) {
                if (measure.category().equals(category.category())) {
                    text.append(String.format(Locale.ROOT, "    %s: value %s, score %s, weight %s%s%n", measure.measure(),
                            number(measure.value()), number(measure.score()), number(measure.weight()),
                            measure.appliedPolicy() == null ? "" : ", missing: " + measure.appliedPolicy().configName()));
                }
            }
        }

        StoredScore previous = explanation.previous();
        if (previous == null) {
            return text.append(String.format(Locale.ROOT, "No previous score to compare with.%n")).toString();
        }
        text.append(String.format(Locale.ROOT, "Since %s (run %s, score %s): change %s%n", previous.asOf(), previous.runId(),
                number(previous.score()), explanation.scoreChange().map(ExplanationText::signed).orElse("n/a")));
        if (explanation.modelChanged() == null) {
            text.append(String.format(Locale.ROOT, "  Whether the model changed is unknown, because a run stored no model hash.%n"));
        } else if (explanation.modelChanged()) {
            text.append(String.format(Locale.ROOT, "  The model's configuration changed between the two runs.%n"));
        }
        for (MeasureChange change : explanation.movers()) {
            text.append(String.format(Locale.ROOT, "  %s %s: %s (value %s -> %s, score %s -> %s)%n", change.measure(),
                    change.status().name().toLowerCase(Locale.ROOT), signed(change.contributionChange()), number(change.previousValue()),
                    number(change.latestValue()), number(change.previousScore()), number(change.latestScore())));
        }
        text.append(String.format(Locale.ROOT, "  reweighting %s, rescoring of unchanged values %s%n", signed(explanation.reweighting()),
                signed(explanation.rescoring())));
        return text.toString();
    }

    private static String number(Double value) {
        return value == null ? "missing" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
