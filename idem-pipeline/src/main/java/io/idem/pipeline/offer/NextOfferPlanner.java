package io.idem.pipeline.offer;

import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.Product;
import io.idem.pipeline.model.ProductLadder;
import io.idem.pipeline.motion.Motion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the next product for each account with won deals from the price ladders of products.csv.
 *
 * <ol>
 *   <li>The main series is the series with the most won deals at the account; ties go to the larger won
 *       bookings, then to the series name in alphabetical order.</li>
 *   <li>Upsell: when a product sits above the highest rung the account has bought in its main series, offer the
 *       rung just above it. The expected value is the list price of that rung minus the list price of the
 *       highest rung bought.</li>
 *   <li>Cross-sell: when the account already bought the top of its main series, offer the entry product (the
 *       cheapest) of a series it has never bought. With several such series, the one with the cheapest entry
 *       product is offered, ties by series name. The expected value is the full list price of that entry
 *       product, because the account owns nothing in that series to upgrade from.</li>
 *   <li>No offer when the account has bought the top of its main series and every series.</li>
 * </ol>
 */
public final class NextOfferPlanner {

    private record SeriesTally(String series, int wonDeals, BigDecimal bookings, Product highest) {
    }

    /** Returns one entry per account with at least one won deal, in account-name order. */
    public List<NextOffer> plan(CrmDataset dataset) {
        Map<String, List<Opportunity>> wonByAccount = new TreeMap<>();
        for (Opportunity opportunity : dataset.opportunities()) {
            if (opportunity.stage() == DealStage.WON && opportunity.account().isPresent()) {
                wonByAccount.computeIfAbsent(opportunity.accountName(), name -> new ArrayList<>()).add(opportunity);
            }
        }

        List<NextOffer> offers = new ArrayList<>(wonByAccount.size());
        wonByAccount.forEach((name, won) -> offers.add(offer(dataset.account(name).orElseThrow(), won, dataset)));
        return offers;
    }

    private static NextOffer offer(Account account, List<Opportunity> won, CrmDataset dataset) {
        ProductLadder ladder = dataset.ladder();
        Map<String, SeriesTally> tallies = tallies(won, dataset);
        SeriesTally main = tallies.values().stream()
                .max(Comparator.comparingInt(SeriesTally::wonDeals)
                        .thenComparing(SeriesTally::bookings)
                        .thenComparing(SeriesTally::series, Comparator.reverseOrder()))
                .orElseThrow();
        Product highest = main.highest();

        Optional<Product> next = ladder.next(highest);
        if (next.isPresent()) {
            return new NextOffer(account, main.series(), main.wonDeals(), highest, Motion.UPSELL, next.get(),
                    next.get().listPrice().subtract(highest.listPrice()),
                    "next rung above " + highest.name() + " in series " + main.series());
        }

        Optional<Product> entry = ladder.series().stream()
                .filter(series -> !tallies.containsKey(series))
                .map(ladder::entry)
                .min(Comparator.comparing(Product::listPrice).thenComparing(Product::series));
        if (entry.isPresent()) {
            return new NextOffer(account, main.series(), main.wonDeals(), highest, Motion.CROSS_SELL, entry.get(),
                    entry.get().listPrice(), highest.name() + " is the top of series " + main.series()
                            + "; entry product of series " + entry.get().series() + ", not bought yet");
        }
        return new NextOffer(account, main.series(), main.wonDeals(), highest, null, null, null,
                highest.name() + " is the top of series " + main.series() + " and every series was bought");
    }

    private static Map<String, SeriesTally> tallies(List<Opportunity> won, CrmDataset dataset) {
        ProductLadder ladder = dataset.ladder();
        Map<String, SeriesTally> tallies = new TreeMap<>();
        for (Opportunity opportunity : won) {
            Product product = dataset.product(opportunity);
            SeriesTally deal = new SeriesTally(product.series(), 1, opportunity.closeValue(), product);
            tallies.merge(product.series(), deal, (a, b) -> new SeriesTally(a.series(), a.wonDeals() + 1,
                    a.bookings().add(b.bookings()),
                    ladder.position(b.highest()) > ladder.position(a.highest()) ? b.highest() : a.highest()));
        }
        return tallies;
    }
}
