package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

/**
 * A sales agent from sales_teams.csv with the manager and regional office the agent reports to.
 *
 * @param name agent name, the key that sales_pipeline.csv refers to
 * @param manager name of the agent's sales manager
 * @param regionalOffice regional office, for example {@code Central}
 */
public record SalesAgent(String name, String manager, String regionalOffice) {

    public SalesAgent {
        requireNonNull(name, "name is null");
        requireNonNull(manager, "manager is null");
        requireNonNull(regionalOffice, "regionalOffice is null");
        if (name.isBlank() || manager.isBlank() || regionalOffice.isBlank()) {
            throw new IllegalArgumentException("sales agent, manager and regional office must not be blank: '"
                    + name + "', '" + manager + "', '" + regionalOffice + "'");
        }
    }
}
