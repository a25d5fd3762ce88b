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

class RetentionTrendSectionTest {

    private static final String[] MONTHS = {"2024-01", "2024-02", "2024-03"};
    /** NRR and GRR by month; null where the run could not compute them. */
    private static final Double[] NRR = {null, 1.05, 0.982};
    private static final Double[] GRR = {null, 0.91, 0.875};
    private static final Double[] SHARE = {0.25, null, 0.4};
    private static final double NRR_TARGET = 1.02;
    private static final double GRR_TARGET = 0.9;
    private static final double SHARE_TARGET = 0.3;

    @TempDir
    Path folder;

    @Test
    void barsShowComputedMonths() throws Exception {
        writeTrend();

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));

        List<Element> nrr = document.all("//svg[@id='chart-retention-nrr']/rect[@class='bar']");
        assertThat(nrr).extracting(bar -> bar.getAttribute("data-category")).containsExactly(MONTHS[1], MONTHS[2]);
        assertThat(nrr).extracting(bar -> ReportDocument.number(bar, "data-value")).containsExactly(NRR[1], NRR[2]);
        List<Element> grr = document.all("//svg[@id='chart-retention-grr']/rect[@class='bar']");
        assertThat(grr).extracting(bar -> ReportDocument.number(bar, "data-value")).containsExactly(GRR[1], GRR[2]);
    }

    @Test
    void referenceLineIsTarget() throws Exception {
        writeTrend();

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));

        // Bars start at 0, so the line sits where a bar of the target's length would end.
        Element bar = document.all("//svg[@id='chart-retention-nrr']/rect[@class='bar']").get(0);
        double pixelsPerUnit = ReportDocument.number(bar, "width") / ReportDocument.number(bar, "data-value");
        Element line = document.one("//svg[@id='chart-retention-nrr']/line[@class='reference']");
        assertThat(ReportDocument.number(line, "x1"))
                .isCloseTo(ReportDocument.number(bar, "x") + NRR_TARGET * pixelsPerUnit, within(0.1));
        assertThat(document.text("//svg[@id='chart-retention-nrr']")).contains("NRR target 102.0%");
        assertThat(document.text("//svg[@id='chart-retention-grr']")).contains("GRR target 90.0%");
    }

    @Test
    void tableShowsEveryValue() throws Exception {
        writeTrend();

        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));
        String section = document.text("//section[@id='retention-trend']");

        assertThat(section).contains("2024-01not computed102.0%not computed90.0%25.0%30.0%")
                .contains("2024-02105.0%102.0%91.0%90.0%not computed30.0%")
                .contains("2024-0398.2%102.0%87.5%90.0%40.0%30.0%")
                .contains("NRR is not computed for 2024-01");
    }

    @Test
    void missingFileGivesNotice() throws Exception {
        ReportDocument document = ReportDocument.parse(Files.readString(HtmlReport.write(folder)));

        assertThat(document.all("//section[@id='retention-trend']/p[@class='notice missing']"))
                .extracting(Element::getTextContent)
                .containsExactly("revenue/retention_trend.csv is not in this output folder, so there is nothing to show here.");
    }

    private void writeTrend() throws Exception {
        StringBuilder csv = new StringBuilder("month,nrr,grr,expansion_share,nrr_target,grr_target,expansion_share_target\n");
        for (int i = 0; i < MONTHS.length; i++) {
            csv.append(MONTHS[i]).append(',').append(field(NRR[i])).append(',').append(field(GRR[i])).append(',')
                    .append(field(SHARE[i])).append(',').append(NRR_TARGET).append(',').append(GRR_TARGET).append(',')
                    .append(SHARE_TARGET).append('\n');
        }
        Files.createDirectories(folder.resolve("revenue"));
        Files.writeString(folder.resolve(RetentionTrendSection.FILE), csv);
    }

    private static String field(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
