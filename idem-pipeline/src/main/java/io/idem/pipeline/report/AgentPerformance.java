package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.SalesAgent;

/** Pipeline figures of one sales agent, counting opportunities with and without an account. */
public record AgentPerformance(SalesAgent agent, DealStats stats) {

    public AgentPerformance {
        requireNonNull(agent, "agent is null");
        requireNonNull(stats, "stats is null");
    }
}
