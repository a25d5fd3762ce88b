package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templated triggers of the RavenStack example, checked against the hand-written trigger and the CSV files. */
class TriggerTemplateRunTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path temp;

    @Test
    void templatesFireLikeTheirHandWrittenConditions() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.replaceOnce(workspace, "segments:\n  plan_upgrade_ready:", """
                  mrr_growth_template:
                    template: mrr_growth
                    cooldown: 90d
                segments:
                  plan_upgrade_ready:""");

        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.errors()).isZero();
        List<Map<String, String>> firings = readCsv(temp.resolve("out/triggers.csv"));
        assertThat(accountsFiring(firings, "mrr_growth_template")).isNotEmpty().isEqualTo(accountsFiring(firings, "mrr_growth"));
        assertThat(accountsFiring(firings, "annual_renewal_90d")).isEqualTo(annualRenewalsWithin90Days());
    }

    private static Set<String> accountsFiring(List<Map<String, String>> firings, String trigger) {
        return firings.stream().filter(f -> f.get("trigger").equals(trigger)).map(f -> f.get("account_id")).collect(Collectors.toSet());
    }

    /** Accounts with an active annual subscription whose next anniversary after the as-of date is at most 90 days away. */
    private static Set<String> annualRenewalsWithin90Days() throws IOException {
        Set<String> accounts = new HashSet<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_subscriptions.csv")) {
            LocalDate start = LocalDate.parse(row.get("start_date"));
            LocalDate end = row.get("end_date").isEmpty() ? null : LocalDate.parse(row.get("end_date"));
            boolean active = !start.isAfter(AS_OF) && (end == null || end.isAfter(AS_OF));
            if (!active || !row.get("billing_frequency").equals("annual")) {
                continue;
            }
            LocalDate anniversary = start;
            int years = 0;
            while (!anniversary.isAfter(AS_OF)) {
                years++;
                anniversary = start.plusYears(years);
            }
            if (ChronoUnit.DAYS.between(AS_OF, anniversary) <= 90) {
                accounts.add(row.get("account_id"));
            }
        }
        return accounts;
    }
}
