package io.idem.pipeline.motion;

import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classifies each closed deal of an account as new business, upsell or cross-sell.
 *
 * <p>The closed deals of an account are ordered by close date, ties by opportunity id in string order. Walking
 * that order, a deal is:
 * <ul>
 *   <li><b>new business</b> when no won deal precedes it, so the account's first won deal is new business;</li>
 *   <li><b>upsell</b> when a preceding won deal sold a product of the same series, whichever product that was;</li>
 *   <li><b>cross-sell</b> when preceding won deals exist but none in this deal's series.</li>
 * </ul>
 * A deal that closes on the same day as the account's first win is ordered by its id like any other tie. So
 * exactly one won deal per account is new business, and a same-day deal with a larger id is expansion. Those
 * deals are flagged, so reports can show how much the tie rule moves the expansion share. Lost deals get the
 * motion they would have had if won. Deals without an account and open deals get no motion.
 */
public final class MotionClassifier {

    /** Order of an account's closed deals: close date, then opportunity id. */
    public static final Comparator<Opportunity> CLOSE_ORDER =
            Comparator.comparing(Opportunity::closeDate).thenComparing(Opportunity::id);

    /** Returns the classified closed deals with an account, by account name, then in close order. */
    public List<ClassifiedDeal> classify(CrmDataset dataset) {
        Map<String, List<Opportunity>> byAccount = new TreeMap<>();
        for (Opportunity opportunity : dataset.opportunities()) {
            if (opportunity.stage().isClosed() && opportunity.account().isPresent()) {
                byAccount.computeIfAbsent(opportunity.accountName(), name -> new ArrayList<>()).add(opportunity);
            }
        }

        List<ClassifiedDeal> deals = new ArrayList<>();
        for (List<Opportunity> closed : byAccount.values()) {
            closed.sort(CLOSE_ORDER);
            deals.addAll(classifyAccount(closed, dataset));
        }
        return deals;
    }

    private static List<ClassifiedDeal> classifyAccount(List<Opportunity> closedInOrder, CrmDataset dataset) {
        List<ClassifiedDeal> deals = new ArrayList<>(closedInOrder.size());
        Set<String> seriesBought = new HashSet<>();
        LocalDate firstWin = null;
        for (Opportunity opportunity : closedInOrder) {
            String series = dataset.product(opportunity).series();
            Motion motion;
            if (seriesBought.isEmpty()) {
                motion = Motion.NEW_BUSINESS;
            } else if (seriesBought.contains(series)) {
                motion = Motion.UPSELL;
            } else {
                motion = Motion.CROSS_SELL;
            }
            boolean sameDay = firstWin != null && firstWin.equals(opportunity.closeDate());
            deals.add(new ClassifiedDeal(opportunity, series, motion, sameDay));

            if (opportunity.stage() == DealStage.WON) {
                seriesBought.add(series);
                if (firstWin == null) {
                    firstWin = opportunity.closeDate();
                }
            }
        }
        return deals;
    }
}
