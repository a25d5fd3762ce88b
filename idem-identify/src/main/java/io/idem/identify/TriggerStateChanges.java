package io.idem.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between the stored trigger states and newly evaluated ones, as rows to write.
 *
 * @param newRows   (trigger_name, account_id, active, since, last_fired_on) of each state that is new
 *                  or differs from the stored one
 * @param staleKeys (trigger_name, account_id) of each stored state to delete before the insert:
 *                  the changed ones and those that the evaluation no longer has
 * @param replaced  how many of {@code staleKeys} are changed states, which {@code newRows} writes again
 */
record TriggerStateChanges(List<Object[]> newRows, List<Object[]> staleKeys, int replaced) {

    TriggerStateChanges {
        Objects.requireNonNull(newRows, "newRows is null");
        Objects.requireNonNull(staleKeys, "staleKeys is null");
    }

    /**
     * Compares the states of each trigger in {@code evaluated} with its {@code stored} states.
     * Triggers that are only in {@code stored} give no changes, so their states stay as stored.
     */
    static TriggerStateChanges between(Map<String, Map<String, TriggerState>> stored,
                                       Map<String, Map<String, TriggerState>> evaluated) {
        List<Object[]> newRows = new ArrayList<>();
        List<Object[]> staleKeys = new ArrayList<>();
        int replaced = 0;
        for (Map.Entry<String, Map<String, TriggerState>> trigger : evaluated.entrySet()) {
            String name = trigger.getKey();
            Map<String, TriggerState> before = stored.getOrDefault(name, Map.of());
            Map<String, TriggerState> after = trigger.getValue();

            for (Map.Entry<String, TriggerState> entry : after.entrySet()) {
                TriggerState old = before.get(entry.getKey());
                TriggerState state = entry.getValue();
                if (state.equals(old)) {
                    continue;
                }
                newRows.add(new Object[] {name, entry.getKey(), state.active(), state.since(), state.lastFiredOn()});
                if (old != null) {
                    staleKeys.add(new Object[] {name, entry.getKey()});
                    replaced++;
                }
            }
            for (String account : before.keySet()) {
                if (!after.containsKey(account)) {
                    staleKeys.add(new Object[] {name, account});
                }
            }
        }
        return new TriggerStateChanges(newRows, staleKeys, replaced);
    }
}
