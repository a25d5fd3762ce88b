package io.idem.workspace;

import java.util.Objects;

/**
 * One problem in a workspace configuration: where it is, the offending value, what is wrong and
 * how to fix it. {@link #toString()} renders the form printed by {@code idem validate}.
 */
public record ConfigProblem(Location location, String value, String message, String fix) {

    public ConfigProblem {
        Objects.requireNonNull(location, "location is null");
        Objects.requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(location).append(": ").append(location.field()).append(": ").append(message);
        if (value != null) {
            text.append(" (value: '").append(value).append("')");
        }
        if (fix != null && !fix.isBlank()) {
            text.append(". Fix: ").append(fix);
        }
        return text.toString();
    }
}
