package io.idem.design.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The JSON body of a webhook call: {@code delivery_id}, {@code play_id}, {@code playbook},
 * {@code account_id}, {@code step}, {@code as_of} and {@code fields}, the account's values of the
 * step's fields (numbers as numbers, dates as ISO text, missing as null).
 */
final class WebhookBody {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebhookBody() {
    }

    static String json(String deliveryId, StepState.OpenPlay play, String playbook, String step, LocalDate asOf, Map<String, Object> fields) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("delivery_id", deliveryId);
        root.put("play_id", play.playId());
        root.put("playbook", playbook);
        root.put("account_id", play.accountId());
        root.put("step", step);
        root.put("as_of", asOf.toString());
        ObjectNode values = root.putObject("fields");
        fields.forEach((name, value) -> {
            if (value == null) {
                values.putNull(name);
            } else if (value instanceof Number number) {
                double d = number.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    values.put(name, (long) d);
                } else {
                    values.put(name, d);
                }
            } else if (value instanceof Boolean flag) {
                values.put(name, flag);
            } else {
                values.put(name, value.toString());
            }
        });
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook body of play " + play.playId() + ": " + e.getMessage(), e);
        }
    }
}
