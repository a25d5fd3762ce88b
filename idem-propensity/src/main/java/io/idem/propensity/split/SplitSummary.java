package io.idem.propensity.split;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Description of a split, for the model report: the method ({@code time} or {@code stratified_random}), its
 * settings, the rows and positives of each partition, and the rows that no partition used.
 */
public record SplitSummary(
        String method,
        Map<String, String> settings,
        int fitRows,
        int fitPositives,
        int validationRows,
        int validationPositives,
        int testRows,
        int testPositives,
        int unusedRows) {

    public SplitSummary {
        requireNonNull(method, "method is null");
        settings = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(settings, "settings is null")));
        if (fitRows < 0 || validationRows < 0 || testRows < 0 || unusedRows < 0) {
            throw new IllegalArgumentException("row counts must not be negative");
        }
        if (fitPositives > fitRows || validationPositives > validationRows || testPositives > testRows) {
            throw new IllegalArgumentException("a partition cannot have more positives than rows");
        }
    }
}
