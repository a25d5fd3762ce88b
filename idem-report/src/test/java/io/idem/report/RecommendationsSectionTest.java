package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationsSectionTest {

    @TempDir
    Path folder;

    @Test
    void totalsCountFirstRankedOffersOnly() throws Exception {
        Files.writeString(folder.resolve("recommendations.csv"), """
                account_id,rank,motion,offer,probability,incremental_mrr,expected_value,reasons
                A-1,1,upsell,seats,0.1000,175.00,823.27,seat use 0.8
                A-1,2,upsell,next_plan,0.1000,140.00,658.62,near cap
                A-2,1,upsell,seats,0.2000,100.00,940.80,"<script>alert(1)</script> & more"
                A-3,1,cross_sell,insights,0.0500,499.00,1173.70,rule insights
                """);

        String html = Files.readString(HtmlReport.write(folder));
        ReportDocument document = ReportDocument.parse(html);

        String section = document.text("//section[@id='recommendations']");
        assertThat(section).contains("upsell / seats").contains("cross_sell / insights");
        assertThat(section).doesNotContain("upsell / next_plan");
        // Seats: accounts, 175 + 100 incremental MRR, 823.27 + 940.80 expected value.
        assertThat(section).contains(money(275.00)).contains(money(1764.07));
        // All first-ranked rows: 3 accounts, 823.27 + 940.80 + 1173.70.
        assertThat(section).contains(money(2937.77));
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(section).contains("<script>alert(1)</script> & more");
    }

    @Test
    void emptyFileExplainsHowToEnableOffers() throws Exception {
        Files.writeString(folder.resolve("recommendations.csv"),
                "account_id,rank,motion,offer,probability,incremental_mrr,expected_value,reasons\n");

        String section = ReportDocument.parse(Files.readString(HtmlReport.write(folder))).text("//section[@id='recommendations']");

        assertThat(section).contains("No offer was recommended").contains("seat_use_feature");
    }

    /** Amounts as the report writes them when no summary.json gives a currency. */
    private static String money(double value) {
        return String.format(Locale.US, "%,.2f", value);
    }
}
