package io.idem.identify;

import io.idem.workspace.ConfigProblem;
import io.idem.workspace.WorkspaceException;
import java.util.List;

/** Definitions whose expressions do not parse or type-check; lists every problem. */
public final class DefinitionException extends WorkspaceException {

    public DefinitionException(List<ConfigProblem> problems) {
        super(problems);
    }
}
