package io.idem.report.input;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A revenue ratio from {@code revenue/summary.json}, such as NRR, with the period it covers.
 *
 * @param name the JSON field name, such as {@code nrr}
 * @param value the ratio (1.02 for 102%), or {@code null} when it could not be computed
 * @param startMonth the first month of the period as YYYY-MM, or {@code null}
 * @param endMonth the last month of the period as YYYY-MM, or {@code null}
 * @param accounts the number of accounts in the cohort, or {@code null} when not given
 * @param reason why the value is missing; never {@code null} when {@code value} is
 * @param components money amounts behind the ratio, by field name (new, expansion, reactivation for the expansion share)
 */
public record Metric(String name, Double value, String startMonth, String endMonth, Long accounts, String reason,
        Map<String, Double> components) {

    public Metric {
        requireNonNull(name, "name is null");
        // Map.copyOf would lose the insertion order, which is the order the report lists the amounts in.
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + name + " has a non-finite value " + value);
        }
        if (value == null && (reason == null || reason.isBlank())) {
            reason = "no reason was given";
        }
    }

    /** Returns a metric that has no value because summary.json does not contain it. */
    public static Metric absent(String name) {
        return new Metric(name, null, null, null, null, "revenue/summary.json has no " + name + " entry", Map.of());
    }

    /** Returns the period as {@code 2023-12 to 2024-12}, or the one month that is known, or an empty string. */
    public String period() {
        if (startMonth != null && endMonth != null) {
            return startMonth.equals(endMonth) ? startMonth : startMonth + " to " + endMonth;
        }
        if (startMonth != null) {
            return startMonth;
        }
        return endMonth != null ? endMonth : "";
    }
}
