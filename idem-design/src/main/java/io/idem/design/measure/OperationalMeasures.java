package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The operational measures of one group of work items (a playbook, an owner or what started the
 * plays) at an as-of date. docs/operations.md defines each.
 *
 * @param winRate         won / (won + lost), or null when nothing closed
 * @param medianDaysToWon median days from each won opportunity's play cause to its close, or null
 *                        when no won opportunity has a play
 */
public record OperationalMeasures(String group, long playsStarted, long playsCompleted, long tasksCompleted, long tasksOnTime,
                                  long slaBreaches, long won, long lost, Double winRate, BigDecimal expansionMrrBooked,
                                  Double medianDaysToWon) {

    public OperationalMeasures {
        requireNonNull(group, "group is null");
        requireNonNull(expansionMrrBooked, "expansionMrrBooked is null");
        if (tasksOnTime > tasksCompleted) {
            throw new IllegalArgumentException("group '" + group + "': " + tasksOnTime + " tasks on time but only " + tasksCompleted
                    + " completed");
        }
    }
}
