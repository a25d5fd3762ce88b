package io.idem.design.health;

import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Scoring;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a health model's definition, stored with every score so that a comparison of two
 * runs can tell whether the model changed in between. The hash covers what decides a score: the
 * name, the peer group column, each measure's feature, category, weight, scoring and missing-data
 * policy in order, and the bands. The description and the position in idem.yaml are left out, so
 * editing a comment or moving the model in the file does not count as a change.
 */
public final class ModelHash {

    private ModelHash() {
    }

    /** Returns the SHA-256 of the model's canonical text as 64 lower-case hex digits. */
    public static String of(HealthModel model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText(model).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime, which every Java 17 runtime must provide", e);
        }
    }

    /** Returns one line per part of the definition; names cannot contain a line break, so lines cannot run together. */
    static String canonicalText(HealthModel model) {
        StringBuilder text = new StringBuilder();
        text.append("model=").append(model.name()).append('\n');
        text.append("peer_group=").append(model.peerGroup() == null ? "" : model.peerGroup()).append('\n');
        for (HealthMeasure measure : model.measures()) {
            text.append("measure=").append(measure.name())
                    .append("|feature=").append(measure.feature())
                    .append("|category=").append(measure.category().replace('\n', ' '))
                    .append("|weight=").append(measure.weight())
                    .append("|scoring=").append(scoring(measure.scoring()))
                    .append("|missing=").append(measure.missing().configName())
                    .append('\n');
        }
        for (HealthBand band : model.bands()) {
            text.append("band=").append(band.name()).append("|min=").append(band.min()).append('\n');
        }
        return text.toString();
    }

    private static String scoring(Scoring scoring) {
        if (scoring instanceof Scoring.Linear linear) {
            return "linear(" + linear.worst() + "," + linear.best() + ")";
        }
        if (scoring instanceof Scoring.Thresholds thresholds) {
            StringBuilder steps = new StringBuilder("thresholds(");
            for (Scoring.Step step : thresholds.steps()) {
                steps.append(step.min() == null ? "*" : step.min()).append(':').append(step.score()).append(';');
            }
            return steps.append(')').toString();
        }
        if (scoring instanceof Scoring.Percentile percentile) {
            return "percentile(lower_is_better=" + percentile.lowerIsBetter() + ")";
        }
        return "none";
    }
}
