package io.idem.design.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.workspace.MissingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of an account's measure scores in {@code health_score.measures}: an array of
 * objects with measure, category, value, score, weight and missing_policy. Numbers keep 4 decimals,
 * so a value read back equals the stored value rounded to 4 decimals.
 */
final class MeasuresJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DECIMALS = 4;

    private MeasuresJson() {
    }

    static String write(List<MeasureScore> measures) {
        ArrayNode array = MAPPER.createArrayNode();
        for (MeasureScore m : measures) {
            ObjectNode node = array.addObject();
            node.put("measure", m.measure());
            node.put("category", m.category());
            node.put("value", rounded(m.value()));
            node.put("score", rounded(m.score()));
            node.put("weight", rounded(m.weight()));
            node.put("missing_policy", m.appliedPolicy() == null ? null : m.appliedPolicy().configName());
        }
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render measure scores as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the stored array back. Rows written before categories were stored have none and read
     * with the default category.
     *
     * @throws IllegalArgumentException when the text is not such an array, naming the run and account
     */
    static List<MeasureScore> read(String json, String runId, String accountId) {
        JsonNode array;
        try {
            array = MAPPER.readTree(json == null ? "[]" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("health_score.measures of run " + runId + ", account " + accountId
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("health_score.measures of run " + runId + ", account " + accountId
                    + " is not a JSON array: " + json);
        }
        List<MeasureScore> measures = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            String policy = text(node, "missing_policy");
            measures.add(new MeasureScore(text(node, "measure"), text(node, "category"), number(node, "value"), number(node, "score"),
                    number(node, "weight") == null ? 0.0 : number(node, "weight"),
                    policy == null ? null : MissingPolicy.valueOf(policy.toUpperCase(Locale.ROOT))));
        }
        return measures;
    }

    private static BigDecimal rounded(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
