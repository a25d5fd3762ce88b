package io.idem.pipeline.motion;

import static io.idem.pipeline.support.TestDeals.dataset;
import static io.idem.pipeline.support.TestDeals.engaging;
import static io.idem.pipeline.support.TestDeals.lost;
import static io.idem.pipeline.support.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MotionClassifierTest {

    private final MotionClassifier classifier = new MotionClassifier();

    @Test
    void firstWinIsNewBusinessThenSeriesDecides() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                won("D4", "Acme", "MG Special", "2017-04-01", 55),
                won("D1", "Acme", "GTX Basic", "2017-01-01", 550),
                won("D2", "Acme", "GTX Pro", "2017-02-01", 4821),
                won("D3", "Acme", "GTX Basic", "2017-03-01", 550),
                won("D5", "Acme", "MG Advanced", "2017-05-01", 3393)));

        assertThat(motions(deals)).containsExactly(
                Map.entry("D1", Motion.NEW_BUSINESS), Map.entry("D2", Motion.UPSELL), Map.entry("D3", Motion.UPSELL),
                Map.entry("D4", Motion.CROSS_SELL), Map.entry("D5", Motion.UPSELL));
    }

    @Test
    void sameDayTieOrderedById() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                won("ZZ", "Acme", "GTX Basic", "2017-01-01", 550),
                won("AA", "Acme", "MG Special", "2017-01-01", 55)));

        assertThat(motions(deals)).containsExactly(
                Map.entry("AA", Motion.NEW_BUSINESS), Map.entry("ZZ", Motion.CROSS_SELL));
        assertThat(deals).extracting(ClassifiedDeal::sameDayAsFirstWin).containsExactly(false, true);
    }

    @Test
    void lostDealTakesWouldBeMotion() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                lost("L0", "Acme", "GTX Pro", "2016-12-01"),
                won("W1", "Acme", "GTX Basic", "2017-01-01", 550),
                lost("L1", "Acme", "GTX Plus Pro", "2017-02-01"),
                lost("L2", "Acme", "GTK 500", "2017-02-02")));

        assertThat(motions(deals)).containsExactly(
                Map.entry("L0", Motion.NEW_BUSINESS), Map.entry("W1", Motion.NEW_BUSINESS),
                Map.entry("L1", Motion.UPSELL), Map.entry("L2", Motion.CROSS_SELL));
    }

    @Test
    void lostDealDoesNotMakeItsSeriesBought() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                won("W1", "Acme", "GTX Basic", "2017-01-01", 550),
                lost("L1", "Acme", "MG Special", "2017-02-01"),
                won("W2", "Acme", "MG Advanced", "2017-03-01", 3393)));

        assertThat(motions(deals)).containsEntry("W2", Motion.CROSS_SELL);
    }

    @Test
    void accountsAreClassifiedSeparately() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                won("A1", "Acme", "GTX Basic", "2017-01-01", 550),
                won("B1", "Bluth", "GTX Pro", "2017-02-01", 4821)));

        assertThat(motions(deals)).containsEntry("B1", Motion.NEW_BUSINESS);
    }

    @Test
    void openAndAccountlessDealsGetNoMotion() {
        List<ClassifiedDeal> deals = classifier.classify(dataset(
                won("A1", "Acme", "GTX Basic", "2017-01-01", 550),
                engaging("E1", "Acme", "GTX Pro"),
                won("N1", null, "GTX Pro", "2017-02-01", 4821)));

        assertThat(deals).extracting(deal -> deal.opportunity().id()).containsExactly("A1");
    }

    private static Map<String, Motion> motions(List<ClassifiedDeal> deals) {
        return deals.stream().collect(Collectors.toMap(deal -> deal.opportunity().id(), ClassifiedDeal::motion,
                (a, b) -> a, LinkedHashMap::new));
    }
}
