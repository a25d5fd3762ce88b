package io.idem.identify;

import java.time.LocalDate;

/** What a trigger remembers about one account between runs. */
public record TriggerState(boolean active, LocalDate since, LocalDate lastFiredOn) {
}
