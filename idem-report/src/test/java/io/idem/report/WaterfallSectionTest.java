package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class WaterfallSectionTest {

    @TempDir
    Path folder;

    @Test
    void stepsSumTheLastTwelveMonths() throws Exception {
        StringBuilder csv = new StringBuilder("month,new,expansion,contraction,churn,reactivation,mrr\n");
        double mrr = 0;
        double[] sums = new double[5];
        double startOfWindow = 0;
        for (int m = 1; m <= 14; m++) {
            double added = 100 * m;
            double expansion = 10 * m;
            double contraction = 3 * m;
            double churn = 20;
            double reactivation = m % 2;
            mrr += added + expansion + reactivation - contraction - churn;
            csv.append(String.format(Locale.ROOT, "2024-%02d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n", m, added, expansion, contraction, churn,
                    reactivation, mrr).replace("2024-13", "2025-01").replace("2024-14", "2025-02"));
            if (m == 2) {
                startOfWindow = mrr;
            }
            if (m > 2) {
                sums[0] += added;
                sums[1] += expansion;
                sums[2] += reactivation;
                sums[3] += contraction;
                sums[4] += churn;
            }
        }
        Files.createDirectories(folder.resolve("revenue"));
        Files.writeString(folder.resolve("revenue/movements.csv"), csv.toString());

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));
        List<Element> steps = document.all("//svg[@id='chart-waterfall']/rect[@class='step']");

        assertThat(steps).hasSize(7);
        assertThat(ReportDocument.number(steps.get(0), "data-value")).isCloseTo(startOfWindow, within(0.01));
        for (int i = 0; i < 5; i++) {
            assertThat(ReportDocument.number(steps.get(i + 1), "data-value")).as("step %d", i).isCloseTo(sums[i], within(0.01));
        }
        assertThat(ReportDocument.number(steps.get(6), "data-value")).isCloseTo(mrr, within(0.01));
        assertThat(document.text("//section[@id='waterfall']")).contains("The steps add up to the MRR at the end.");
    }
}
