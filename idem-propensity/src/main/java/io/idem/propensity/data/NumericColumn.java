package io.idem.propensity.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** A numeric feature, with {@code NaN} for a missing value. Infinite values are rejected. */
public final class NumericColumn implements FeatureColumn {

    private final String name;
    private final double[] values;

    /** Copies {@code values}; throws IllegalArgumentException for a blank name or an infinite value. */
    public NumericColumn(String name, double[] values) {
        this.name = FeatureNames.requireValid(name);
        this.values = requireNonNull(values, "values is null").clone();
        for (int row = 0; row < this.values.length; row++) {
            if (Double.isInfinite(this.values[row])) {
                throw new IllegalArgumentException("numeric feature '" + name + "' has an infinite value at row "
                        + row + "; use NaN for a missing value");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    public double value(int row) {
        return values[row];
    }

    /** Returns a copy of the values, with NaN for missing ones. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public String displayValue(int row) {
        double value = values[row];
        if (Double.isNaN(value)) {
            return "missing";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] selected = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new NumericColumn(name, selected);
    }
}
