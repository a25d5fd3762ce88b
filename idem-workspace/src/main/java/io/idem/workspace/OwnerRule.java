package io.idem.workspace;

import java.util.Map;

/** Who owns a play's tasks. */
public sealed interface OwnerRule {

    /** The account's owner column (from the accounts source); round-robin over {@code fallbackTeam} when blank. */
    record AccountOwner(String fallbackTeam) implements OwnerRule {
    }

    /** Round-robin across the members of a team, in the order they are listed in idem.yaml. */
    record RoundRobin(String team) implements OwnerRule {
    }

    /** The member of {@code team} with the fewest open tasks; ties go to the first name in alphabetical order. */
    record LeastLoaded(String team) implements OwnerRule {
    }

    /**
     * A team chosen by the value of the account field {@code by} through {@code teams}, else
     * {@code defaultTeam}, then round-robin within that team. When the value is not mapped and there
     * is no default, a step's owner falls back to its playbook's owner rule, and a playbook's owner to
     * the account's owner column.
     */
    record Territory(String by, Map<String, String> teams, String defaultTeam, Location location) implements OwnerRule {
        public Territory {
            teams = Map.copyOf(teams);
        }
    }
}
