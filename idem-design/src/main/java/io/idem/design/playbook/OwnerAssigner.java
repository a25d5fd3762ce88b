package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import io.idem.workspace.OwnerRule;
import io.idem.workspace.TeamMember;
import io.idem.workspace.Workspace;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks task owners. Round-robin continues across runs: each team's turn starts after the number
 * of plays already assigned within the team, so the same history always gives the same owners.
 * Least-loaded picks the member with the fewest open tasks: those in the store when the run
 * started plus those this run has assigned so far ({@link #taskAssigned}); ties go to the first
 * name in alphabetical order. A territory picks a team by an account field, then round-robin.
 */
final class OwnerAssigner {

    private final Workspace workspace;
    private final AccountFrame frame;
    private final Map<String, Integer> turns;
    private final Map<String, Integer> openTasks;

    OwnerAssigner(Workspace workspace, AccountFrame frame, Map<String, Integer> assignedSoFar, Map<String, Integer> openTasksByOwner) {
        this.workspace = workspace;
        this.frame = frame;
        this.turns = new HashMap<>(assignedSoFar);
        this.openTasks = new HashMap<>(openTasksByOwner);
    }

    /**
     * Returns the owner under {@code rule} for the account at {@code row}, or null when the rule
     * finds no owner. {@code fallback} serves a territory with no team for the account's value.
     */
    String ownerFor(OwnerRule rule, int row, OwnerRule fallback) {
        if (rule instanceof OwnerRule.RoundRobin robin) {
            return next(robin.team());
        }
        if (rule instanceof OwnerRule.LeastLoaded least) {
            return leastLoaded(least.team());
        }
        if (rule instanceof OwnerRule.Territory territory) {
            Object value = frame.has(territory.by()) && row >= 0 ? frame.value(territory.by(), row) : null;
            String team = value == null ? null : territory.teams().get(PlayPlanner.display(value));
            team = team == null ? territory.defaultTeam() : team;
            if (team != null) {
                return next(team);
            }
            OwnerRule other = fallback == null || fallback.equals(rule) ? new OwnerRule.AccountOwner(null) : fallback;
            return ownerFor(other, row, null);
        }
        String fallbackTeam = ((OwnerRule.AccountOwner) rule).fallbackTeam();
        Object owner = frame.has("owner") && row >= 0 ? frame.value("owner", row) : null;
        if (owner instanceof String name && !name.isBlank()) {
            return name;
        }
        return fallbackTeam == null ? null : next(fallbackTeam);
    }

    /** Counts a task this run assigns, so least-loaded picks see it. */
    void taskAssigned(String owner) {
        if (owner != null) {
            openTasks.merge(owner, 1, Integer::sum);
        }
    }

    private String leastLoaded(String team) {
        return workspace.teamMembers(team).stream().map(TeamMember::name)
                .min(Comparator.comparingInt((String name) -> openTasks.getOrDefault(name, 0)).thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    private String next(String team) {
        List<TeamMember> members = workspace.teamMembers(team);
        if (members.isEmpty()) {
            return null;
        }
        int turn = turns.merge(team, 1, Integer::sum) - 1;
        return members.get(Math.floorMod(turn, members.size())).name();
    }
}
