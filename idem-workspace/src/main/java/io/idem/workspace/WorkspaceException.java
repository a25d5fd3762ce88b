package io.idem.workspace;

import java.util.List;
import java.util.stream.Collectors;

/** A workspace that cannot be loaded; carries every problem found, not only the first. */
public class WorkspaceException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public WorkspaceException(List<ConfigProblem> problems) {
        super(problems.size() + " problem(s) in the workspace configuration:\n"
                + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
