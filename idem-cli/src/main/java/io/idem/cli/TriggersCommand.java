package io.idem.cli;

import io.idem.cycle.DryRun;
import io.idem.identify.AccountFrame;
import io.idem.identify.ConditionExplainer;
import io.idem.identify.ConditionExplanation;
import io.idem.workspace.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem triggers}: look at trigger conditions without running the cycle. */
@Command(name = "triggers", mixinStandardHelpOptions = true, description = "Inspect triggers.",
        subcommands = {TriggersCommand.Preview.class, TriggersCommand.Explain.class})
final class TriggersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the unknown-trigger error and returns false when {@code trigger} is not in idem.yaml. */
    private static boolean requireTrigger(CommandSpec spec, DryRun.Outcome outcome, String trigger) {
        if (outcome.definitions().triggerCondition(trigger) != null) {
            return true;
        }
        spec.commandLine().getErr().println("error: unknown trigger '" + trigger + "': "
                + Suggestions.hint(trigger, outcome.workspace().triggers().keySet()));
        return false;
    }

    /** {@code idem triggers preview NAME}: the accounts whose trigger condition is true today, and why. */
    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Print the accounts whose trigger condition is true at the as-of date, with the values that make it true, "
                    + "and mark those for which the trigger would fire. Writes nothing.")
    static final class Preview implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "Trigger name from idem.yaml.")
        String trigger;

        @Mixin
        EvaluationOptions options;

        @Option(names = "--limit", defaultValue = "50", description = "Maximum accounts to list (default: 50); the count is always complete.")
        int limit;

        @Override
        public Integer call() {
            DryRun.Outcome outcome = options.evaluate();
            if (!requireTrigger(spec, outcome, trigger)) {
                return 2;
            }
            AccountFrame frame = outcome.frame();
            List<Integer> holding = new ArrayList<>();
            for (int row = 0; row < frame.size(); row++) {
                if (Boolean.TRUE.equals(frame.value(trigger, row))) {
                    holding.add(row);
                }
            }
            Set<String> firing = Set.copyOf(outcome.triggers().fired().getOrDefault(trigger, List.of()));

            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Trigger %s at %s: condition holds for %,d accounts (%,d would fire); nothing written%n", trigger,
                    outcome.asOf(), holding.size(), firing.size());
            holding.stream().limit(limit).forEach(row -> {
                String account = frame.accountIds().get(row);
                out.printf(Locale.ROOT, "  %-16s %s %s%n", account, firing.contains(account) ? "(fires)" : "       ",
                        ConditionExplainer.explain(outcome.definitions().triggerCondition(trigger), frame, row, outcome.asOf(),
                                outcome.definitions()).oneLine());
            });
            if (holding.size() > limit) {
                out.printf(Locale.ROOT, "  ... %,d more (raise --limit to list them)%n", holding.size() - limit);
            }
            out.flush();
            return 0;
        }
    }

    /** {@code idem triggers explain NAME ACCOUNT}: why a trigger's condition is true or not for one account. */
    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Print why a trigger's condition is true or not for one account at the as-of date: each sub-condition, "
                    + "whether it held, and the values that decided it. Writes nothing.")
    static final class Explain implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "Trigger name from idem.yaml.")
        String trigger;

        @Parameters(index = "1", description = "Account id.")
        String account;

        @Mixin
        EvaluationOptions options;

        @Option(names = "--json", description = "Print the explanation tree as JSON instead of text.")
        boolean json;

        @Override
        public Integer call() {
            DryRun.Outcome outcome = options.evaluate();
            if (!requireTrigger(spec, outcome, trigger)) {
                return 2;
            }
            AccountFrame frame = outcome.frame();
            int row = EvaluationOptions.accountRow(frame, account, spec.commandLine().getErr());
            if (row < 0) {
                return 2;
            }
            ConditionExplanation explanation = ConditionExplainer.explain(outcome.definitions().triggerCondition(trigger), frame, row,
                    outcome.asOf(), outcome.definitions());

            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(explanation.toJson());
            } else {
                boolean holds = explanation.outcome() == ConditionExplanation.Outcome.TRUE;
                boolean fires = outcome.triggers().fired().getOrDefault(trigger, List.of()).contains(account);
                out.printf(Locale.ROOT, "Trigger %s %s for account %s at %s%s: %s%n", trigger, holds ? "holds" : "does not hold", account,
                        outcome.asOf(), fires ? " and would fire" : "", explanation.oneLine());
                out.print(explanation.indented());
            }
            out.flush();
            return 0;
        }
    }
}
