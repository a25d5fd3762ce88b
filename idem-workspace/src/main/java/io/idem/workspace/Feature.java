package io.idem.workspace;

import java.util.Objects;

/**
 * A named value per account, computed at the run's as-of date. Either an aggregate of a source
 * ({@code source}, {@code aggregate}, optional {@code column}, {@code where}, {@code windowDays}
 * and {@code offsetDays}) or an {@code expression} over other features.
 *
 * <p>The window of an aggregate covers the dates d with
 * {@code as_of - offset - window < d <= as_of - offset}; a null window means all history up to
 * {@code as_of - offset}.
 */
public record Feature(String name, String description, String source, Aggregate aggregate, String column,
                      String where, Integer windowDays, int offsetDays, String expression, Location location) {

    public Feature {
        Objects.requireNonNull(name, "name is null");
    }

    public boolean isAggregate() {
        return expression == null;
    }
}
