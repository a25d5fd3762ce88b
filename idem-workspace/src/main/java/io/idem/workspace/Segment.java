package io.idem.workspace;

import java.util.Objects;

/** A dynamic set of accounts: those for which the condition is true at the as-of date. */
public record Segment(String name, String description, String condition, Location location) {

    public Segment {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(condition, "condition is null");
    }
}
