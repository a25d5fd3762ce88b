package io.idem.recommend;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code recommendations.csv}: {@code account_id,rank,motion,offer,probability,incremental_mrr,expected_value,reasons},
 * one row per recommendation in account order and then rank order. Probability has 4 decimals, money 2, and
 * reasons are joined with "; ". Fields are quoted per RFC 4180 when they contain a comma, quote or line break.
 */
public final class RecommendationsCsvWriter {

    public static final String HEADER = "account_id,rank,motion,offer,probability,incremental_mrr,expected_value,reasons";

    private RecommendationsCsvWriter() {
    }

    public static void write(Path file, Map<String, List<Recommendation>> recommendations) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, recommendations);
        }
    }

    public static void write(Writer out, Map<String, List<Recommendation>> recommendations) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (List<Recommendation> ranked : recommendations.values()) {
            for (Recommendation r : ranked) {
                out.write(String.join(",", quote(r.accountId()), String.valueOf(r.rank()), r.motionName(), quote(r.offer()),
                        BigDecimal.valueOf(r.probability()).setScale(4, RoundingMode.HALF_EVEN).toPlainString(),
                        r.incrementalMrr().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                        r.expectedValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                        quote(String.join("; ", r.reasons()))));
                out.write('\n');
            }
        }
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
