package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelAndCohortSectionTest {

    @TempDir
    Path folder;

    @Test
    void funnelCountsEachStepAndBookedMrr() throws Exception {
        Files.writeString(folder.resolve("triggers.csv"), "trigger,kind,account_id,fired_on\nt,time,A,2024-01-31\nt,time,B,2024-01-31\n"
                + "u,time,A,2024-02-29\nu,time,C,2024-02-29\n");
        Files.writeString(folder.resolve("plays.csv"), "play_id,playbook,account_id,started_by,started_on,status,owner\n"
                + "p1,x,A,trigger:t,2024-01-31,open,Ann\np2,x,B,trigger:t,2024-01-31,open,Ann\np3,y,C,trigger:u,2024-02-29,open,Bo\n");
        Files.writeString(folder.resolve("opportunities.csv"), "opportunity_id,play_id,account_id,motion,offer,expected_mrr,stage,owner,"
                + "created_on,playbook,perceived_mrr,actual_mrr,closed_on,close_reason,booked_subscription_id\n"
                + "o1,p1,A,upsell,seats,100,won,Ann,2024-01-31,x,,120.50,2024-02-10,,\n"
                + "o2,p2,B,upsell,seats,100,lost,Ann,2024-01-31,x,,,2024-02-10,no budget,\n");

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));
        String section = document.text("//section[@id='funnel']");

        // 4 firings, 3 plays (75%), 2 opportunities (66.7%), 1 won (50%), booked 120.50.
        assertThat(section).contains("trigger firings4").contains("plays started375.0%").contains("opportunities created266.7%")
                .contains("opportunities won150.0%").contains("120.50");
    }

    @Test
    void cohortCellsShowRetentionShares() throws Exception {
        Files.createDirectories(folder.resolve("revenue"));
        Files.writeString(folder.resolve("revenue/cohorts_revenue.csv"), "cohort,start_mrr,month_0,month_1,month_2\n"
                + "2024-01,1000.00,1.000000,0.900000,1.250000\n2024-02,500.00,1.000000,0.500000,\n");
        Files.writeString(folder.resolve("revenue/cohorts_logo.csv"), "cohort,start_accounts,month_0,month_1,month_2\n"
                + "2024-01,10,1.000000,0.800000,0.700000\n");

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));
        String section = document.text("//section[@id='cohorts']");

        assertThat(section).contains("2024-01100.0%90.0%125.0%").contains("2024-02100.0%50.0%").contains("2024-01100.0%80.0%70.0%");
    }
}
