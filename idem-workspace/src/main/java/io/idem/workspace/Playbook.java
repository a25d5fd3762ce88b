package io.idem.workspace;

import java.util.List;
import java.util.Objects;

/**
 * A repeatable play. It starts for an account when the account enters {@code segment} or when
 * {@code trigger} fires (exactly one of the two is set), at most once per {@code cooldownDays}.
 * A playbook with a motion also creates an expansion opportunity for {@code offer}, which is
 * {@code next_plan}, {@code seats}, the name of an add-on, product or bundle in the catalog, or
 * {@code recommended}: the account's best-ranked recommendation of the playbook's motion. When
 * {@code slaDays} is set, a task still open that many days after its due date is escalated to its
 * owner's manager.
 */
public record Playbook(String name, String description, String segment, String trigger, Motion motion, String offer,
                       int cooldownDays, OwnerRule owner, List<PlaybookStep> steps, Location location, Integer slaDays) {

    /** The offer name that picks each account's best-ranked recommendation of the playbook's motion. */
    public static final String RECOMMENDED_OFFER = "recommended";

    public Playbook {
        Objects.requireNonNull(name, "name is null");
        steps = List.copyOf(steps);
    }
}
