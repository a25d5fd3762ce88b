package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.TriggerKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The accounts a trigger fired for when evaluated at each month end.
 *
 * @param firedByMonthEnd the accounts the trigger fired for, by month's last day. A month missing
 *                        from the map was not evaluated and gets no backtest row.
 */
public record TriggerFirings(String trigger, TriggerKind kind, Map<LocalDate, Set<String>> firedByMonthEnd) {

    public TriggerFirings {
        requireNonNull(trigger, "trigger is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(firedByMonthEnd, "firedByMonthEnd is null");
        TreeMap<LocalDate, Set<String>> copy = new TreeMap<>();
        firedByMonthEnd.forEach((date, accounts) -> {
            if (!date.equals(date.withDayOfMonth(date.lengthOfMonth()))) {
                throw new IllegalArgumentException("trigger '" + trigger + "' was evaluated on " + date
                        + ", which is not a month's last day; backtests evaluate triggers at month ends");
            }
            copy.put(date, Set.copyOf(accounts));
        });
        firedByMonthEnd = Collections.unmodifiableSortedMap(copy);
    }
}
