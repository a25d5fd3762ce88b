package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An explicit table of spelling corrections, applied to exact values only, with a count of how often each applied.
 * There is no fuzzy matching: a value that is not listed is kept as written. Not thread-safe, so use one instance
 * per import.
 */
public final class ValueCorrections {

    /**
     * The corrections for the Maven Analytics CRM export. The sector list of accounts.csv is otherwise made of
     * correctly spelled English words, and no account uses "technology", so "technolgy" can only mean it. The
     * office location "Philipines" is the country spelled Philippines.
     */
    public static final List<ValueCorrection> MAVEN_CRM = List.of(
            new ValueCorrection("accounts", "sector", "technolgy", "technology",
                    "the sector is misspelled on every technology account, and no account spells it correctly"),
            new ValueCorrection("accounts", "office_location", "Philipines", "Philippines",
                    "the country name is misspelled"));

    private final Map<ValueCorrection, Integer> applied = new LinkedHashMap<>();

    public ValueCorrections(List<ValueCorrection> corrections) {
        requireNonNull(corrections, "corrections is null");
        for (ValueCorrection correction : corrections) {
            boolean clash = applied.keySet().stream().anyMatch(known -> known.table().equals(correction.table())
                    && known.column().equals(correction.column()) && known.from().equals(correction.from()));
            if (clash) {
                throw new IllegalArgumentException("two corrections rewrite '" + correction.from() + "' in "
                        + correction.table() + "." + correction.column());
            }
            applied.put(correction, 0);
        }
    }

    /** Returns the corrections of the Maven CRM export. */
    public static ValueCorrections mavenCrm() {
        return new ValueCorrections(MAVEN_CRM);
    }

    /** Returns the corrected value of {@code table.column}, or {@code value} itself when no correction matches. */
    public String apply(String table, String column, String value) {
        for (Map.Entry<ValueCorrection, Integer> entry : applied.entrySet()) {
            ValueCorrection correction = entry.getKey();
            if (correction.table().equals(table) && correction.column().equals(column)
                    && correction.from().equals(value)) {
                entry.setValue(entry.getValue() + 1);
                return correction.to();
            }
        }
        return value;
    }

    /** Returns every correction with the number of values it replaced so far, in declaration order. */
    public Map<ValueCorrection, Integer> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(applied));
    }
}
