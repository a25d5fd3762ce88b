package io.idem.propensity.data;

/** A categorical feature, with {@code null} for a missing value. Empty levels are rejected. */
public final class CategoricalColumn implements FeatureColumn {

    private final String name;
    private final String[] levels;

    /** Copies {@code levels}; throws IllegalArgumentException for a blank name or an empty level. */
    public CategoricalColumn(String name, String[] levels) {
        this.name = FeatureNames.requireValid(name);
        this.levels = levels.clone();
        for (int row = 0; row < this.levels.length; row++) {
            if (this.levels[row] != null && this.levels[row].isEmpty()) {
                throw new IllegalArgumentException("categorical feature '" + name + "' has an empty level at row "
                        + row + "; use null for a missing value");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return levels.length;
    }

    /** Returns the level of {@code row}, or null when it is missing. */
    public String level(int row) {
        return levels[row];
    }

    @Override
    public boolean isMissing(int row) {
        return levels[row] == null;
    }

    @Override
    public String displayValue(int row) {
        return levels[row] == null ? "missing" : levels[row];
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        String[] selected = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = levels[rows[i]];
        }
        return new CategoricalColumn(name, selected);
    }
}
