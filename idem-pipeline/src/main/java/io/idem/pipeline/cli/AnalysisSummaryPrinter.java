package io.idem.pipeline.cli;

import io.idem.pipeline.PipelineAnalysis;
import io.idem.pipeline.crm.ImportSummary;
import io.idem.pipeline.motion.Motion;
import io.idem.pipeline.offer.NextOffer;
import io.idem.pipeline.output.PipelineOutput;
import io.idem.pipeline.report.BookingsSplit;
import io.idem.pipeline.report.DealStats;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Prints the few lines that {@code pipeline analyze} shows after writing its reports. */
final class AnalysisSummaryPrinter {

    private final PrintWriter out;

    AnalysisSummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(PipelineAnalysis analysis, Path folder) {
        ImportSummary summary = analysis.importSummary();
        out.printf(Locale.ROOT, "Read %d opportunities, %d accounts, %d products and %d sales agents from %s%n",
                summary.opportunities(), summary.accounts(), summary.products(), summary.salesAgents(),
                summary.folder());
        out.printf(Locale.ROOT, "Left out: %d opportunities without account from account-level expansion,"
                + " %d open deals from cycle times and win rates%n", summary.withoutAccountTotal(),
                summary.openTotal());

        DealStats overall = analysis.overall();
        out.printf(Locale.ROOT, "Win rate %s (%d won, %d lost); average sales cycle %s days%n",
                rate(overall.winRate()), overall.won(), overall.lost(), days(overall.averageCycleDays()));

        BookingsSplit bookings = analysis.bookings().overall();
        out.printf(Locale.ROOT, "Won bookings %s: new business %s, upsell %s, cross-sell %s; expansion share %s%n",
                money(bookings.total()), money(bookings.newBusiness()), money(bookings.upsell()),
                money(bookings.crossSell()), rate(bookings.expansionShare()));

        List<NextOffer> offers = analysis.offers();
        BigDecimal expected = offers.stream().map(NextOffer::expectedValue).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        out.printf(Locale.ROOT, "Next offers for %d accounts: %d upsell, %d cross-sell, %d none; expected value %s%n",
                offers.size(), count(offers, Motion.UPSELL), count(offers, Motion.CROSS_SELL), count(offers, null),
                money(expected));
        out.printf(Locale.ROOT, "Wrote %d files to %s%n", PipelineOutput.FILES.size(), folder);
    }

    private static long count(List<NextOffer> offers, Motion motion) {
        return offers.stream().filter(offer -> offer.motion() == motion).count();
    }

    private static String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.getAsDouble()) : "n/a";
    }

    private static String days(OptionalDouble days) {
        return days.isPresent() ? String.format(Locale.ROOT, "%.1f", days.getAsDouble()) : "n/a";
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }
}
