package io.idem.pipeline.crm;

import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.ProductLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads sales_pipeline.csv and checks each row against its stage and against the other tables.
 *
 * <p>Rules by stage, following the data dictionary (the engage date starts the Engaging stage, the close date is
 * when the deal was won or lost):
 * <ul>
 *   <li>Won and Lost need an engage date, a close date on or after it and a non-negative close value.</li>
 *   <li>Engaging needs an engage date and must leave close date and close value blank.</li>
 *   <li>Prospecting may leave the engage date blank and must leave close date and close value blank.</li>
 * </ul>
 * A blank account is kept as an opportunity without account. Product names go through the alias table.
 */
final class OpportunityReader {

    static final String TABLE = "sales_pipeline";
    static final List<String> COLUMNS = List.of("opportunity_id", "sales_agent", "product", "account", "deal_stage",
            "engage_date", "close_date", "close_value");

    private static final String STAGES =
            Arrays.stream(DealStage.values()).map(DealStage::label).collect(Collectors.joining(", "));

    private final ProductLadder ladder;
    private final ProductAliases aliases;
    private final Set<String> agents;
    private final Set<String> accounts;

    OpportunityReader(ProductLadder ladder, ProductAliases aliases, Set<String> agents, Set<String> accounts) {
        this.ladder = ladder;
        this.aliases = aliases;
        this.agents = Set.copyOf(agents);
        this.accounts = Set.copyOf(accounts);
    }

    /**
     * Returns the opportunities in file order.
     *
     * @throws CrmDataException for the first row that breaks a rule, naming its line, column and value
     */
    List<Opportunity> read(CsvTable table) {
        List<Opportunity> opportunities = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String id = row.requiredText("opportunity_id");
            Long previous = firstLine.putIfAbsent(id, row.line());
            if (previous != null) {
                throw row.invalid("opportunity_id", "the id is already used on line " + previous,
                        "give each opportunity its own id");
            }
            opportunities.add(opportunity(row, id));
        }
        return opportunities;
    }

    private Opportunity opportunity(CsvRow row, String id) {
        String agent = row.requiredText("sales_agent");
        if (!agents.contains(agent)) {
            throw row.invalid("sales_agent", "the agent is not listed in sales_teams.csv",
                    "add the agent to sales_teams.csv or correct the name");
        }
        String product = product(row);
        String account = account(row);
        DealStage stage = DealStage.fromLabel(row.requiredText("deal_stage")).orElseThrow(() ->
                row.invalid("deal_stage", "unknown deal stage", "use one of " + STAGES));

        LocalDate engage = stage == DealStage.PROSPECTING && row.isBlank("engage_date") ? null
                : row.date("engage_date");
        if (!stage.isClosed()) {
            requireBlank(row, "close_date", stage);
            requireBlank(row, "close_value", stage);
            return new Opportunity(id, agent, product, account, stage, engage, null, null, row.line());
        }

        LocalDate close = row.date("close_date");
        if (close.isBefore(engage)) {
            throw row.invalid("close_date", "the deal closes before its engage date " + engage,
                    "correct the close date or the engage date");
        }
        BigDecimal value = row.decimal("close_value");
        if (value.signum() < 0) {
            throw row.invalid("close_value", "the close value must not be negative",
                    "write the deal revenue in USD, or 0 for a lost deal");
        }
        return new Opportunity(id, agent, product, account, stage, engage, close, value, row.line());
    }

    private String product(CsvRow row) {
        String name = row.requiredText("product");
        return aliases.resolve(name, ladder).orElseThrow(() -> {
            String known = ladder.products().stream().map(product -> product.name())
                    .collect(Collectors.joining(", "));
            String alias = aliases.target(name).map(target -> "; its alias target '" + target
                    + "' is not in products.csv either").orElse("");
            return row.invalid("product", "not a product of products.csv" + alias,
                    "use one of " + known + ", or add the product to products.csv");
        });
    }

    private String account(CsvRow row) {
        if (row.isBlank("account")) {
            return null;
        }
        String account = row.text("account");
        if (!accounts.contains(account)) {
            throw row.invalid("account", "the account is not listed in accounts.csv",
                    "add the account to accounts.csv, correct the name, or leave it blank");
        }
        return account;
    }

    private static void requireBlank(CsvRow row, String column, DealStage stage) {
        if (!row.isBlank(column)) {
            throw row.invalid(column, "an open deal (" + stage.label() + ") has no " + column,
                    "set deal_stage to Won or Lost, or clear " + column);
        }
    }
}
