package io.idem.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.Product;
import io.idem.pipeline.support.MavenCrmData;
import io.idem.pipeline.support.RawCrm;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports the shipped Maven CRM export and checks the counts against a plain split of the same files. */
class MavenCrmImportTest {

    private static CrmImport imported;
    private static RawCrm raw;

    @BeforeAll
    static void readExport() {
        Path folder = MavenCrmData.folder();
        imported = new CrmReader().read(folder);
        raw = new RawCrm(folder);
    }

    @Test
    void everyRowOfEveryFileIsImported() {
        assertThat(imported.summary().opportunities()).isEqualTo(raw.pipeline.size());
        assertThat(imported.summary().accounts()).isEqualTo(raw.sectorOfAccount.size());
        assertThat(imported.summary().products()).isEqualTo(raw.seriesOfProduct.size());
        assertThat(imported.summary().salesAgents()).isEqualTo(raw.teamOfAgent.size());
        assertThat(imported.summary().dictionaryChecked()).isTrue();
    }

    @Test
    void aliasCountMatchesGtxProRows() {
        long gtxProRows = RawCrm.lines(MavenCrmData.folder().resolve("sales_pipeline.csv")).stream()
                .filter(fields -> fields[2].equals("GTXPro")).count();

        assertThat(imported.summary().productAliases()).containsExactly(Map.entry("GTXPro -> GTX Pro",
                (int) gtxProRows));
        assertThat(imported.dataset().opportunities()).extracting(Opportunity::product).doesNotContain("GTXPro");
        assertThat(imported.dataset().opportunities().stream().filter(o -> o.product().equals("GTX Pro")).count())
                .isEqualTo(gtxProRows);
    }

    @Test
    void everySectorTypoIsCorrected() {
        long typos = raw.sectorOfAccount.values().stream().filter("technolgy"::equals).count();

        assertThat(imported.dataset().accounts()).extracting(Account::sector).doesNotContain("technolgy");
        assertThat(imported.dataset().accounts().stream().filter(a -> a.sector().equals("technology")).count())
                .isEqualTo(typos);
        assertThat(imported.summary().corrections()).containsEntry("accounts.sector: technolgy -> technology",
                (int) typos);
    }

    @Test
    void accountlessAndOpenCountsMatchTheFile() {
        Map<String, Long> accountless = raw.pipeline.stream().filter(row -> row.account().isEmpty())
                .collect(Collectors.groupingBy(RawCrm.Row::stage, Collectors.counting()));
        Map<String, Long> open = raw.pipeline.stream().filter(row -> row.close().isEmpty())
                .collect(Collectors.groupingBy(RawCrm.Row::stage, Collectors.counting()));

        for (DealStage stage : DealStage.values()) {
            assertThat(imported.summary().withoutAccount().get(stage).longValue()).as(stage.label())
                    .isEqualTo(accountless.getOrDefault(stage.label(), 0L));
        }
        assertThat(imported.summary().openDeals().get(DealStage.PROSPECTING).longValue())
                .isEqualTo(open.get("Prospecting"));
        assertThat(imported.summary().openDeals().get(DealStage.ENGAGING).longValue())
                .isEqualTo(open.get("Engaging"));
        assertThat(open.keySet()).containsExactlyInAnyOrder("Prospecting", "Engaging");
        assertThat(imported.summary().prospectingWithoutEngageDate()).isEqualTo(
                count(row -> row.stage().equals("Prospecting") && row.engage().isEmpty()));
        assertThat(imported.summary().lostWithZeroValue()).isEqualTo(
                count(row -> row.stage().equals("Lost") && row.value().equals("0")));
    }

    @Test
    void ladderOrdersEachSeriesByListPrice() {
        assertThat(imported.dataset().ladder().series()).containsExactly("GTK", "GTX", "MG");
        assertThat(imported.dataset().ladder().rungs("GTX")).extracting(Product::name)
                .containsExactly("GTX Basic", "GTX Plus Basic", "GTX Pro", "GTX Plus Pro");
        assertThat(imported.dataset().ladder().rungs("MG")).extracting(Product::name)
                .containsExactly("MG Special", "MG Advanced");
    }

    private static int count(Predicate<RawCrm.Row> test) {
        return (int) raw.pipeline.stream().filter(test).count();
    }
}
