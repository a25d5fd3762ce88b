package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneySectionTest {

    @TempDir
    Path folder;

    @Test
    void countsAccountsAndEntriesPerStage() throws Exception {
        Files.writeString(folder.resolve("run.json"), """
                {"run_id": "run-2024-12-31-a", "as_of": "2024-12-31", "config_hash": "abc", "config_version": "1"}
                """);
        Files.writeString(folder.resolve("journey.csv"), """
                account_id,stage,since,rule
                A-1,onboarding,2024-12-31,stages[1]: tenure_days < 90
                A-2,onboarding,2024-06-30,stages[1]: tenure_days < 90
                A-3,adoption,2024-06-30,default
                A-4,at_risk,2024-12-31,stages[0]: health < 40
                """);

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));

        // Sorted by stage; onboarding has, of which A-1 entered on the as-of date.
        assertThat(ReportDocument.rows(document.all("//section[@id='journey']//table").get(0))).containsExactly(
                List.of("adoption", "1", "0"), List.of("at_risk", "1", "1"), List.of("onboarding", "2", "1"));
    }

    @Test
    void emptyFileSaysNoJourney() throws Exception {
        Files.writeString(folder.resolve("journey.csv"), "account_id,stage,since,rule\n");

        String section = ReportDocument.parse(Files.readString(HtmlReport.write(folder))).text("//section[@id='journey']");

        assertThat(section).contains("idem.yaml has no journey section");
    }
}
