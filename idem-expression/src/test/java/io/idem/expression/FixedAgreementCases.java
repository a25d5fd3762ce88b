package io.idem.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-picked expressions and rows for the engine agreement tests: every operator and function,
 * ties for rounding, zero divisors, negative zero, text with a quote, and missing values.
 */
final class FixedAgreementCases {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    static final List<String> EXPRESSIONS = List.of(
            "n1 + n2", "n1 - k1", "n1 * m1", "n1 / n2", "k1 % 3", "n1 % n2", "-n1", "m1 * 2 + n1", "m1 / m1", "m1 - 1",
            "round(n1)", "round(-2.5)", "round(n1, 2)", "round(m1, 2)", "abs(k1)", "abs(m1)",
            "least(n1, n2, k1)", "greatest(n1, n2)", "coalesce(n2, n1, 0)",
            "pct_change(m1, n1)", "pct_change(n1, n2)", "ratio(m1, k1)",
            "days_between(d1, d2)", "days_between(d1, as_of)", "as_of - d1", "d1 + u1", "u1 + d1", "d1 - 2w", "as_of - 30d",
            "u1 + 3d", "u1 - (d2 - d1)", "-u1", "abs(u1)", "days(u1)", "least(d1, d2)", "greatest(u1, 0d)", "coalesce(d2, as_of - 30d)",
            "length(s1)", "lower(s1) = s2", "upper(s1)", "contains(s1, s2)", "starts_with(s1, 'P')", "ends_with(s1, s2)",
            "s1 in ('Pro', 'Basic')", "s1 not in ('Pro', s2)", "n1 in (2.5, n2)", "n1 between n2 and 3", "n1 not between n2 and k1",
            "d1 between date '2024-01-01' and as_of", "n1 > 0 and b1", "n1 > 0 or b1", "not b1", "b1 = false",
            "b1 is missing", "s2 is not missing", "if(b1, n1, n2)", "if(n1 > 0, s1, s2)", "n1 = n2", "d1 <> d2", "u1 >= 10d",
            "s1 = 'it''s'", "s1 != s2", "k1 < m1", "m1 >= 100");

    static List<Map<String, Object>> rows() {
        return List.of(
                row(2.5, 0.0, 3L, "100.5", true, "Pro", "pro", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 29), 10),
                row(-2.5, 4.0, -7L, "0", false, "it's", "", LocalDate.of(2023, 12, 31), null, -5),
                row(null, null, null, null, null, null, null, null, null, null),
                row(0.125, -0.0, 0L, "-3.3333", null, "reports", "port", AS_OF, AS_OF, 0),
                row(7.5, 2.0, 50L, "-0.5", true, "Basic", "Basic", null, LocalDate.of(2024, 3, 31), null));
    }

    private static Map<String, Object> row(Double n1, Double n2, Long k1, String m1, Boolean b1, String s1, String s2,
                                           LocalDate d1, LocalDate d2, Integer u1) {
        Map<String, Object> row = new HashMap<>();
        row.put("n1", n1);
        row.put("n2", n2);
        row.put("k1", k1);
        row.put("m1", m1 == null ? null : new BigDecimal(m1));
        row.put("b1", b1);
        row.put("s1", s1);
        row.put("s2", s2);
        row.put("d1", d1);
        row.put("d2", d2);
        row.put("u1", u1 == null ? null : Duration.ofDays(u1));
        return row;
    }

    private FixedAgreementCases() {
    }
}
