package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accounts, products, sales agents and opportunities of one CRM export, with every reference resolved: each
 * opportunity names a known agent, a known product and either a known account or none.
 */
public final class CrmDataset {

    private final Map<String, Account> accounts;
    private final ProductLadder ladder;
    private final Map<String, SalesAgent> agents;
    private final List<Opportunity> opportunities;

    /**
     * Builds the dataset, keeping file order.
     *
     * @throws IllegalArgumentException when a name appears twice or an opportunity refers to an unknown agent,
     *     product or account
     */
    public CrmDataset(List<Account> accounts, ProductLadder ladder, List<SalesAgent> agents,
            List<Opportunity> opportunities) {
        this.accounts = index(requireNonNull(accounts, "accounts is null"), Account::name, "account");
        this.ladder = requireNonNull(ladder, "ladder is null");
        this.agents = index(requireNonNull(agents, "agents is null"), SalesAgent::name, "sales agent");
        this.opportunities = List.copyOf(requireNonNull(opportunities, "opportunities is null"));
        for (Opportunity opportunity : this.opportunities) {
            checkReferences(opportunity);
        }
    }

    public Collection<Account> accounts() {
        return accounts.values();
    }

    public Optional<Account> account(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    public ProductLadder ladder() {
        return ladder;
    }

    public Collection<SalesAgent> agents() {
        return agents.values();
    }

    public SalesAgent agent(String name) {
        SalesAgent agent = agents.get(name);
        if (agent == null) {
            throw new IllegalArgumentException("unknown sales agent '" + name + "'");
        }
        return agent;
    }

    /** Returns the product an opportunity sold; every opportunity's product is on the ladder. */
    public Product product(Opportunity opportunity) {
        return ladder.product(opportunity.product()).orElseThrow();
    }

    public List<Opportunity> opportunities() {
        return opportunities;
    }

    private void checkReferences(Opportunity opportunity) {
        if (!agents.containsKey(opportunity.salesAgent())) {
            throw new IllegalArgumentException("opportunity " + opportunity.id() + " names unknown sales agent '"
                    + opportunity.salesAgent() + "'");
        }
        if (ladder.product(opportunity.product()).isEmpty()) {
            throw new IllegalArgumentException("opportunity " + opportunity.id() + " names unknown product '"
                    + opportunity.product() + "'");
        }
        opportunity.account().filter(name -> !accounts.containsKey(name)).ifPresent(name -> {
            throw new IllegalArgumentException("opportunity " + opportunity.id() + " names unknown account '"
                    + name + "'");
        });
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key, String kind) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T value : values) {
            if (index.putIfAbsent(key.apply(value), value) != null) {
                throw new IllegalArgumentException(kind + " '" + key.apply(value) + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(index);
    }
}
