package io.idem.workspace;

/** A named score range: scores at or above {@code min} and below the next band's min. */
public record HealthBand(String name, double min) {
}
