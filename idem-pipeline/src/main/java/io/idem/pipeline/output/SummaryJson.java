package io.idem.pipeline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.pipeline.PipelineAnalysis;
import io.idem.pipeline.crm.ImportSummary;
import io.idem.pipeline.motion.Motion;
import io.idem.pipeline.offer.NextOffer;
import io.idem.pipeline.report.BookingsSplit;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.ExpansionBookings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Builds summary.json: import counts and data rules, overall win rate and cycle, bookings by motion with the
 * expansion share, the same-day tie count and the next-offer totals. A figure that cannot be computed is null,
 * with a reason beside it.
 */
final class SummaryJson {

    private final ObjectMapper mapper;

    SummaryJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode build(PipelineAnalysis analysis, List<String> files) {
        ObjectNode root = mapper.createObjectNode();
        root.put("data", analysis.importSummary().folder().toString());
        root.set("import", importNode(analysis.importSummary()));
        root.set("pipeline", statsNode(analysis.overall()));
        root.set("bookings", bookingsNode(analysis.bookings()));
        root.set("next_offers", offersNode(analysis.offers()));
        ArrayNode written = root.putArray("files");
        files.forEach(written::add);
        return root;
    }

    private ObjectNode importNode(ImportSummary summary) {
        ObjectNode node = mapper.createObjectNode();
        node.put("accounts", summary.accounts());
        node.put("products", summary.products());
        node.put("sales_agents", summary.salesAgents());
        node.put("opportunities", summary.opportunities());
        node.set("product_aliases", counts(summary.productAliases()));
        node.set("corrections", counts(summary.corrections()));
        ObjectNode withoutAccount = node.putObject("opportunities_without_account");
        withoutAccount.put("total", summary.withoutAccountTotal());
        summary.withoutAccount().forEach((stage, count) -> withoutAccount.put(stage.label(), count));
        ObjectNode open = node.putObject("open_without_close_date");
        open.put("total", summary.openTotal());
        summary.openDeals().forEach((stage, count) -> open.put(stage.label(), count));
        node.put("prospecting_without_engage_date", summary.prospectingWithoutEngageDate());
        node.put("lost_with_zero_value", summary.lostWithZeroValue());
        node.put("closed_without_account", summary.closedWithoutAccount());
        ArrayNode idle = node.putArray("agents_without_opportunities");
        summary.agentsWithoutOpportunities().forEach(idle::add);
        node.set("trimmed_values", counts(summary.trimmedValues()));
        node.put("data_dictionary_checked", summary.dictionaryChecked());
        return node;
    }

    private ObjectNode statsNode(DealStats stats) {
        ObjectNode node = mapper.createObjectNode();
        node.put("opportunities", stats.opportunities());
        node.put("open", stats.open());
        node.put("won", stats.won());
        node.put("lost", stats.lost());
        putValue(node, "win_rate", stats.winRate(), 4, "no won or lost deal");
        putValue(node, "avg_cycle_days", stats.averageCycleDays(), 2, "no won or lost deal");
        node.put("won_bookings", Formats.cents(stats.wonBookings()));
        return node;
    }

    private ObjectNode bookingsNode(ExpansionBookings bookings) {
        BookingsSplit overall = bookings.overall();
        ObjectNode node = mapper.createObjectNode();
        node.put("won_deals", overall.wonDeals());
        node.put("won", Formats.cents(overall.total()));
        node.put(Motion.NEW_BUSINESS.code(), Formats.cents(overall.newBusiness()));
        node.put(Motion.UPSELL.code(), Formats.cents(overall.upsell()));
        node.put(Motion.CROSS_SELL.code(), Formats.cents(overall.crossSell()));
        node.put("unattributed", Formats.cents(overall.unattributed()));
        node.put("expansion", Formats.cents(overall.expansion()));
        putValue(node, "expansion_share", overall.expansionShare(), 4, "no won bookings");
        ObjectNode sameDay = node.putObject("same_day_as_first_win");
        sameDay.put("deals", bookings.sameDayDeals());
        sameDay.put("bookings", Formats.cents(bookings.sameDayBookings()));
        putValue(sameDay, "expansion_share_if_new_business", bookings.expansionShareWithSameDayAsNewBusiness(), 4, "no won bookings");
        return node;
    }

    private ObjectNode offersNode(List<NextOffer> offers) {
        ObjectNode node = mapper.createObjectNode();
        node.put("accounts", offers.size());
        node.put(Motion.UPSELL.code(), offers.stream().filter(offer -> offer.motion() == Motion.UPSELL).count());
        node.put(Motion.CROSS_SELL.code(),
                offers.stream().filter(offer -> offer.motion() == Motion.CROSS_SELL).count());
        node.put("none", offers.stream().filter(offer -> offer.motion() == null).count());
        BigDecimal expected = offers.stream().map(NextOffer::expectedValue).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        node.put("expected_value", Formats.cents(expected));
        return node;
    }

    private ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode node = mapper.createObjectNode();
        counts.forEach(node::put);
        return node;
    }

    private static void putValue(ObjectNode node, String name, OptionalDouble value, int decimals, String reason) {
        Double rounded = Formats.rounded(value, decimals);
        if (rounded == null) {
            node.putNull(name);
            node.put(name + "_reason", reason);
        } else {
            node.put(name, rounded);
        }
    }
}
