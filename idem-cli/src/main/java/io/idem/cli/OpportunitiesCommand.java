package io.idem.cli;

import io.idem.design.workitem.AuditTrail;
import io.idem.design.workitem.OpportunityService;
import io.idem.design.workitem.OpportunityService.OpportunityView;
import io.idem.design.workitem.Stage;
import io.idem.store.Store;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem opportunities}: expansion opportunities from plays, tracked to the booking. */
@Command(name = "opportunities", mixinStandardHelpOptions = true,
        description = "List and move expansion opportunities; record perceived and booked value.",
        subcommands = {OpportunitiesCommand.ListOpportunities.class, OpportunitiesCommand.Move.class, OpportunitiesCommand.Perceive.class,
                OpportunitiesCommand.History.class})
final class OpportunitiesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(PrintWriter out, OpportunityView o) {
        out.printf(Locale.ROOT, "%s  %-11s v%d  %-14s %-10s %-12s expected %s, weighted %s%s%s  owner %s, playbook %s%n", o.opportunityId(),
                o.stage().configName(), o.version(), o.accountId(), o.motion(), o.offer(), money(o.expectedMrr()), money(o.weightedMrr()),
                o.perceivedMrr() == null ? "" : ", perceived " + money(o.perceivedMrr()),
                o.actualMrr() == null ? "" : ", booked " + money(o.actualMrr()), o.owner(), o.playbook() == null ? "none" : o.playbook());
        if (o.stage() == Stage.WON && o.playId() != null) {
            long days = o.playStartedOn() == null || o.closedOn() == null ? -1 : ChronoUnit.DAYS.between(o.playStartedOn(), o.closedOn());
            out.printf(Locale.ROOT, "    attributed to play %s of playbook %s (started by %s on %s, won after %d days)%s%n", o.playId(),
                    o.playbook(), o.startedBy(), o.playStartedOn(), days,
                    o.bookedSubscriptionId() == null ? "" : ", booked as subscription " + o.bookedSubscriptionId());
        }
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List opportunities with their stage and values.")
    static final class ListOpportunities implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Option(names = "--owner", description = "Only opportunities of this owner.")
        String owner;
        @Option(names = "--stage", description = "Only this stage: identified, engaged, proposal, negotiation, won or lost.")
        String stage;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                List<OpportunityView> opportunities = new OpportunityService(store).list(owner, stage == null ? null : Stage.parse(stage));
                PrintWriter out = spec.commandLine().getOut();
                opportunities.forEach(o -> print(out, o));
                BigDecimal weighted = opportunities.stream().filter(o -> !o.stage().closed()).map(OpportunityView::weightedMrr)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal booked = opportunities.stream().filter(o -> o.stage() == Stage.WON).map(OpportunityView::actualMrr)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                out.printf(Locale.ROOT, "%,d opportunit%s; open pipeline weighted %s MRR; booked %s MRR%n", opportunities.size(),
                        opportunities.size() == 1 ? "y" : "ies", money(weighted), money(booked));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move an opportunity to another stage, or close it as won or lost.")
    static final class Move implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Opportunity id, from 'idem opportunities list'.")
        String opportunityId;
        @Option(names = "--stage", required = true, description = "identified, engaged, proposal, negotiation, won or lost.")
        String stage;
        @Option(names = "--by", required = true, description = "Who makes the change; recorded in the audit trail.")
        String by;
        @Option(names = "--actual-mrr", description = "Booked monthly revenue, required for won.")
        BigDecimal actualMrr;
        @Option(names = "--subscription", description = "Id of the subscription that booked it, linking the revenue to the play.")
        String subscription;
        @Option(names = "--reason", description = "Close reason, required for lost.")
        String reason;
        @Option(names = "--expected-version", description = "Fail if the opportunity changed since this version.")
        Long expectedVersion;
        @Option(names = "--on", description = "Day of the change, yyyy-mm-dd (default: the as-of date of the last run).")
        LocalDate on;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                OpportunityView moved = new OpportunityService(store).move(opportunityId, Stage.parse(stage), by, expectedVersion, actualMrr,
                        subscription, reason, on == null ? StoreOptions.lastRunDay(store) : on);
                print(spec.commandLine().getOut(), moved);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "perceive", mixinStandardHelpOptions = true,
            description = "Record the perceived value: what the CSM estimates or the customer states the expansion is worth per month.")
    static final class Perceive implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Opportunity id.")
        String opportunityId;
        @Option(names = "--mrr", required = true, description = "Perceived monthly value.")
        BigDecimal mrr;
        @Option(names = "--by", required = true, description = "Who records it.")
        String by;
        @Option(names = "--expected-version", description = "Fail if the opportunity changed since this version.")
        Long expectedVersion;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                print(spec.commandLine().getOut(), new OpportunityService(store).setPerceived(opportunityId, mrr, by, expectedVersion));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Show the audit trail of a task or opportunity.")
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Opportunity or task id.")
        String objectId;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (AuditTrail.Event event : new AuditTrail(store).history(objectId)) {
                    out.printf(Locale.ROOT, "v%d  %s  %-16s %-22s %s -> %s%n", event.version(), event.changedAt().withNano(0), event.changedBy(),
                            event.field(), event.oldValue(), event.newValue());
                }
                out.flush();
            }
            return 0;
        }
    }
}
