package io.idem.pipeline.output;

import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.motion.ClassifiedDeal;
import io.idem.pipeline.offer.NextOffer;
import io.idem.pipeline.report.AgentPerformance;
import io.idem.pipeline.report.BookingsSplit;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.MotionPerformance;
import io.idem.pipeline.report.ProductPerformance;
import io.idem.pipeline.report.YearQuarter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the CSV reports of an analysis, with LF line endings and quotes only where a value needs them. */
final class CsvReports {

    static final String BY_PRODUCT = "win_rate_by_product.csv";
    static final String BY_AGENT = "win_rate_by_agent.csv";
    static final String BY_MOTION = "win_rate_by_motion.csv";
    static final String BY_QUARTER = "expansion_by_quarter.csv";
    static final String DEALS = "deal_motions.csv";
    static final String OFFERS = "next_offers.csv";

    private static final List<String> STATS_HEADER =
            List.of("opportunities", "open", "won", "lost", "win_rate", "avg_cycle_days", "won_bookings");

    private CsvReports() {
    }

    static void byProduct(Path file, List<ProductPerformance> rows) throws IOException {
        try (CSVPrinter printer = printer(file, header(List.of("product", "series", "list_price"), STATS_HEADER))) {
            for (ProductPerformance row : rows) {
                List<Object> values = new ArrayList<>(List.of(row.product().name(), row.product().series(),
                        Formats.money(row.product().listPrice())));
                values.addAll(stats(row.stats()));
                printer.printRecord(values);
            }
        }
    }

    static void byAgent(Path file, List<AgentPerformance> rows) throws IOException {
        try (CSVPrinter printer = printer(file,
                header(List.of("sales_agent", "manager", "regional_office"), STATS_HEADER))) {
            for (AgentPerformance row : rows) {
                List<Object> values = new ArrayList<>(List.of(row.agent().name(), row.agent().manager(),
                        row.agent().regionalOffice()));
                values.addAll(stats(row.stats()));
                printer.printRecord(values);
            }
        }
    }

    static void byMotion(Path file, List<MotionPerformance> rows) throws IOException {
        try (CSVPrinter printer = printer(file,
                List.of("motion", "won", "lost", "win_rate", "avg_cycle_days", "won_bookings"))) {
            for (MotionPerformance row : rows) {
                DealStats stats = row.stats();
                printer.printRecord(row.motion().code(), stats.won(), stats.lost(), Formats.rate(stats.winRate()),
                        Formats.days(stats.averageCycleDays()), Formats.money(stats.wonBookings()));
            }
        }
    }

    static void byQuarter(Path file, Map<YearQuarter, BookingsSplit> quarters) throws IOException {
        try (CSVPrinter printer = printer(file, List.of("quarter", "won_deals", "new_business", "upsell",
                "cross_sell", "unattributed", "expansion", "won_bookings", "expansion_share"))) {
            for (Map.Entry<YearQuarter, BookingsSplit> entry : quarters.entrySet()) {
                BookingsSplit split = entry.getValue();
                printer.printRecord(entry.getKey(), split.wonDeals(), Formats.money(split.newBusiness()),
                        Formats.money(split.upsell()), Formats.money(split.crossSell()),
                        Formats.money(split.unattributed()), Formats.money(split.expansion()),
                        Formats.money(split.total()), Formats.rate(split.expansionShare()));
            }
        }
    }

    static void deals(Path file, List<ClassifiedDeal> deals) throws IOException {
        try (CSVPrinter printer = printer(file, List.of("opportunity_id", "account", "sales_agent", "product",
                "series", "deal_stage", "engage_date", "close_date", "close_value", "motion",
                "same_day_as_first_win"))) {
            for (ClassifiedDeal deal : deals) {
                Opportunity opportunity = deal.opportunity();
                printer.printRecord(opportunity.id(), opportunity.accountName(), opportunity.salesAgent(),
                        opportunity.product(), deal.series(), opportunity.stage().label(), opportunity.engageDate(),
                        opportunity.closeDate(), Formats.money(opportunity.closeValue()), deal.motion().code(),
                        deal.sameDayAsFirstWin());
            }
        }
    }

    static void offers(Path file, List<NextOffer> offers) throws IOException {
        try (CSVPrinter printer = printer(file, List.of("account", "sector", "main_series", "main_series_won_deals",
                "highest_product", "offer_motion", "offer_product", "offer_series", "expected_value", "reason"))) {
            for (NextOffer offer : offers) {
                printer.printRecord(offer.account().name(), offer.account().sector(), offer.mainSeries(),
                        offer.mainSeriesWonDeals(), offer.highestProduct().name(),
                        offer.motion() == null ? "" : offer.motion().code(),
                        offer.offered().map(product -> product.name()).orElse(""),
                        offer.offered().map(product -> product.series()).orElse(""),
                        Formats.money(offer.expectedValue()), offer.reason());
            }
        }
    }

    private static List<Object> stats(DealStats stats) {
        return List.of(stats.opportunities(), stats.open(), stats.won(), stats.lost(), Formats.rate(stats.winRate()),
                Formats.days(stats.averageCycleDays()), Formats.money(stats.wonBookings()));
    }

    private static List<String> header(List<String> first, List<String> rest) {
        List<String> header = new ArrayList<>(first);
        header.addAll(rest);
        return header;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new)).get();
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new CSVPrinter(writer, format);
        } catch (IOException e) {
            writer.close();
            throw e;
        }
    }
}
