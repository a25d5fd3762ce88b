package io.idem.workspace;

/** Who owns a play's tasks. */
public sealed interface OwnerRule {

    /** The account's owner column (from the accounts source); round-robin over {@code fallbackTeam} when blank. */
    record AccountOwner(String fallbackTeam) implements OwnerRule {
    }

    /** Round-robin across the members of a team, in the order they are listed in idem.yaml. */
    record RoundRobin(String team) implements OwnerRule {
    }
}
