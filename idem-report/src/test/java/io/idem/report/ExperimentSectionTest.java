package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class ExperimentSectionTest {

    private static final String VARIANT = "<b>play_a</b> & \"co\"";
    private static final String EXPERIMENT = "upsell <q1> & 'more'";

    /** Control: 200 accounts, 20 conversions; variant: 900 accounts, 135 conversions. */
    private static final long CONTROL_ACCOUNTS = 200;
    private static final long CONTROL_CONVERSIONS = 20;
    private static final long VARIANT_ACCOUNTS = 900;
    private static final long VARIANT_CONVERSIONS = 135;
    private static final double LOWER = 0.0021;
    private static final double UPPER = 0.0979;
    private static final double P_VALUE = 0.0412;
    private static final double CHANCE = 0.9787;
    private static final double SRM_P = 0.6234;

    @TempDir
    Path folder;

    @Test
    void experimentTableShowsFixtureNumbers() throws Exception {
        writeFixture();

        ReportDocument document = ReportDocument.parse(HtmlReport.render(folder));
        List<List<String>> rows = ReportDocument.rows(document.one("//section[@id='experiments']/table"));

        double controlRate = (double) CONTROL_CONVERSIONS / CONTROL_ACCOUNTS;
        double variantRate = (double) VARIANT_CONVERSIONS / VARIANT_ACCOUNTS;
        List<String> headers = document.all("//section[@id='experiments']/table/thead/tr/th").stream()
                .map(Element::getTextContent).toList();
        assertThat(rows).hasSize(2);
        assertThat(headers).containsExactly("Variant", "Accounts", "Conversions", "Rate", "Lift vs holdout",
                "95% interval", "p-value", "Chance to beat control", "SRM p-value");
        assertThat(rows.get(0)).containsExactly("holdout (control)", "200", "20", "10.0%", "", "", "", "", "0.623");
        assertThat(rows.get(1)).containsExactly(VARIANT, "900", "135", "15.0%",
                points(variantRate - controlRate), points(LOWER) + " to " + points(UPPER), "0.041", "97.9%", "0.623");
    }

    @Test
    void experimentNamesAreEscaped() throws Exception {
        writeFixture();

        String html = HtmlReport.render(folder);
        ReportDocument document = ReportDocument.parse(html);

        assertThat(document.text("//section[@id='experiments']/h3")).isEqualTo(EXPERIMENT);
        assertThat(html).doesNotContain("<b>play_a</b>").doesNotContain("<q1>");
        assertThat(html).contains("&lt;b&gt;play_a&lt;/b&gt; &amp; &quot;co&quot;");
    }

    @Test
    void intervalChartSpansLowToHigh() throws Exception {
        writeFixture();

        ReportDocument document = ReportDocument.parse(HtmlReport.render(folder));
        Element interval = document.one("//section[@id='experiments']//*[local-name()='rect'][@class='interval']");
        Element estimate = document.one("//section[@id='experiments']//*[local-name()='circle'][@class='estimate']");
        Element zero = document.one("//section[@id='experiments']//*[local-name()='line'][@class='zero']");

        assertThat(interval.getAttribute("data-category")).isEqualTo(VARIANT);
        assertThat(ReportDocument.number(interval, "data-low")).isEqualTo(LOWER);
        assertThat(ReportDocument.number(interval, "data-high")).isEqualTo(UPPER);
        double left = ReportDocument.number(interval, "x");
        double right = left + ReportDocument.number(interval, "width");
        double dot = ReportDocument.number(estimate, "cx");
        double zeroX = ReportDocument.number(zero, "x1");
        assertThat(dot).isBetween(left, right);
        assertThat(zeroX).isLessThan(left);
        double scale = (right - left) / (UPPER - LOWER);
        assertThat(dot - left).isCloseTo((0.05 - LOWER) * scale, offset(0.02));
        assertThat(left - zeroX).isCloseTo(LOWER * scale, offset(0.02));
    }

    @Test
    void missingFolderGivesOneNotice() throws Exception {
        ReportDocument document = ReportDocument.parse(HtmlReport.render(folder));

        assertThat(document.all("//section[@id='experiments']/p[@class='notice missing']"))
                .extracting(Element::getTextContent)
                .containsExactly("experiments/ is not in this output folder, so there is nothing to show here.");
    }

    @Test
    void malformedFileGivesErrorNotice() throws Exception {
        Files.createDirectories(folder.resolve("experiments"));
        Files.writeString(folder.resolve("experiments/broken.json"), "{\"comparisons\": ");

        ReportDocument document = ReportDocument.parse(HtmlReport.render(folder));

        assertThat(document.text("//section[@id='experiments']/p[@class='notice error']"))
                .startsWith("Could not read the input: experiments/broken.json: invalid JSON");
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f pp", difference * 100);
    }

    private void writeFixture() throws Exception {
        Files.createDirectories(folder.resolve("experiments"));
        String json = """
                {
                  "experimentId": %s,
                  "control": "holdout",
                  "alpha": 0.05,
                  "accounts": 1100,
                  "sampleRatio": {"status": "OK", "pValue": %s, "threshold": 0.001, "mismatch": false},
                  "arms": [
                    {"variant": "holdout", "accounts": %d, "conversions": %d, "conversionRate": %s},
                    {"variant": %s, "accounts": %d, "conversions": %d, "conversionRate": %s}
                  ],
                  "comparisons": [
                    {"variant": %s, "control": "holdout",
                     "conversion": {
                       "frequentist": {"status": "OK", "pValue": %s,
                         "absoluteEffect": {"estimate": 0.05, "interval": {"lower": %s, "upper": %s}}},
                       "bayesian": {"status": "OK", "chanceToBeatControl": %s}}}
                  ],
                  "notes": ["no pre-period covariate was given, so CUPED was not applied"]
                }
                """.formatted(quote(EXPERIMENT), SRM_P, CONTROL_ACCOUNTS, CONTROL_CONVERSIONS,
                (double) CONTROL_CONVERSIONS / CONTROL_ACCOUNTS, quote(VARIANT), VARIANT_ACCOUNTS, VARIANT_CONVERSIONS,
                (double) VARIANT_CONVERSIONS / VARIANT_ACCOUNTS, quote(VARIANT), P_VALUE, LOWER, UPPER, CHANCE);
        Files.writeString(folder.resolve("experiments/upsell.json"), json);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
