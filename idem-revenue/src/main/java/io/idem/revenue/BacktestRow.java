package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.TriggerKind;
import java.time.YearMonth;

/**
 * How often accounts a trigger fired for at a month end expanded within the horizon, against all
 * paying accounts. Rates are null, never NaN, when their denominator is 0.
 *
 * @param fired          paying accounts (MRR above 0 at the month end) the trigger fired for
 * @param firedExpanded  those of them that expanded within the horizon
 * @param firedRate      {@code firedExpanded / fired}
 * @param baseAccounts   all paying accounts at the month end
 * @param baseExpanded   those of them that expanded within the horizon
 * @param baseRate       {@code baseExpanded / baseAccounts}
 * @param lift           {@code firedRate / baseRate}; null when either is null or {@code baseRate} is 0
 */
public record BacktestRow(String trigger, TriggerKind kind, YearMonth month, long fired, long firedExpanded,
                          Double firedRate, long baseAccounts, long baseExpanded, Double baseRate, Double lift) {

    public BacktestRow {
        requireNonNull(trigger, "trigger is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(month, "month is null");
        if (firedExpanded > fired || fired > baseAccounts || baseExpanded > baseAccounts || firedExpanded > baseExpanded) {
            throw new IllegalArgumentException("inconsistent counts for trigger '" + trigger + "' in " + month + ": fired "
                    + fired + ", fired and expanded " + firedExpanded + ", base " + baseAccounts
                    + ", base expanded " + baseExpanded);
        }
    }
}
