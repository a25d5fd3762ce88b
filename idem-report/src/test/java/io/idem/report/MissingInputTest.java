package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class MissingInputTest {

    @TempDir
    Path folder;

    private ReportDocument renderDocument() throws Exception {
        return ReportDocument.parse(Files.readString(HtmlReport.write(folder)));
    }

    private static String notice(String files) {
        return files + " not in this output folder, so there is nothing to show here.";
    }

    @Test
    void emptyFolderGivesOneNoticePerSection() throws Exception {
        ReportDocument document = renderDocument();

        Map<String, String> expected = Map.of(
                "headline", notice("revenue/summary.json is"),
                "movements", notice("revenue/movements.csv is"),
                "benchmarks", notice("revenue/summary.json is"),
                "segments", notice("segments.csv is"),
                "health", notice("health.csv is"),
                "plays", notice("plays.csv and tasks.csv are"),
                "opportunities", notice("opportunities.csv is"));
        for (Map.Entry<String, String> section : expected.entrySet()) {
            List<Element> notices = document.all("//section[@id='" + section.getKey() + "']/p[@class='notice missing']");
            assertThat(notices).extracting(Element::getTextContent).as(section.getKey()).containsExactly(section.getValue());
            assertThat(document.all("//section[@id='" + section.getKey() + "']/*")).as("children of %s", section.getKey()).hasSize(2);
        }
        assertThat(document.all("//section[@id='triggers']/p[@class='notice missing']")).extracting(Element::getTextContent)
                .containsExactly(notice("backtest.csv is"), notice("triggers.csv is"));
        assertThat(document.text("//footer[@id='run']/p[@class='notice missing']")).isEqualTo(notice("run.json is"));
        assertThat(document.all("//svg")).isEmpty();
    }

    @Test
    void missingFileLeavesOtherSectionsIntact() throws Exception {
        new Fixture(folder).writeAll();
        Files.delete(folder.resolve("revenue/movements.csv"));
        Files.delete(folder.resolve("segments/plan_upgrade_ready.csv"));

        ReportDocument document = renderDocument();

        assertThat(document.text("//section[@id='movements']/p[@class='notice missing']")).isEqualTo(notice("revenue/movements.csv is"));
        assertThat(document.all("//section[@id='segments']//p[@class='notice missing']")).extracting(Element::getTextContent)
                .containsExactly(notice("segments/plan_upgrade_ready.csv is"));
        assertThat(document.all("//svg[@id='chart-health']")).hasSize(1);
        assertThat(document.all("//svg[@id='chart-segments']")).hasSize(1);
        assertThat(document.all("//div[@id='headline-mrr']")).hasSize(1);
    }

    @Test
    void onlyTasksFileStillListsTasks() throws Exception {
        new Fixture(folder).tasks();

        ReportDocument document = renderDocument();

        assertThat(document.all("//section[@id='plays']/p[@class='notice missing']")).extracting(Element::getTextContent)
                .containsExactly(notice("plays.csv is"));
        assertThat(ReportDocument.rows(document.all("//section[@id='plays']/table").get(0)))
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo(PlaysSection.UNKNOWN_PLAYBOOK));
    }

    @Test
    void malformedFileShowsErrorWithLineAndColumn() throws Exception {
        new Fixture(folder).writeAll()
                .write("revenue/movements.csv", List.of("month,new,expansion,contraction,churn,reactivation,mrr", "2024-01,10,0,0,0,0,10",
                        "2024-02,ten,0,0,0,0,20"));

        ReportDocument document = renderDocument();

        assertThat(document.text("//section[@id='movements']/p[@class='notice error']"))
                .isEqualTo("Could not read the input: revenue/movements.csv: line 3, column new: 'ten' is not a number such as 1234.50");
        assertThat(document.all("//svg[@id='chart-opportunities']")).hasSize(1);
        assertThat(document.all("//footer[@id='run']/dl")).hasSize(1);
    }

    @Test
    void negativeMovementIsRejected() throws Exception {
        new Fixture(folder).write("revenue/movements.csv", List.of("month,new,expansion,contraction,churn,reactivation,mrr",
                "2024-01,10,0,0,-5,0,15"));

        ReportDocument document = renderDocument();

        assertThat(document.text("//section[@id='movements']/p[@class='notice error']"))
                .contains("line 2, column churn: '-5' is not a number of zero or more");
    }

    @Test
    void duplicateMonthIsRejected() throws Exception {
        new Fixture(folder).write("revenue/movements.csv", List.of("month,new,expansion,contraction,churn,reactivation,mrr",
                "2024-01,10,0,0,0,0,10", "2024-01,5,0,0,0,0,15"));

        ReportDocument document = renderDocument();

        assertThat(document.text("//section[@id='movements']/p[@class='notice error']"))
                .contains("line 3, column month: 2024-01 appears more than once");
    }

    @Test
    void unreconciledMovementsAreFlagged() throws Exception {
        new Fixture(folder).write("revenue/movements.csv", List.of("month,new,expansion,contraction,churn,reactivation,mrr",
                "2024-01,100,0,0,0,0,100", "2024-02,50,0,0,0,0,175", "2024-04,0,0,0,0,0,175"));

        ReportDocument document = renderDocument();

        assertThat(document.text("//section[@id='movements']/p[@class='check failed']"))
                .isEqualTo("Movements do not reconcile with MRR: 2024-02 MRR is 175.00 but the movements give 150.00;"
                        + " 2024-04 does not follow 2024-02.");
    }

    @Test
    void brokenSummaryShowsErrorInBothSections() throws Exception {
        new Fixture(folder).writeAll().write("revenue/summary.json", List.of("{\"mrr\": \"lots\"}"));

        ReportDocument document = renderDocument();

        for (String section : List.of("headline", "benchmarks")) {
            assertThat(document.text("//section[@id='" + section + "']/p[@class='notice error']"))
                    .contains("revenue/summary.json: field mrr: expected a number or null, found STRING \"lots\"");
        }
        assertThat(document.all("//svg[@id='chart-movements']")).hasSize(1);
    }
}
