package io.idem.cli;

import io.idem.cycle.DryRun;
import io.idem.identify.AccountFrame;
import io.idem.identify.ConditionExplainer;
import io.idem.identify.ConditionExplanation;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Suggestions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem segments}: look at segments without running the cycle. */
@Command(name = "segments", mixinStandardHelpOptions = true, description = "Inspect segments.",
        subcommands = {SegmentsCommand.Preview.class, SegmentsCommand.Explain.class})
final class SegmentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code idem segments preview NAME}: who would be in a segment today, and why. */
    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Print the accounts that would be in a segment at the as-of date, with the values that put them there. Writes nothing.")
    static final class Preview implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "Segment name from idem.yaml.")
        String segment;

        @Mixin
        EvaluationOptions options;

        @Option(names = "--limit", defaultValue = "50", description = "Maximum accounts to list (default: 50); the count is always complete.")
        int limit;

        @Override
        public Integer call() {
            DryRun.Outcome outcome = options.evaluate();
            SegmentEngine.Change change = outcome.segments().get(segment);
            if (change == null) {
                spec.commandLine().getErr().println("error: unknown segment '" + segment + "': "
                        + Suggestions.hint(segment, outcome.segments().keySet()));
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            AccountFrame frame = outcome.frame();
            out.printf(Locale.ROOT, "Segment %s at %s: %,d accounts (%,d would enter, %,d would leave); nothing written%n", segment,
                    outcome.asOf(), change.members().size(), change.entered().size(), change.left().size());
            change.members().stream().limit(limit).forEach(account -> {
                int row = frame.rowOf(account);
                boolean entering = change.entered().contains(account);
                out.printf(Locale.ROOT, "  %-16s %s %s%n", account, entering ? "(new)" : "     ",
                        ConditionExplainer.explain(outcome.definitions().segmentCondition(segment), frame, row, outcome.asOf(),
                                outcome.definitions()).oneLine());
            });
            if (change.members().size() > limit) {
                out.printf(Locale.ROOT, "  ... %,d more (raise --limit to list them)%n", change.members().size() - limit);
            }
            out.flush();
            return 0;
        }
    }

    /** {@code idem segments explain NAME ACCOUNT}: why one account is or is not in a segment. */
    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Print why one account is or is not in a segment at the as-of date: each sub-condition, whether it held, "
                    + "and the values that decided it. Writes nothing.")
    static final class Explain implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "Segment name from idem.yaml.")
        String segment;

        @Parameters(index = "1", description = "Account id.")
        String account;

        @Mixin
        EvaluationOptions options;

        @Option(names = "--json", description = "Print the explanation tree as JSON instead of text.")
        boolean json;

        @Override
        public Integer call() {
            DryRun.Outcome outcome = options.evaluate();
            if (!outcome.segments().containsKey(segment)) {
                spec.commandLine().getErr().println("error: unknown segment '" + segment + "': "
                        + Suggestions.hint(segment, outcome.segments().keySet()));
                return 2;
            }
            AccountFrame frame = outcome.frame();
            int row = EvaluationOptions.accountRow(frame, account, spec.commandLine().getErr());
            if (row < 0) {
                return 2;
            }
            ConditionExplanation explanation = ConditionExplainer.explain(outcome.definitions().segmentCondition(segment), frame, row,
                    outcome.asOf(), outcome.definitions());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(explanation.toJson());
            } else {
                boolean member = explanation.outcome() == ConditionExplanation.Outcome.TRUE;
                out.printf(Locale.ROOT, "Account %s %s segment %s at %s: %s%n", account, member ? "is in" : "is not in", segment,
                        outcome.asOf(), explanation.oneLine());
                out.print(explanation.indented());
            }
            out.flush();
            return 0;
        }
    }
}
