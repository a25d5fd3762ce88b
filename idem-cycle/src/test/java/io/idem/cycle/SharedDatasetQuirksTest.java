package io.idem.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.ingest.FileImport;
import io.idem.ingest.ImportSummary;
import io.idem.ingest.Importer;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quirks of the IBM Telco churn file (a space for a missing number, 0/1 next to Yes/No flags,
 * three-valued services) and of the Maven CRM files (CRLF line ends, blank fields, misspelt names).
 * Each file is imported the way a workspace would declare it, and the store is compared with counts
 * made here from the files. docs/data-quirks.md states the rule behind each check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDatasetQuirksTest {

    /** The customers whose TotalCharges is a single space in the Telco file, all with tenure 0. */
    private static final Set<String> BLANK_TOTAL_CHARGES = Set.of("4472-LVYGI", "3115-CZMZD", "5709-LVOEQ", "4367-NUYAO", "1371-DWPAZ",
            "7644-OMVMY", "3213-VVOLG", "2520-SGTTA", "2923-ARZLG", "4075-WKNIU", "2775-SEFEE");

    private static final String TELCO = """
            idem: 1
            workspace: telco
            sources:
              customers:
                kind: accounts
                file: Telco-Customer-Churn.csv
                key: [account_id]
                columns:
                  account_id: {from: customerID, type: string, required: true}
                  senior_citizen: {from: SeniorCitizen, type: boolean}
                  partner: {from: Partner, type: boolean}
                  tenure: integer
                  multiple_lines: {from: MultipleLines, type: string}
                  online_security: {from: OnlineSecurity, type: string}
                  monthly_charges: {from: MonthlyCharges, type: money}
                  total_charges: {from: TotalCharges, type: money}
                  churn: {from: Churn, type: boolean}
            """;

    private static final String CRM = """
            idem: 1
            workspace: crm
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {from: account, type: string, required: true}
                  sector: string
                  year_established: integer
                  revenue: number
                  employees: integer
                  office_location: string
                  subsidiary_of: string
              pipeline:
                kind: other
                file: sales_pipeline.csv
                key: [opportunity_id]
                columns:
                  opportunity_id: {type: string, required: true}
                  sales_agent: string
                  product: string
                  account_id: {from: account, type: string}
                  deal_stage: string
                  engage_date: date
                  close_date: date
                  close_value: money
            """;

    @TempDir
    static Path temp;

    private Store telcoStore;
    private ImportSummary telco;
    private Store crmStore;
    private ImportSummary crm;

    @BeforeAll
    void importBoth() throws IOException {
        telcoStore = Store.open(StoreLocation.duckDb(temp.resolve("telco.duckdb")));
        telco = Importer.importAll(workspace("telco", TELCO), SharedData.folder("ibm-telco-customer-churn"), telcoStore, "quirks-telco");
        crmStore = Store.open(StoreLocation.duckDb(temp.resolve("crm.duckdb")));
        crm = Importer.importAll(workspace("crm", CRM), SharedData.folder("maven-crm-sales-opportunities"), crmStore, "quirks-crm");
    }

    @AfterAll
    void closeStores() {
        telcoStore.close();
        crmStore.close();
    }

    @Test
    void telcoLoadsEveryCustomer() {
        FileImport customers = telco.file("customers").orElseThrow();

        assertThat(customers.rowsRead()).isEqualTo(7_043);
        assertThat(customers.rowsQuarantined()).isZero();
    }

    @Test
    void telcoSpaceInTotalChargesIsMissing() throws IOException, SQLException {
        List<Map<String, String>> rows = telcoRows();
        Set<String> spaces = rows.stream().filter(r -> r.get("TotalCharges").equals(" ")).map(r -> r.get("customerID"))
                .collect(Collectors.toSet());
        BigDecimal total = rows.stream().filter(r -> !r.get("TotalCharges").isBlank()).map(r -> new BigDecimal(r.get("TotalCharges")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(spaces).isEqualTo(BLANK_TOTAL_CHARGES);
        assertThat(strings(telcoStore, "SELECT account_id FROM src_customers WHERE total_charges IS NULL")).isEqualTo(BLANK_TOTAL_CHARGES);
        assertThat(strings(telcoStore, "SELECT DISTINCT tenure FROM src_customers WHERE total_charges IS NULL")).containsExactly("0");
        assertThat(decimal(telcoStore, "SELECT sum(total_charges) FROM src_customers")).isEqualByComparingTo(total);
    }

    @Test
    void telcoFlagFormsAreBooleans() throws IOException, SQLException {
        List<Map<String, String>> rows = telcoRows();

        assertThat(count(telcoStore, "SELECT count(*) FROM src_customers WHERE senior_citizen"))
                .isEqualTo(rows.stream().filter(r -> r.get("SeniorCitizen").equals("1")).count());
        assertThat(count(telcoStore, "SELECT count(*) FROM src_customers WHERE partner"))
                .isEqualTo(rows.stream().filter(r -> r.get("Partner").equals("Yes")).count());
        assertThat(count(telcoStore, "SELECT count(*) FROM src_customers WHERE churn")).isEqualTo(1_869);
    }

    @Test
    void telcoThreeValuedServicesStayText() throws IOException, SQLException {
        List<Map<String, String>> rows = telcoRows();
        long notEligible = rows.stream().filter(r -> r.get("OnlineSecurity").equals("No internet service")).count();
        long noPhone = rows.stream().filter(r -> r.get("MultipleLines").equals("No phone service")).count();

        assertThat(notEligible).isEqualTo(rows.stream().filter(r -> r.get("InternetService").equals("No")).count()).isEqualTo(1_526);
        assertThat(count(telcoStore, "SELECT count(*) FROM src_customers WHERE online_security = 'No internet service'")).isEqualTo(notEligible);
        assertThat(count(telcoStore, "SELECT count(*) FROM src_customers WHERE multiple_lines = 'No phone service'")).isEqualTo(noPhone);
    }

    @Test
    void telcoChargesLoadExactly() throws IOException, SQLException {
        BigDecimal monthly = telcoRows().stream().map(r -> new BigDecimal(r.get("MonthlyCharges"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(decimal(telcoStore, "SELECT sum(monthly_charges) FROM src_customers")).isEqualByComparingTo(monthly);
    }

    @Test
    void crmCrlfLinesLoadCleanly() throws SQLException {
        assertThat(crm.file("accounts").orElseThrow().rowsLoaded()).isEqualTo(85);
        assertThat(crm.file("pipeline").orElseThrow().rowsLoaded()).isEqualTo(8_800);
        assertThat(crm.rowsQuarantined()).isZero();
        assertThat(count(crmStore, "SELECT count(*) FROM src_accounts WHERE subsidiary_of LIKE '%' || chr(13) || '%'")).isZero();
        assertThat(count(crmStore, "SELECT count(*) FROM src_accounts WHERE subsidiary_of IS NULL")).isPositive();
    }

    @Test
    void crmBlankFieldsAreMissing() throws IOException, SQLException {
        List<Map<String, String>> rows = SharedData.read(SharedData.folder("maven-crm-sales-opportunities").resolve("sales_pipeline.csv"));
        long open = rows.stream().filter(r -> Set.of("Engaging", "Prospecting").contains(r.get("deal_stage"))).count();

        assertThat(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE account_id IS NULL")).isEqualTo(1_425);
        assertThat(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE engage_date IS NULL")).isEqualTo(500)
                .isEqualTo(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE deal_stage = 'Prospecting'"));
        assertThat(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE close_date IS NULL AND close_value IS NULL")).isEqualTo(open)
                .isEqualTo(2_089);
        assertThat(decimal(crmStore, "SELECT sum(close_value) FROM src_pipeline WHERE deal_stage = 'Won'"))
                .isEqualByComparingTo(new BigDecimal("10005534"));
    }

    @Test
    void crmNamesAreKeptAsWritten() throws SQLException {
        assertThat(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE product = 'GTXPro'")).isEqualTo(1_480);
        assertThat(count(crmStore, "SELECT count(*) FROM src_pipeline WHERE product = 'GTX Pro'")).isZero();
        assertThat(count(crmStore, "SELECT count(*) FROM src_accounts WHERE sector = 'technolgy'")).isEqualTo(12);
        assertThat(count(crmStore, "SELECT count(*) FROM src_accounts WHERE office_location = 'Philipines'")).isPositive();
    }

    private static List<Map<String, String>> telcoRows() throws IOException {
        return SharedData.read(SharedData.folder("ibm-telco-customer-churn").resolve("Telco-Customer-Churn.csv"));
    }

    private static Workspace workspace(String name, String configuration) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("idem.yaml"), configuration);
        return WorkspaceLoader.load(folder);
    }

    private static long count(Store store, String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static BigDecimal decimal(Store store, String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    private static Set<String> strings(Store store, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
