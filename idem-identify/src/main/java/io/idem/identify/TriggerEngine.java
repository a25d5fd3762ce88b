package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.workspace.FireMode;
import io.idem.workspace.Trigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates triggers at an as-of date and decides which fire, from each account's previous state:
 * {@code becomes_true} fires when the condition turns true, {@code while_true} while it stays
 * true, {@code becomes_false} when it turns false; any trigger fires at most once per cooldown
 * and once per day. Pure: the caller loads and saves the states, so backtests can replay history
 * without touching the store.
 */
public final class TriggerEngine {

    private TriggerEngine() {
    }

    /** The outcome for all triggers: new states and, per trigger, the accounts that fired. */
    public record Evaluation(Map<String, Map<String, TriggerState>> states, Map<String, List<String>> fired) {
    }

    /**
     * Evaluates every trigger, adds a Boolean column per trigger (its condition today) to the frame,
     * and returns the new states and firings. {@code previous} maps trigger to account to state.
     */
    public static Evaluation evaluate(Definitions definitions, AccountFrame frame, LocalDate asOf,
                                      Map<String, Map<String, TriggerState>> previous) {
        Map<String, Map<String, TriggerState>> states = new LinkedHashMap<>();
        Map<String, List<String>> fired = new LinkedHashMap<>();
        for (Trigger trigger : definitions.workspace().triggers().values()) {
            Expression condition = definitions.triggerCondition(trigger.name());
            Boolean[] holds = Conditions.evaluate(condition, frame, asOf);
            frame.put(trigger.name(), holds);

            Map<String, TriggerState> before = previous.getOrDefault(trigger.name(), Map.of());
            Map<String, TriggerState> after = new HashMap<>();
            List<String> firedAccounts = new ArrayList<>();
            for (int row = 0; row < frame.size(); row++) {
                String account = frame.accountIds().get(row);
                TriggerState old = before.get(account);
                boolean wasActive = old != null && old.active();
                boolean isActive = holds[row];
                LocalDate lastFired = old == null ? null : old.lastFiredOn();

                boolean wants = switch (trigger.fire()) {
                    case BECOMES_TRUE -> isActive && !wasActive;
                    case WHILE_TRUE -> isActive;
                    case BECOMES_FALSE -> !isActive && wasActive;
                };
                boolean coolingDown = lastFired != null
                        && (!asOf.isAfter(lastFired) || asOf.isBefore(lastFired.plusDays(trigger.cooldownDays())));
                if (wants && !coolingDown) {
                    firedAccounts.add(account);
                    lastFired = asOf;
                }
                LocalDate since = old != null && old.active() == isActive ? old.since() : asOf;
                if (old != null || isActive || lastFired != null) {
                    after.put(account, new TriggerState(isActive, since, lastFired));
                }
            }
            states.put(trigger.name(), after);
            fired.put(trigger.name(), firedAccounts);
        }
        return new Evaluation(states, fired);
    }

    /** Returns whether a fire mode starts from the condition turning true (used by explanations). */
    static boolean firesOnTrue(FireMode mode) {
        return mode != FireMode.BECOMES_FALSE;
    }
}
