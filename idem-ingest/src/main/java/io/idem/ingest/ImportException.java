package io.idem.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that cannot run or cannot finish. Carries every problem found: the checks before
 * loading collect all of them, so that one run shows everything to fix.
 */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        this(problems, null);
    }

    public ImportException(List<ImportProblem> problems, Throwable cause) {
        super(problems.size() + " problem(s) stop the import:\n"
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
