package io.idem.workspace;

import java.util.Objects;

/** An expansion signal: a boolean condition over features, with a kind and a firing rule. */
public record Trigger(String name, TriggerKind kind, String description, String condition, FireMode fire,
                      int cooldownDays, Location location) {

    public Trigger {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(condition, "condition is null");
        Objects.requireNonNull(fire, "fire is null");
    }
}
