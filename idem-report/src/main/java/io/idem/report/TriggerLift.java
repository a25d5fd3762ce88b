package io.idem.report;

import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import io.idem.report.input.ReportInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The backtest of one trigger summed over its months. Rates are pooled (total expanded over total
 * accounts), so months with more firings weigh more; the mean monthly lift weighs months equally.
 *
 * @param trigger the trigger name
 * @param kind the trigger kind
 * @param months the number of months in the backtest
 * @param fired accounts on which the trigger fired, summed over months
 * @param firedExpanded of those, accounts that expanded afterwards
 * @param baseAccounts accounts in the comparison base, summed over months
 * @param baseExpanded of those, accounts that expanded
 * @param liftMonths the months whose lift was defined
 * @param liftSum the sum of the defined monthly lifts
 */
record TriggerLift(String trigger, String kind, int months, double fired, double firedExpanded, double baseAccounts,
        double baseExpanded, int liftMonths, double liftSum) {

    static final String FILE = "backtest.csv";
    static final List<String> COLUMNS = List.of("trigger", "kind", "month", "fired", "fired_expanded", "fired_rate", "base_accounts",
            "base_expanded", "base_rate", "lift");

    /** Sums the rows of {@code backtest.csv} by trigger, in the order triggers first appear. */
    static List<TriggerLift> summarise(CsvTable table) throws ReportInputException {
        Map<String, TriggerLift> byTrigger = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            // The month is not needed for the sums, but a malformed one means the file is not a backtest.
            row.month("month");
            String trigger = row.text("trigger");
            OptionalDouble lift = row.optionalNumber("lift");
            TriggerLift month = new TriggerLift(trigger, row.text("kind"), 1, row.nonNegative("fired"), row.nonNegative("fired_expanded"),
                    row.nonNegative("base_accounts"), row.nonNegative("base_expanded"), lift.isPresent() ? 1 : 0, lift.orElse(0));
            byTrigger.merge(trigger, month, TriggerLift::plus);
        }
        return new ArrayList<>(byTrigger.values());
    }

    private TriggerLift plus(TriggerLift other) {
        return new TriggerLift(trigger, kind, months + other.months, fired + other.fired, firedExpanded + other.firedExpanded,
                baseAccounts + other.baseAccounts, baseExpanded + other.baseExpanded, liftMonths + other.liftMonths, liftSum + other.liftSum);
    }

    OptionalDouble firedRate() {
        return fired == 0 ? OptionalDouble.empty() : OptionalDouble.of(firedExpanded / fired);
    }

    OptionalDouble baseRate() {
        return baseAccounts == 0 ? OptionalDouble.empty() : OptionalDouble.of(baseExpanded / baseAccounts);
    }

    /** Returns the pooled fired rate over the pooled base rate; empty when either is undefined or the base rate is zero. */
    OptionalDouble pooledLift() {
        OptionalDouble firedRate = firedRate();
        OptionalDouble baseRate = baseRate();
        if (firedRate.isEmpty() || baseRate.isEmpty() || baseRate.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(firedRate.getAsDouble() / baseRate.getAsDouble());
    }

    /** Returns the mean of the monthly lifts of {@code backtest.csv}; empty when no month had a defined lift. */
    OptionalDouble meanMonthlyLift() {
        return liftMonths == 0 ? OptionalDouble.empty() : OptionalDouble.of(liftSum / liftMonths);
    }
}
