package io.idem.propensity.encode;

import io.idem.propensity.data.CategoricalColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The levels of a categorical column seen in training, in sorted order, each with its one-hot position. */
final class CategoryLevels {

    private final List<String> levels;
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean anyMissing;

    private CategoryLevels(List<String> levels, boolean anyMissing) {
        this.levels = List.copyOf(levels);
        for (int i = 0; i < this.levels.size(); i++) {
            positions.put(this.levels.get(i), i);
        }
        this.anyMissing = anyMissing;
    }

    static CategoryLevels of(CategoricalColumn column) {
        TreeSet<String> distinct = new TreeSet<>();
        boolean anyMissing = false;
        for (int row = 0; row < column.size(); row++) {
            String level = column.level(row);
            if (level == null) {
                anyMissing = true;
            } else {
                distinct.add(level);
            }
        }
        return new CategoryLevels(new ArrayList<>(distinct), anyMissing);
    }

    List<String> levels() {
        return levels;
    }

    int size() {
        return levels.size();
    }

    /** True when the training column had a missing value. */
    boolean anyMissing() {
        return anyMissing;
    }

    /** Returns the one-hot position of {@code level}, or -1 for a level not seen in training. */
    int position(String level) {
        Integer position = positions.get(level);
        return position == null ? -1 : position;
    }
}
