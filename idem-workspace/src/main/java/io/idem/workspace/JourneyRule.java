package io.idem.workspace;

import static java.util.Objects.requireNonNull;

/**
 * One rule of the journey: accounts for which {@code condition} holds, and no earlier rule's, are
 * in {@code stage}. {@code index} is the rule's 0-based position under {@code journey.stages}.
 */
public record JourneyRule(int index, String stage, String condition, Location location) {

    public JourneyRule {
        requireNonNull(stage, "stage is null");
        requireNonNull(condition, "condition is null");
    }

    /** Returns the field path of the rule's condition in idem.yaml, for example {@code journey.stages[0].when}. */
    public String field() {
        return "journey.stages[" + index + "].when";
    }

    /** Returns how history and outputs name the rule, for example {@code stages[0]: health < 40}. */
    public String label() {
        return "stages[" + index + "]: " + condition;
    }
}
