package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import io.idem.workspace.OwnerRule;
import io.idem.workspace.TeamMember;
import io.idem.workspace.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks task owners. Round-robin continues across runs: each team's turn starts after the number
 * of plays already assigned within the team, so the same history always gives the same owners.
 */
final class OwnerAssigner {

    private final Workspace workspace;
    private final AccountFrame frame;
    private final Map<String, Integer> turns;

    OwnerAssigner(Workspace workspace, AccountFrame frame, Map<String, Integer> assignedSoFar) {
        this.workspace = workspace;
        this.frame = frame;
        this.turns = new HashMap<>(assignedSoFar);
    }

    String ownerFor(OwnerRule rule, int row) {
        if (rule instanceof OwnerRule.RoundRobin robin) {
            return next(robin.team());
        }
        String fallback = ((OwnerRule.AccountOwner) rule).fallbackTeam();
        Object owner = frame.has("owner") ? frame.value("owner", row) : null;
        if (owner instanceof String name && !name.isBlank()) {
            return name;
        }
        return fallback == null ? null : next(fallback);
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
