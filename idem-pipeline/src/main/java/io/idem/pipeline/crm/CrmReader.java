package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.ProductLadder;
import io.idem.pipeline.model.SalesAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CRM export folder in the layout of the Maven Analytics "CRM + Sales Opportunities" data: accounts.csv,
 * products.csv, sales_teams.csv, sales_pipeline.csv and, optionally, data_dictionary.csv.
 *
 * <p>Each data rule is logged at INFO with the number of rows it touched: spelling corrections, product aliases,
 * opportunities without account (kept for win rates by product and agent, left out of account-level expansion),
 * open deals without close date (left out of cycle times and win-rate denominators), Prospecting deals without
 * engage date and lost deals with close value 0 (which add nothing to bookings).
 */
public final class CrmReader {

    public static final String ACCOUNTS = "accounts.csv";
    public static final String PRODUCTS = "products.csv";
    public static final String SALES_TEAMS = "sales_teams.csv";
    public static final String SALES_PIPELINE = "sales_pipeline.csv";
    public static final String DATA_DICTIONARY = "data_dictionary.csv";

    private static final Logger LOG = LoggerFactory.getLogger(CrmReader.class);

    private final List<ValueCorrection> corrections;
    private final Map<String, String> productAliases;

    /** Creates a reader with the corrections and product aliases of the Maven CRM export. */
    public CrmReader() {
        this(ValueCorrections.MAVEN_CRM, ProductAliases.MAVEN_CRM);
    }

    public CrmReader(List<ValueCorrection> corrections, Map<String, String> productAliases) {
        this.corrections = List.copyOf(requireNonNull(corrections, "corrections is null"));
        this.productAliases = Map.copyOf(requireNonNull(productAliases, "productAliases is null"));
    }

    /**
     * Reads and checks every file of the folder.
     *
     * @throws CrmDataException for a missing folder or file and for the first invalid header or row
     */
    public CrmImport read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw CrmDataException.atFile(folder, "data folder not found", "give the folder that contains "
                    + String.join(", ", ACCOUNTS, PRODUCTS, SALES_TEAMS, SALES_PIPELINE), null);
        }
        ValueCorrections corrected = new ValueCorrections(corrections);
        ProductAliases aliases = new ProductAliases(productAliases);
        Optional<DataDictionary> dictionary = dictionary(folder.resolve(DATA_DICTIONARY));

        CsvTable productTable = table(folder, PRODUCTS, ProductReader.TABLE, ProductReader.COLUMNS, dictionary);
        CsvTable teamTable = table(folder, SALES_TEAMS, SalesTeamReader.TABLE, SalesTeamReader.COLUMNS, dictionary);
        CsvTable accountTable = table(folder, ACCOUNTS, AccountReader.TABLE, AccountReader.COLUMNS, dictionary);
        CsvTable pipelineTable = table(folder, SALES_PIPELINE, OpportunityReader.TABLE, OpportunityReader.COLUMNS,
                dictionary);

        ProductLadder ladder = new ProductLadder(ProductReader.read(productTable));
        List<SalesAgent> agents = SalesTeamReader.read(teamTable);
        List<Account> accounts = AccountReader.read(accountTable, corrected);
        OpportunityReader opportunityReader = new OpportunityReader(ladder, aliases,
                agents.stream().map(SalesAgent::name).collect(Collectors.toSet()),
                accounts.stream().map(Account::name).collect(Collectors.toSet()));
        List<Opportunity> opportunities = opportunityReader.read(pipelineTable);

        CrmDataset dataset = new CrmDataset(accounts, ladder, agents, opportunities);
        Map<String, Integer> trimmed = new LinkedHashMap<>();
        for (CsvTable table : List.of(accountTable, productTable, teamTable, pipelineTable)) {
            trimmed.put(table.file().getFileName().toString(), table.trimmedValues());
        }
        dictionary.ifPresent(described -> trimmed.put(DATA_DICTIONARY, described.trimmedValues()));
        ImportSummary summary = ImportSummary.of(folder, dataset, corrected, aliases, trimmed, dictionary.isPresent());
        logRules(summary);
        return new CrmImport(dataset, summary);
    }

    private static String byLabel(Map<DealStage, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey().label() + " " + entry.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Optional<DataDictionary> dictionary(Path file) {
        if (!Files.exists(file)) {
            LOG.info("No {} in {}; the file headers are checked against the required columns only",
                    DATA_DICTIONARY, file.getParent());
            return Optional.empty();
        }
        DataDictionary dictionary = DataDictionary.read(file);
        LOG.info("Read {} field descriptions from {}", dictionary.entries().size(), file);
        return Optional.of(dictionary);
    }

    private static CsvTable table(Path folder, String fileName, String tableName, List<String> columns,
            Optional<DataDictionary> dictionary) {
        CsvTable table = CsvTable.read(folder.resolve(fileName), columns);
        dictionary.ifPresent(described -> described.checkHeader(tableName, table));
        LOG.debug("Read {} rows from {}", table.rows().size(), table.file());
        return table;
    }

    private static void logRules(ImportSummary summary) {
        LOG.info("Read {} accounts, {} products, {} sales agents and {} opportunities from {}", summary.accounts(),
                summary.products(), summary.salesAgents(), summary.opportunities(), summary.folder());
        summary.productAliases().forEach((alias, count) -> LOG.info(
                "Product alias {} resolved {} opportunities; only names listed in the alias table are mapped",
                alias, count));
        summary.corrections().forEach((correction, count) -> LOG.info(
                "Spelling correction {} replaced {} values; only exact matches are replaced", correction, count));
        LOG.info("{} opportunities have no account {}: they count in win rates by product and agent, and are left"
                + " out of account-level expansion", summary.withoutAccountTotal(), byLabel(summary.withoutAccount()));
        if (summary.closedWithoutAccount() > 0) {
            LOG.warn("{} won or lost opportunities have no account, so they get no motion; their bookings are"
                    + " reported as unattributed", summary.closedWithoutAccount());
        }
        LOG.info("{} open opportunities {} have no close date: they are left out of cycle times and win-rate"
                + " denominators", summary.openTotal(), byLabel(summary.openDeals()));
        LOG.info("{} Prospecting opportunities have no engage date; they have not reached the Engaging stage",
                summary.prospectingWithoutEngageDate());
        LOG.info("{} lost opportunities have close value 0; bookings count won deals only",
                summary.lostWithZeroValue());
        if (!summary.agentsWithoutOpportunities().isEmpty()) {
            LOG.info("{} sales agents own no opportunity and get no win rate: {}",
                    summary.agentsWithoutOpportunities().size(), summary.agentsWithoutOpportunities());
        }
        summary.trimmedValues().forEach((file, count) -> {
            if (count > 0) {
                LOG.info("Trimmed surrounding whitespace from {} values of {}", count, file);
            }
        });
    }
}
