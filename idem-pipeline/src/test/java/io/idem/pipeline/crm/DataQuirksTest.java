package io.idem.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.pipeline.PipelineAnalysis;
import io.idem.pipeline.PipelineAnalyzer;
import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.ProductPerformance;
import io.idem.pipeline.support.CrmFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule for the quirks of the Maven CRM export, on small files. */
class DataQuirksTest {

    @TempDir
    Path folder;

    @Test
    void gtxProAliasResolvesToProductTableName() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTXPro,Acme Corporation,Won,2017-01-02,2017-02-03,4500",
                "A2,Anna Snelling,GTX Pro,Acme Corporation,Lost,2017-01-02,2017-02-03,0"));

        assertThat(imported.dataset().opportunities()).extracting(Opportunity::product)
                .containsExactly("GTX Pro", "GTX Pro");
        assertThat(imported.summary().productAliases()).containsExactly(Map.entry("GTXPro -> GTX Pro", 1));
    }

    @Test
    void aliasIgnoredForRealProduct() {
        CrmFixture fixture = new CrmFixture()
                .products("product,series,sales_price\nGTXPro,GTX,4000\nGTX Pro,GTX,4821\n")
                .deals("A1,Anna Snelling,GTXPro,Acme Corporation,Won,2017-01-02,2017-02-03,4500");

        CrmImport imported = read(fixture);

        assertThat(imported.dataset().opportunities().get(0).product()).isEqualTo("GTXPro");
        assertThat(imported.summary().productAliases()).containsExactly(Map.entry("GTXPro -> GTX Pro", 0));
    }

    @Test
    void nearMissProductNameIsRejectedNotGuessed() {
        CrmFixture fixture = new CrmFixture()
                .deals("A1,Anna Snelling,GTX-Pro,Acme Corporation,Won,2017-01-02,2017-02-03,4500");

        assertThatThrownBy(() -> read(fixture))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("sales_pipeline.csv line 2, column product, value 'GTX-Pro'")
                .hasMessageContaining("not a product of products.csv");
    }

    @Test
    void aliasWithoutTargetProductIsRejected() {
        CrmFixture fixture = new CrmFixture()
                .products("product,series,sales_price\nGTX Basic,GTX,550\n")
                .deals("A1,Anna Snelling,GTXPro,Acme Corporation,Won,2017-01-02,2017-02-03,4500");

        assertThatThrownBy(() -> read(fixture))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("its alias target 'GTX Pro' is not in products.csv either");
    }

    @Test
    void misspelledSectorIsCorrectedExactlyOnly() {
        CrmFixture fixture = new CrmFixture().accounts(
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n"
                        + "Acme Corporation,technolgy,1996,1100.04,2822,United States,\n"
                        + "Betatech,Technolgy,1986,647.18,1185,Kenya,\n"
                        + "Bioholding,medical,2012,587.34,1356,Philipines,\n");

        CrmImport imported = read(fixture);

        assertThat(imported.dataset().accounts()).extracting(Account::sector)
                .containsExactly("technology", "Technolgy", "medical");
        assertThat(imported.summary().corrections())
                .containsEntry("accounts.sector: technolgy -> technology", 1);
    }

    @Test
    void misspelledOfficeLocationIsCorrected() {
        CrmImport imported = read(new CrmFixture());

        assertThat(imported.dataset().account("Bioholding").orElseThrow().officeLocation()).isEqualTo("Philippines");
        assertThat(imported.summary().corrections())
                .containsEntry("accounts.office_location: Philipines -> Philippines", 1);
    }

    @Test
    void opportunityWithoutAccountIsKeptAndCounted() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTX Basic,,Engaging,2017-01-02,,",
                "A2,Anna Snelling,GTX Basic,,Prospecting,,,",
                "A3,Anna Snelling,GTX Basic,,Won,2017-01-02,2017-01-12,600",
                "A4,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-02,2017-01-12,550"));

        assertThat(imported.dataset().opportunities()).hasSize(4);
        assertThat(imported.summary().withoutAccountTotal()).isEqualTo(3);
        assertThat(imported.summary().withoutAccount()).containsEntry(DealStage.ENGAGING, 1)
                .containsEntry(DealStage.PROSPECTING, 1).containsEntry(DealStage.WON, 1)
                .containsEntry(DealStage.LOST, 0);
        assertThat(imported.summary().closedWithoutAccount()).isEqualTo(1);
    }

    @Test
    void accountlessWinCountsForProductButNotExpansion() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTX Basic,,Won,2017-01-02,2017-01-12,600",
                "A2,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-02,2017-01-12,550",
                "A3,Anna Snelling,GTX Basic,,Engaging,2017-01-02,,"));

        PipelineAnalysis analysis = new PipelineAnalyzer().analyze(imported);
        ProductPerformance gtxBasic = analysis.products().stream()
                .filter(row -> row.product().name().equals("GTX Basic")).findFirst().orElseThrow();

        assertThat(gtxBasic.stats().won()).isEqualTo(2);
        assertThat(gtxBasic.stats().open()).isEqualTo(1);
        assertThat(analysis.agents().get(0).stats().won()).isEqualTo(2);
        assertThat(analysis.deals()).extracting(deal -> deal.opportunity().id()).containsExactly("A2");
        assertThat(analysis.bookings().overall().unattributed()).isEqualByComparingTo("600");
        assertThat(analysis.bookings().overall().newBusiness()).isEqualByComparingTo("550");
        assertThat(analysis.offers()).hasSize(1);
    }

    @Test
    void openDealsLeaveWinRateDenominatorAndCycle() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550",
                "A2,Anna Snelling,GTX Basic,Acme Corporation,Lost,2017-01-01,2017-01-31,0",
                "A3,Anna Snelling,GTX Basic,Acme Corporation,Engaging,2016-01-01,,",
                "A4,Anna Snelling,GTX Basic,,Prospecting,,,"));

        DealStats stats = DealStats.of(imported.dataset().opportunities());

        assertThat(imported.summary().openDeals()).containsEntry(DealStage.ENGAGING, 1)
                .containsEntry(DealStage.PROSPECTING, 1);
        assertThat(stats.open()).isEqualTo(2);
        assertThat(stats.winRate()).hasValue(0.5);
        assertThat(stats.averageCycleDays()).hasValue(20.0);
    }

    @Test
    void onlyProspectingMayLackEngageDate() {
        CrmImport imported = read(new CrmFixture().deals("A1,Anna Snelling,GTX Basic,Acme Corporation,Prospecting,,,"));
        CrmFixture engaging = new CrmFixture().deals("A1,Anna Snelling,GTX Basic,Acme Corporation,Engaging,,,");

        assertThat(imported.summary().prospectingWithoutEngageDate()).isEqualTo(1);
        assertThatThrownBy(() -> read(engaging))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("line 2, column engage_date, value ''")
                .hasMessageContaining("the value is missing");
    }

    @Test
    void lostCloseValueNeverCountsAsBookings() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550",
                "A2,Anna Snelling,GTX Basic,Acme Corporation,Lost,2017-01-01,2017-01-31,0",
                "A3,Anna Snelling,GTX Basic,Acme Corporation,Lost,2017-01-01,2017-01-31,999"));

        assertThat(imported.summary().lostWithZeroValue()).isEqualTo(1);
        assertThat(DealStats.of(imported.dataset().opportunities()).wonBookings()).isEqualByComparingTo("550");
        assertThat(imported.dataset().opportunities().get(2).bookings()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void dictionaryQuotesAndTrailingSpaceAreRead() {
        CrmFixture fixture = new CrmFixture().dictionary("Table,Field,Description\n"
                + "sales_pipeline,sales_agent,Sales agent \n"
                + "sales_pipeline,engage_date,\"Date in which the \"\"Engaging\"\" deal stage was initiated\"\n");

        CrmImport imported = read(fixture);
        DataDictionary dictionary = DataDictionary.read(folder.resolve(CrmReader.DATA_DICTIONARY));

        assertThat(imported.summary().dictionaryChecked()).isTrue();
        assertThat(imported.summary().trimmedValues()).containsEntry(CrmReader.DATA_DICTIONARY, 1);
        assertThat(dictionary.fields("sales_pipeline").get("sales_agent").description()).isEqualTo("Sales agent");
        assertThat(dictionary.fields("sales_pipeline").get("engage_date").description())
                .isEqualTo("Date in which the \"Engaging\" deal stage was initiated");
    }

    @Test
    void dictionaryColumnMissingFromFileIsRejected() {
        CrmFixture fixture = new CrmFixture().dictionary("Table,Field,Description\n"
                + "products,product,Product name\nproducts,cost,Unit cost\n");

        assertThatThrownBy(() -> read(fixture))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("products.csv line 1")
                .hasMessageContaining("column 'cost', described on line 3 of");
    }

    @Test
    void agentWithoutOpportunitiesIsListed() {
        CrmImport imported = read(new CrmFixture().deals(
                "A1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-01,2017-01-11,550"));

        assertThat(imported.summary().agentsWithoutOpportunities()).containsExactly("Moses Frase", "Carl Lin");
    }

    private CrmImport read(CrmFixture fixture) {
        return new CrmReader(ValueCorrections.MAVEN_CRM, ProductAliases.MAVEN_CRM).read(fixture.write(folder));
    }
}
