package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Row counts of an import and the number of rows each data rule touched.
 *
 * @param folder data folder
 * @param accounts rows of accounts.csv
 * @param products rows of products.csv
 * @param salesAgents rows of sales_teams.csv
 * @param opportunities rows of sales_pipeline.csv
 * @param corrections each spelling correction by label ({@code accounts.sector: technolgy -> technology}) with the
 *     number of values it replaced
 * @param productAliases each product alias by label ({@code GTXPro -> GTX Pro}) with the number of opportunities
 *     it resolved
 * @param withoutAccount opportunities with a blank account, by stage, every stage present
 * @param openDeals open opportunities, which have no close date and no close value, by stage (Prospecting and
 *     Engaging)
 * @param prospectingWithoutEngageDate Prospecting opportunities with a blank engage date
 * @param lostWithZeroValue Lost opportunities whose close value is 0
 * @param closedWithoutAccount Won or Lost opportunities with a blank account, which get no motion
 * @param agentsWithoutOpportunities agents of sales_teams.csv that own no opportunity, in file order
 * @param trimmedValues values trimmed of surrounding whitespace, by file name
 * @param dictionaryChecked whether data_dictionary.csv was present and every header was checked against it
 */
public record ImportSummary(Path folder, int accounts, int products, int salesAgents, int opportunities,
        Map<String, Integer> corrections, Map<String, Integer> productAliases, Map<DealStage, Integer> withoutAccount,
        Map<DealStage, Integer> openDeals, int prospectingWithoutEngageDate, int lostWithZeroValue,
        int closedWithoutAccount, List<String> agentsWithoutOpportunities, Map<String, Integer> trimmedValues,
        boolean dictionaryChecked) {

    public ImportSummary {
        requireNonNull(folder, "folder is null");
        corrections = ordered(corrections);
        productAliases = ordered(productAliases);
        withoutAccount = Collections.unmodifiableMap(new EnumMap<>(withoutAccount));
        openDeals = Collections.unmodifiableMap(new EnumMap<>(openDeals));
        agentsWithoutOpportunities = List.copyOf(agentsWithoutOpportunities);
        trimmedValues = ordered(trimmedValues);
    }

    /** Counts the rules that apply to a dataset, given the counters the readers kept. */
    static ImportSummary of(Path folder, CrmDataset dataset, ValueCorrections corrections, ProductAliases aliases,
            Map<String, Integer> trimmedValues, boolean dictionaryChecked) {
        List<Opportunity> opportunities = dataset.opportunities();

        Map<DealStage, Integer> withoutAccount = new EnumMap<>(DealStage.class);
        Map<DealStage, Integer> open = new EnumMap<>(DealStage.class);
        for (DealStage stage : DealStage.values()) {
            withoutAccount.put(stage, 0);
            if (!stage.isClosed()) {
                open.put(stage, 0);
            }
        }
        for (Opportunity opportunity : opportunities) {
            if (opportunity.account().isEmpty()) {
                withoutAccount.merge(opportunity.stage(), 1, Integer::sum);
            }
            if (!opportunity.stage().isClosed()) {
                open.merge(opportunity.stage(), 1, Integer::sum);
            }
        }

        Map<String, Integer> corrected = new LinkedHashMap<>();
        corrections.counts().forEach((correction, count) -> corrected.put(correction.label(), count));
        Map<String, Integer> aliased = new LinkedHashMap<>();
        aliases.counts().forEach((alias, count) -> aliased.put(alias + " -> " + aliases.target(alias).orElseThrow(),
                count));
        Set<String> activeAgents = opportunities.stream().map(Opportunity::salesAgent).collect(Collectors.toSet());

        return new ImportSummary(folder, dataset.accounts().size(), dataset.ladder().products().size(),
                dataset.agents().size(), opportunities.size(), corrected, aliased, withoutAccount, open,
                count(opportunities, o -> o.stage() == DealStage.PROSPECTING && o.engageDate() == null),
                count(opportunities, o -> o.stage() == DealStage.LOST && o.closeValue().compareTo(BigDecimal.ZERO) == 0),
                count(opportunities, o -> o.stage().isClosed() && o.account().isEmpty()),
                dataset.agents().stream().map(agent -> agent.name()).filter(name -> !activeAgents.contains(name))
                        .toList(),
                trimmedValues, dictionaryChecked);
    }

    /** Returns the number of opportunities with a blank account. */
    public int withoutAccountTotal() {
        return withoutAccount.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns the number of open opportunities. */
    public int openTotal() {
        return openDeals.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int count(List<Opportunity> opportunities, Predicate<Opportunity> test) {
        return (int) opportunities.stream().filter(test).count();
    }

    private static <K> Map<K, Integer> ordered(Map<K, Integer> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(map, "map is null")));
    }
}
