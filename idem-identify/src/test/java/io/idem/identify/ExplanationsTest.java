package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.expression.Expressions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    @Test
    void describeListsValuesInConditionOrder() {
        AccountFrame frame = new AccountFrame(List.of("acme"));
        frame.put("plan", new Object[] {"Basic"});
        frame.put("usage_growth", new Object[] {true});
        frame.put("features_used_30d", new Object[] {4.0});
        frame.put("usage_change_30d", new Object[] {0.123456});
        frame.put("mrr_now", new Object[] {new BigDecimal("228.005")});
        frame.put("health", new Object[] {null});

        String text = Explanations.describe(Expressions.parse(
                "usage_growth and features_used_30d >= 3 and plan = 'Basic' and usage_change_30d > 0.1 and mrr_now > 0 "
                        + "and (health is missing or health > 40) and usage_growth"), frame, 0);

        // Whole numbers lose their fraction, others keep 4 decimals, money 2 (half even), text is quoted.
        assertThat(text).isEqualTo("usage_growth = true; features_used_30d = 4; plan = 'Basic'; usage_change_30d = 0.1235; "
                + "mrr_now = 228.00; health = missing");
    }
}
