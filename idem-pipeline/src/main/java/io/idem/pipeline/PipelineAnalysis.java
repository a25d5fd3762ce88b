package io.idem.pipeline;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.crm.ImportSummary;
import io.idem.pipeline.motion.ClassifiedDeal;
import io.idem.pipeline.offer.NextOffer;
import io.idem.pipeline.report.AgentPerformance;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.ExpansionBookings;
import io.idem.pipeline.report.MotionPerformance;
import io.idem.pipeline.report.ProductPerformance;
import java.util.List;

/**
 * Everything one analysis of a CRM export produces.
 *
 * @param importSummary row counts and data rules of the import
 * @param overall figures over every opportunity
 * @param products figures by product, in ladder order
 * @param agents figures by sales agent, by regional office, manager and agent name; agents without opportunities
 *     are listed with zero counts
 * @param motions figures by motion over closed deals with an account, every motion present
 * @param deals closed deals with an account and their motions
 * @param bookings won bookings by motion, overall and by quarter
 * @param offers next offer per account with won deals
 */
public record PipelineAnalysis(ImportSummary importSummary, DealStats overall, List<ProductPerformance> products,
        List<AgentPerformance> agents, List<MotionPerformance> motions, List<ClassifiedDeal> deals,
        ExpansionBookings bookings, List<NextOffer> offers) {

    public PipelineAnalysis {
        requireNonNull(importSummary, "importSummary is null");
        requireNonNull(overall, "overall is null");
        products = List.copyOf(products);
        agents = List.copyOf(agents);
        motions = List.copyOf(motions);
        deals = List.copyOf(deals);
        requireNonNull(bookings, "bookings is null");
        offers = List.copyOf(offers);
    }
}
