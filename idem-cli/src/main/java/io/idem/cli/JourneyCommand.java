package io.idem.cli;

import io.idem.identify.JourneyHistory;
import io.idem.store.Store;
import io.idem.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem journey ACCOUNT_ID}: the journey stages an account has been in. */
@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "Print the journey stage history of an account: each stage, when it entered and left it, and the rule that set it.")
final class JourneyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ACCOUNT_ID", description = "The account's id, as in the accounts source.")
    String accountId;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            List<JourneyHistory.Entry> entries = new JourneyHistory(store).history(accountId);
            if (entries.isEmpty()) {
                throw new StoreException("account '" + accountId + "' has no journey history; check the id, and that idem.yaml has a "
                        + "'journey' section and a run has been made since it was added");
            }
            LocalDate lastRun = StoreOptions.lastRunDay(store);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Journey of account %s:%n", accountId);
            for (JourneyHistory.Entry entry : entries) {
                LocalDate end = entry.leftOn() == null ? lastRun : entry.leftOn();
                out.printf(Locale.ROOT, "  %s to %-10s  %-16s %5d day(s)  %s  (run %s)%n", entry.enteredOn(),
                        entry.leftOn() == null ? "now" : entry.leftOn().toString(), entry.stage(),
                        Math.max(0, ChronoUnit.DAYS.between(entry.enteredOn(), end)), entry.rule(), entry.enteredRunId());
            }
            out.flush();
        }
        return 0;
    }
}
