package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores triggers against what happened next: for each month end at which a trigger was evaluated,
 * the share of paying accounts it fired for that expanded within the horizon, against the share of
 * all paying accounts that did. Month ends whose outcome window ends after the as-of date are
 * left out, because their outcomes are not known yet.
 */
public final class TriggerBacktest {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerBacktest.class);

    private final ExpansionOutcomes outcomes;
    private final int horizonDays;
    private final Map<LocalDate, ExpansionOutcome> outcomeByDate = new HashMap<>();

    public TriggerBacktest(ExpansionOutcomes outcomes, int horizonDays) {
        this.outcomes = requireNonNull(outcomes, "outcomes is null");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        this.horizonDays = horizonDays;
    }

    /** Returns one row per trigger and mature month end, in the order of {@code firings} and then by month. */
    public List<BacktestRow> run(List<TriggerFirings> firings) {
        List<BacktestRow> rows = new ArrayList<>();
        for (TriggerFirings trigger : firings) {
            int immature = 0;
            for (Entry<LocalDate, Set<String>> evaluation : trigger.firedByMonthEnd().entrySet()) {
                LocalDate monthEnd = evaluation.getKey();
                if (monthEnd.plusDays(horizonDays).isAfter(outcomes.asOf())) {
                    immature++;
                    continue;
                }
                rows.add(row(trigger, monthEnd, evaluation.getValue()));
            }
            if (immature > 0) {
                LOG.info("Backtest of trigger {} leaves out {} month end(s) whose {}-day outcome window ends after {}",
                        trigger.trigger(), immature, horizonDays, outcomes.asOf());
            }
        }
        return rows;
    }

    private BacktestRow row(TriggerFirings trigger, LocalDate monthEnd, Set<String> firedAccounts) {
        ExpansionOutcome outcome = outcomeByDate.computeIfAbsent(monthEnd, date -> outcomes.outcome(date, horizonDays));
        long fired = 0;
        long firedExpanded = 0;
        for (String account : firedAccounts) {
            if (outcome.base().contains(account)) {
                fired++;
                if (outcome.expanded().contains(account)) {
                    firedExpanded++;
                }
            }
        }
        long base = outcome.base().size();
        long baseExpanded = outcome.expanded().size();

        Double firedRate = fired == 0 ? null : (double) firedExpanded / fired;
        Double baseRate = base == 0 ? null : (double) baseExpanded / base;
        Double lift = firedRate == null || baseRate == null || baseRate == 0 ? null : firedRate / baseRate;
        return new BacktestRow(trigger.trigger(), trigger.kind(), YearMonth.from(monthEnd), fired, firedExpanded, firedRate,
                base, baseExpanded, baseRate, lift);
    }
}
