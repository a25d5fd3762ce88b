package io.idem.pipeline.crm;

import io.idem.pipeline.model.SalesAgent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads sales_teams.csv: each sales agent with manager and regional office. */
final class SalesTeamReader {

    static final String TABLE = "sales_teams";
    static final List<String> COLUMNS = List.of("sales_agent", "manager", "regional_office");

    private SalesTeamReader() {
    }

    /**
     * Returns the agents in file order.
     *
     * @throws CrmDataException for a blank value or an agent listed twice
     */
    static List<SalesAgent> read(CsvTable table) {
        List<SalesAgent> agents = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String name = row.requiredText("sales_agent");
            Long previous = firstLine.putIfAbsent(name, row.line());
            if (previous != null) {
                throw row.invalid("sales_agent", "the agent is already listed on line " + previous,
                        "list each agent once, with one manager and one regional office");
            }
            agents.add(new SalesAgent(name, row.requiredText("manager"), row.requiredText("regional_office")));
        }
        return agents;
    }
}
