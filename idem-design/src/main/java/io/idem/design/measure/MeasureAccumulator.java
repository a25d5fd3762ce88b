package io.idem.design.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.descriptive.rank.Median;

/** Counts one group's work items as {@link OperationalMeasureCalculator} hands them over. */
final class MeasureAccumulator {

    private final String group;
    private long playsStarted;
    private long playsCompleted;
    private long tasksCompleted;
    private long tasksOnTime;
    private long slaBreaches;
    private long won;
    private long lost;
    private BigDecimal booked = BigDecimal.ZERO;
    private final List<Double> daysToWon = new ArrayList<>();

    MeasureAccumulator(String group) {
        this.group = group;
    }

    void play(boolean completed) {
        playsStarted++;
        if (completed) {
            playsCompleted++;
        }
    }

    void task(boolean completed, boolean onTime, boolean breached) {
        tasksCompleted += completed ? 1 : 0;
        tasksOnTime += onTime ? 1 : 0;
        slaBreaches += breached ? 1 : 0;
    }

    /** Adds a won opportunity; {@code days} is null when it has no play to count from. */
    void won(BigDecimal actualMrr, Long days) {
        won++;
        booked = booked.add(actualMrr);
        if (days != null) {
            daysToWon.add(days.doubleValue());
        }
    }

    void lost() {
        lost++;
    }

    OperationalMeasures measures() {
        Double winRate = won + lost == 0 ? null : (double) won / (won + lost);
        Double median = null;
        if (!daysToWon.isEmpty()) {
            // Hipparchus' default estimation averages the two middle values of an even count.
            median = new Median().evaluate(daysToWon.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new OperationalMeasures(group, playsStarted, playsCompleted, tasksCompleted, tasksOnTime, slaBreaches, won, lost, winRate,
                booked, median);
    }
}
