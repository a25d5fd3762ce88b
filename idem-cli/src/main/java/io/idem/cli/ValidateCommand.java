package io.idem.cli;

import io.idem.identify.Definitions;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code idem validate}: every problem in idem.yaml at once, with file, line, column and fix. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the workspace configuration and list every problem with its line, column and fix.")
final class ValidateCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ValidateCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
    Path workspace;

    @Override
    public Integer call() {
        WorkspaceLoader.Result result = WorkspaceLoader.read(workspace);
        List<ConfigProblem> problems = new ArrayList<>(result.problems());
        List<ConfigProblem> schemaProblems = io.idem.workspace.SchemaValidator.validate(workspace);
        for (ConfigProblem problem : schemaProblems) {
            boolean duplicate = problems.stream().anyMatch(p -> p.location().line() == problem.location().line()
                    && p.location().field().equals(problem.location().field()));
            if (!duplicate) {
                problems.add(problem);
            }
        }
        if (result.partial() != null) {
            problems.addAll(definitionProblems(result.partial()));
        }
        if (result.partial() != null) {
            io.idem.workspace.StepChecks.warnings(result.partial()).forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("OK: " + workspace.resolve(WorkspaceLoader.CONFIG_FILE) + " is valid");
            return 0;
        }
        problems = dropRepeats(problems);
        problems.sort(java.util.Comparator.comparingInt((ConfigProblem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        var err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(problems.size() + " problem(s) found");
        err.flush();
        return 2;
    }

    /**
     * Checks the expressions even when other parts of the file have problems, so every problem is
     * listed at once. A workspace with broken references can make a check fail outright; that is
     * logged and the other problems are still reported.
     */
    private static List<ConfigProblem> definitionProblems(io.idem.workspace.Workspace partial) {
        try {
            return Definitions.check(partial);
        } catch (RuntimeException e) {
            LOG.warn("Expression checks stopped early on workspace {} because of the problems listed: {}", partial.name(), e.toString());
            return List.of();
        }
    }

    /** Keeps one problem per position and message; the schema and the loader may both find the same one. */
    private static List<ConfigProblem> dropRepeats(List<ConfigProblem> problems) {
        java.util.Map<String, ConfigProblem> unique = new java.util.LinkedHashMap<>();
        for (ConfigProblem problem : problems) {
            unique.putIfAbsent(problem.location().line() + ":" + problem.location().column() + ":" + problem.message(), problem);
        }
        return new ArrayList<>(unique.values());
    }
}
