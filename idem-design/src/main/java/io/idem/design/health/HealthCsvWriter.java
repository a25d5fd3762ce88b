package io.idem.design.health;

import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code health.csv}: one row per account and model with {@code account_id, model, score,
 * band}, then one column per measure with its 0–100 score, one column {@code category_<name>} per
 * category with its sub-score, the account's {@code peer_group}, and {@code missing}, which lists
 * the measures whose value was missing with the policy applied. Models may differ in measures and
 * categories, so the columns are the union over the models and a model's row leaves the others empty.
 */
public final class HealthCsvWriter {

    public static final String FILE = "health.csv";
    static final String CATEGORY_PREFIX = "category_";

    private HealthCsvWriter() {
    }

    /** Writes the file into {@code folder}, replacing any earlier one, and returns its path. */
    public static Path write(Path folder, List<HealthModel> models, List<HealthScore> scores) {
        Set<String> measureColumns = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (HealthModel model : models) {
            model.measures().stream().map(HealthMeasure::name).forEach(measureColumns::add);
            categories.addAll(model.categories());
        }
        List<String> header = new ArrayList<>(List.of("account_id", "model", "score", "band"));
        header.addAll(measureColumns);
        categories.forEach(c -> header.add(CATEGORY_PREFIX + c));
        header.addAll(List.of("peer_group", "missing"));

        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(CsvLine.of(header));
                writer.write('\n');
                for (HealthScore score : scores) {
                    writer.write(CsvLine.of(row(score, measureColumns, categories)));
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static List<Object> row(HealthScore score, Set<String> measureColumns, Set<String> categories) {
        List<Object> row = new ArrayList<>(List.of(score.accountId(), score.model()));
        row.add(score.score());
        row.add(score.band());
        for (String measure : measureColumns) {
            Optional<MeasureScore> found = score.measures().stream().filter(m -> m.measure().equals(measure)).findFirst();
            row.add(found.map(MeasureScore::score).orElse(null));
        }
        List<CategoryScore> subScores = score.categories();
        for (String category : categories) {
            row.add(subScores.stream().filter(c -> c.category().equals(category)).findFirst().map(CategoryScore::score).orElse(null));
        }
        row.add(score.peerGroup());
        row.add(score.missingSummary());
        return row;
    }
}
