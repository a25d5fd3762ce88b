package io.idem.propensity.csv;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.NumericColumn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a feature column from the text values of a CSV column. A column is numeric when every non-blank value
 * is a decimal number (such as {@code 12}, {@code -0.5} or {@code 1e3}); otherwise it is categorical. Values are
 * trimmed, and a blank value is missing, such as the single space in the IBM Telco file's TotalCharges for
 * customers with zero tenure.
 */
public final class ColumnInference {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private ColumnInference() {
    }

    public static FeatureColumn infer(String name, List<String> values) {
        boolean numeric = true;
        for (String value : values) {
            String trimmed = value.trim();
            if (!trimmed.isEmpty() && !NUMBER.matcher(trimmed).matches()) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            double[] numbers = new double[values.size()];
            for (int row = 0; row < numbers.length; row++) {
                String trimmed = values.get(row).trim();
                numbers[row] = trimmed.isEmpty() ? Double.NaN : Double.parseDouble(trimmed);
            }
            return new NumericColumn(name, numbers);
        }
        String[] levels = new String[values.size()];
        for (int row = 0; row < levels.length; row++) {
            String trimmed = values.get(row).trim();
            levels[row] = trimmed.isEmpty() ? null : trimmed;
        }
        return new CategoricalColumn(name, levels);
    }
}
