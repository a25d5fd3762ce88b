package io.idem.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a playbook's steps against each other and the rest of the workspace: jump targets name a
 * step or {@code end}, every loop of branches passes a wait or a blocking task (else a play would
 * loop within one run), update_field names a declared account field that is not a source column,
 * and owner rules name existing teams and account fields.
 */
public final class StepChecks {

    private final Workspace workspace;
    private final List<ConfigProblem> problems;

    StepChecks(Workspace workspace, List<ConfigProblem> problems) {
        this.workspace = workspace;
        this.problems = problems;
    }

    void check(Playbook playbook) {
        String path = "playbooks." + playbook.name();
        checkOwner(playbook.owner(), playbook.location(), path + ".owner");
        List<String> names = playbook.steps().stream().map(PlaybookStep::name).toList();
        for (PlaybookStep step : playbook.steps()) {
            String stepPath = path + ".steps." + step.name();
            if (!step.owner().equals(playbook.owner())) {
                checkOwner(step.owner(), step.location(), stepPath + ".owner");
            }
            if (step.action() instanceof PlaybookStep.BranchAction branch) {
                checkTarget(branch.thenStep(), names, step, stepPath + ".then");
                checkTarget(branch.elseStep(), names, step, stepPath + ".else");
            } else if (step.action() instanceof PlaybookStep.UpdateFieldAction update) {
                checkField(update, step, stepPath + ".field");
            }
        }
        checkLoops(playbook, path);
    }

    private void problem(Location location, String field, String value, String message, String fix) {
        Location fallback = location == null ? Location.unknown(workspace.configFile(), field)
                : new Location(location.file(), location.line(), location.column(), field);
        Location found = workspace.locationOf(field, fallback);
        problems.add(new ConfigProblem(new Location(found.file(), found.line(), found.column(), field), value, message, fix));
    }

    private void checkTarget(String target, List<String> names, PlaybookStep step, String field) {
        if (target == null || target.equals(PlaybookStep.END) || names.contains(target)) {
            return;
        }
        List<String> valid = new ArrayList<>(names);
        valid.add(PlaybookStep.END);
        problem(step.location(), field, target, "unknown step to jump to", Suggestions.hint(target, valid)
                + " ('end' finishes the play)");
    }

    private void checkField(PlaybookStep.UpdateFieldAction update, PlaybookStep step, String field) {
        if (workspace.accountFields().containsKey(update.field())) {
            return;
        }
        boolean sourceColumn = workspace.sourceOfKind(SourceKind.ACCOUNTS).map(a -> a.columns().containsKey(update.field())).orElse(false);
        String fix = sourceColumn
                ? "'" + update.field() + "' is a column of the accounts source, which Idem never overwrites; declare a new field under "
                        + "account_fields (for example 'csm_tier: string') and set that"
                : "declare it under account_fields with its type, for example 'account_fields: {" + update.field() + ": string}'"
                        + (workspace.accountFields().isEmpty() ? "" : ", or " + Suggestions.hint(update.field(), workspace.accountFields().keySet()));
        problem(step.location(), field, update.field(), "update_field sets an account field that account_fields does not declare", fix);
    }

    /**
     * Reports each loop that passes no wait and no blocking task. Steps flow to the next one and
     * branches to their targets. Waits and blocking tasks are left out of the graph, so any cycle
     * that remains would run again and again within one run.
     */
    private void checkLoops(Playbook playbook, String path) {
        List<PlaybookStep> steps = playbook.steps();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            index.put(steps.get(i).name(), i);
        }
        Set<Integer> reported = new LinkedHashSet<>();
        for (int start = 0; start < steps.size(); start++) {
            List<Integer> cycle = cycleFrom(start, steps, index);
            if (cycle == null || !reported.add(cycle.stream().min(Integer::compare).orElseThrow())) {
                continue;
            }
            PlaybookStep branch = cycle.stream().map(steps::get).filter(s -> s.kind() == StepKind.BRANCH).findFirst().orElse(steps.get(start));
            List<String> names = new ArrayList<>(cycle.stream().map(i -> steps.get(i).name()).toList());
            names.add(steps.get(cycle.get(0)).name());
            problem(branch.location(), path + ".steps." + branch.name(), branch.name(),
                    "these steps loop without a wait or a blocking task: " + String.join(" -> ", names),
                    "add a wait step (for example 'kind: wait, for: 7d') or a blocking task inside the loop, or jump to a later step");
        }
    }

    /** Returns the cycle through {@code start} in the graph without stopping steps, or null. */
    private static List<Integer> cycleFrom(int start, List<PlaybookStep> steps, Map<String, Integer> index) {
        if (stops(steps.get(start))) {
            return null;
        }
        Map<Integer, Integer> parent = new HashMap<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        parent.put(start, -1);
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (int next : successors(current, steps, index)) {
                if (next == start) {
                    List<Integer> cycle = new ArrayList<>();
                    for (int at = current; at != -1; at = parent.get(at)) {
                        cycle.add(0, at);
                    }
                    return cycle;
                }
                if (!parent.containsKey(next) && !stops(steps.get(next))) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static boolean stops(PlaybookStep step) {
        return step.kind() == StepKind.WAIT
                || step.action() instanceof PlaybookStep.TaskAction task && task.blocking();
    }

    private static List<Integer> successors(int at, List<PlaybookStep> steps, Map<String, Integer> index) {
        List<Integer> next = new ArrayList<>();
        if (steps.get(at).action() instanceof PlaybookStep.BranchAction branch) {
            for (String target : new String[] {branch.thenStep(), branch.elseStep()}) {
                Integer to = target == null ? (Integer) (at + 1) : index.get(target);
                if (to != null && to < steps.size()) {
                    next.add(to);
                }
            }
        } else if (at + 1 < steps.size()) {
            next.add(at + 1);
        }
        return next;
    }

    private void checkOwner(OwnerRule rule, Location location, String path) {
        List<String> teamsUsed = new ArrayList<>();
        if (rule instanceof OwnerRule.RoundRobin robin) {
            teamsUsed.add(robin.team());
        } else if (rule instanceof OwnerRule.AccountOwner owner) {
            teamsUsed.add(owner.fallbackTeam());
        } else if (rule instanceof OwnerRule.LeastLoaded least) {
            teamsUsed.add(least.team());
        } else if (rule instanceof OwnerRule.Territory territory) {
            teamsUsed.addAll(territory.teams().values());
            teamsUsed.add(territory.defaultTeam());
            checkTerritoryField(territory, path);
        }
        Set<String> teams = new LinkedHashSet<>();
        workspace.team().forEach(m -> teams.add(m.team()));
        for (String team : teamsUsed) {
            if (team != null && workspace.teamMembers(team).isEmpty()) {
                problem(location, path, team, "unknown or empty team", Suggestions.hint(team, teams));
            }
        }
    }

    private void checkTerritoryField(OwnerRule.Territory territory, String path) {
        Set<String> fields = new LinkedHashSet<>();
        workspace.sourceOfKind(SourceKind.ACCOUNTS).ifPresent(a -> fields.addAll(a.columns().keySet()));
        fields.addAll(workspace.accountFields().keySet());
        if (territory.by() != null && !fields.contains(territory.by())) {
            problem(territory.location(), path + ".territory.by", territory.by(), "unknown account field for territories",
                    Suggestions.hint(territory.by(), fields));
        }
    }

    /**
     * Returns the warnings of a workspace that do not stop a run: territories without a default,
     * whose unmapped accounts fall back to another owner rule.
     */
    public static List<ConfigProblem> warnings(Workspace workspace) {
        List<ConfigProblem> warnings = new ArrayList<>();
        for (Playbook playbook : workspace.playbooks().values()) {
            List<Object[]> rules = new ArrayList<>();
            rules.add(new Object[] {playbook.owner(), "playbooks." + playbook.name() + ".owner", "the account's owner column"});
            playbook.steps().forEach(step -> rules.add(new Object[] {step.owner(), "playbooks." + playbook.name() + ".steps." + step.name()
                    + ".owner", "the playbook's owner rule"}));
            for (Object[] rule : rules) {
                if (rule[0] instanceof OwnerRule.Territory territory && territory.defaultTeam() == null
                        && (rules.indexOf(rule) == 0 || !rule[0].equals(playbook.owner()))) {
                    Location location = territory.location() == null ? Location.unknown(workspace.configFile(), (String) rule[1])
                            : new Location(territory.location().file(), territory.location().line(), territory.location().column(), (String) rule[1]);
                    warnings.add(new ConfigProblem(location, territory.by(), "this territory has no default team, so accounts whose "
                            + territory.by() + " is not mapped fall back to " + rule[2],
                            "add 'default: TEAM' under the territory if they should go to a team"));
                }
            }
        }
        return warnings;
    }
}
