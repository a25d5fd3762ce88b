package io.idem.pipeline.offer;

import static io.idem.pipeline.support.TestDeals.dataset;
import static io.idem.pipeline.support.TestDeals.lost;
import static io.idem.pipeline.support.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.pipeline.crm.CrmReader;
import io.idem.pipeline.motion.Motion;
import io.idem.pipeline.support.MavenCrmData;
import io.idem.pipeline.support.RawCrm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NextOfferPlannerTest {

    private final NextOfferPlanner planner = new NextOfferPlanner();

    @Test
    void midLadderAccountGetsNextRung() {
        List<NextOffer> offers = planner.plan(dataset(
                won("D1", "Acme", "GTX Basic", "2017-01-01", 550),
                won("D2", "Acme", "GTX Plus Basic", "2017-02-01", 1096),
                won("D3", "Acme", "MG Special", "2017-03-01", 55)));

        NextOffer offer = offers.get(0);
        assertThat(offer.mainSeries()).isEqualTo("GTX");
        assertThat(offer.highestProduct().name()).isEqualTo("GTX Plus Basic");
        assertThat(offer.motion()).isEqualTo(Motion.UPSELL);
        assertThat(offer.offer().name()).isEqualTo("GTX Pro");
        assertThat(offer.expectedValue()).isEqualByComparingTo("3725");
    }

    @Test
    void highestRungCountsEvenWhenBoughtEarlier() {
        List<NextOffer> offers = planner.plan(dataset(
                won("D1", "Acme", "GTX Pro", "2017-01-01", 4821),
                won("D2", "Acme", "GTX Basic", "2017-02-01", 550)));

        assertThat(offers.get(0).offer().name()).isEqualTo("GTX Plus Pro");
        assertThat(offers.get(0).expectedValue()).isEqualByComparingTo("661");
    }

    @Test
    void topOfSeriesGetsCrossSell() {
        List<NextOffer> offers = planner.plan(dataset(
                won("D1", "Acme", "GTX Plus Pro", "2017-01-01", 5482),
                won("D2", "Acme", "GTX Basic", "2017-02-01", 550)));

        NextOffer offer = offers.get(0);
        assertThat(offer.motion()).isEqualTo(Motion.CROSS_SELL);
        assertThat(offer.offer().name()).isEqualTo("MG Special");
        assertThat(offer.expectedValue()).isEqualByComparingTo("55");
    }

    @Test
    void topOfEverySeriesBoughtGetsNoOffer() {
        List<NextOffer> offers = planner.plan(dataset(
                won("D1", "Acme", "GTX Plus Pro", "2017-01-01", 5482),
                won("D2", "Acme", "MG Special", "2017-02-01", 55),
                won("D3", "Acme", "GTK 500", "2017-03-01", 26768)));

        NextOffer offer = offers.get(0);
        assertThat(offer.offered()).isEmpty();
        assertThat(offer.expectedValue()).isNull();
        assertThat(offer.reason()).contains("every series was bought");
    }

    @Test
    void mainSeriesTieGoesToLargerBookings() {
        List<NextOffer> offers = planner.plan(dataset(
                won("D1", "Acme", "GTX Basic", "2017-01-01", 550),
                won("D2", "Acme", "MG Special", "2017-02-01", 55),
                won("D3", "Acme", "MG Special", "2017-03-01", 60),
                won("D4", "Acme", "GTX Basic", "2017-04-01", 560)));

        assertThat(offers.get(0).mainSeries()).isEqualTo("GTX");
        assertThat(offers.get(0).mainSeriesWonDeals()).isEqualTo(2);
    }

    @Test
    void accountWithoutWinsGetsNoEntry() {
        List<NextOffer> offers = planner.plan(dataset(
                lost("L1", "Acme", "GTX Basic", "2017-01-01"),
                won("B1", "Bluth", "MG Special", "2017-01-01", 55)));

        assertThat(offers).extracting(offer -> offer.account().name()).containsExactly("Bluth");
        assertThat(offers.get(0).offer().name()).isEqualTo("MG Advanced");
        assertThat(offers.get(0).expectedValue()).isEqualByComparingTo("3338");
    }

    @Test
    void mavenOffersMatchIndependentRule() {
        RawCrm raw = new RawCrm(MavenCrmData.folder());
        Map<String, List<Long>> ladder = new HashMap<>();
        raw.priceOfProduct.forEach((product, price) ->
                ladder.computeIfAbsent(raw.seriesOfProduct.get(product), key -> new ArrayList<>()).add(price));
        ladder.values().forEach(prices -> prices.sort(Comparator.naturalOrder()));

        Map<String, Map<String, long[]>> seriesByAccount = new TreeMap<>();
        for (RawCrm.Row row : raw.pipeline) {
            if (row.won() && !row.account().isEmpty()) {
                long[] tally = seriesByAccount.computeIfAbsent(row.account(), key -> new TreeMap<>())
                        .computeIfAbsent(raw.seriesOfProduct.get(row.product()), key -> new long[3]);
                tally[0]++;
                tally[1] += row.valueAsLong();
                tally[2] = Math.max(tally[2], raw.priceOfProduct.get(row.product()));
            }
        }
        Map<String, Long> expected = new TreeMap<>();
        seriesByAccount.forEach((account, tallies) -> {
            Map.Entry<String, long[]> main = tallies.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0])
                            .thenComparingLong(e -> e.getValue()[1])
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow();
            List<Long> prices = ladder.get(main.getKey());
            long highest = main.getValue()[2];
            int rung = prices.indexOf(highest);
            if (rung + 1 < prices.size()) {
                expected.put(account, prices.get(rung + 1) - highest);
            } else {
                expected.put(account, ladder.keySet().stream().filter(series -> !tallies.containsKey(series))
                        .map(series -> ladder.get(series).get(0)).min(Comparator.naturalOrder()).orElse(-1L));
            }
        });

        Map<String, Long> actual = new TreeMap<>();
        for (NextOffer offer : planner.plan(new CrmReader().read(MavenCrmData.folder()).dataset())) {
            actual.put(offer.account().name(), offer.expectedValue() == null ? -1L
                    : offer.expectedValue().longValueExact());
        }
        assertThat(actual).isEqualTo(expected);
    }
}
