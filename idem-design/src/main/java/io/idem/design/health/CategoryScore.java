package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-score of one category of measures: the weighted mean of the scores of its measures that
 * count, null when none counts, and the category's share of the overall score's weight (the sum of
 * its measures' normalised weights). The overall score is the sum of weight × score / 100 over the
 * categories.
 */
public record CategoryScore(String category, Double score, double weight) {

    public CategoryScore {
        requireNonNull(category, "category is null");
    }

    /** Groups measure scores by category, in the order each category first appears. */
    public static List<CategoryScore> of(List<MeasureScore> measures) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (MeasureScore measure : measures) {
            double[] sum = sums.computeIfAbsent(measure.category(), c -> new double[2]);
            if (measure.counts()) {
                sum[0] += measure.weight() * measure.score();
                sum[1] += measure.weight();
            }
        }
        List<CategoryScore> categories = new ArrayList<>(sums.size());
        sums.forEach((category, sum) -> categories.add(new CategoryScore(category, sum[1] == 0 ? null : sum[0] / sum[1], sum[1])));
        return categories;
    }
}
