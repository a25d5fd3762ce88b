package io.idem.pipeline;

import io.idem.pipeline.crm.CrmImport;
import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.Product;
import io.idem.pipeline.model.SalesAgent;
import io.idem.pipeline.motion.ClassifiedDeal;
import io.idem.pipeline.motion.Motion;
import io.idem.pipeline.motion.MotionClassifier;
import io.idem.pipeline.offer.NextOffer;
import io.idem.pipeline.offer.NextOfferPlanner;
import io.idem.pipeline.report.AgentPerformance;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.ExpansionBookings;
import io.idem.pipeline.report.MotionPerformance;
import io.idem.pipeline.report.ProductPerformance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes win rates, sales cycles, motions, expansion bookings and next offers of an imported CRM export. */
public final class PipelineAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineAnalyzer.class);

    private static final Comparator<SalesAgent> AGENT_ORDER = Comparator.comparing(SalesAgent::regionalOffice)
            .thenComparing(SalesAgent::manager).thenComparing(SalesAgent::name);

    private final MotionClassifier classifier = new MotionClassifier();
    private final NextOfferPlanner planner = new NextOfferPlanner();

    public PipelineAnalysis analyze(CrmImport imported) {
        CrmDataset dataset = imported.dataset();
        List<Opportunity> opportunities = dataset.opportunities();

        List<ProductPerformance> products = new ArrayList<>();
        Map<String, List<Opportunity>> byProduct = group(opportunities, Opportunity::product);
        for (Product product : dataset.ladder().products()) {
            products.add(new ProductPerformance(product, DealStats.of(byProduct.getOrDefault(product.name(),
                    List.of()))));
        }

        List<AgentPerformance> agents = new ArrayList<>();
        Map<String, List<Opportunity>> byAgent = group(opportunities, Opportunity::salesAgent);
        for (SalesAgent agent : dataset.agents().stream().sorted(AGENT_ORDER).toList()) {
            agents.add(new AgentPerformance(agent, DealStats.of(byAgent.getOrDefault(agent.name(), List.of()))));
        }

        List<ClassifiedDeal> deals = classifier.classify(dataset);
        Map<Motion, List<Opportunity>> byMotion = new EnumMap<>(Motion.class);
        for (ClassifiedDeal deal : deals) {
            byMotion.computeIfAbsent(deal.motion(), motion -> new ArrayList<>()).add(deal.opportunity());
        }
        List<MotionPerformance> motions = new ArrayList<>();
        for (Motion motion : Motion.values()) {
            motions.add(new MotionPerformance(motion, DealStats.of(byMotion.getOrDefault(motion, List.of()))));
        }

        List<Opportunity> closedWithoutAccount = opportunities.stream()
                .filter(opportunity -> opportunity.stage().isClosed() && opportunity.account().isEmpty())
                .toList();
        ExpansionBookings bookings = ExpansionBookings.of(deals, closedWithoutAccount);
        List<NextOffer> offers = planner.plan(dataset);

        LOG.info("Classified {} closed deals with an account; expansion bookings {} of {} won bookings",
                deals.size(), bookings.overall().expansion(), bookings.overall().total());
        return new PipelineAnalysis(imported.summary(), DealStats.of(opportunities), products, agents, motions, deals,
                bookings, offers);
    }

    private static <K> Map<K, List<Opportunity>> group(List<Opportunity> opportunities,
            Function<Opportunity, K> key) {
        return opportunities.stream().collect(Collectors.groupingBy(key));
    }
}
