package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports small files written by each test into an embedded DuckDB store. */
class ImporterTest {

    private static final String ACCOUNTS = """
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  name: {from: Account Name, type: string}
                  signup: {from: signup_date, type: date, required: true}
                  seats: integer
                  trial: {from: is_trial, type: boolean}
                  balance: money
                  score: number
                  last_seen: timestamp
            """;

    @TempDir
    Path temp;
    private TestWorkspace files;
    private Store store;

    @BeforeEach
    void openStore() throws IOException {
        files = new TestWorkspace(temp);
        store = Store.open(StoreLocation.duckDb(temp.resolve("store").resolve("idem.duckdb")));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ImportSummary importAll(Workspace workspace) {
        return Importer.importAll(workspace, files.data(), store, "run-1");
    }

    @Test
    void loadsTypedRowsWithTheirLines() throws IOException, SQLException {
        files.csv("accounts.csv", "\uFEFFaccount_id,Account Name,signup_date,seats,is_trial,balance,score,last_seen\r\n"
                + "A-1,\"Acme, Inc.\",2024-01-31,12,True,\"$1,234.50\",4.5,2024-02-01 10:00:00\r\n"
                + "A-2,\"Two\r\nLines \"\"Ltd\"\"\",20240215,12.0,no,(12.00),1e3,2024-02-02\r\n"
                + "A-3,  , 2024-03-01T08:30:00 ,,,,,\r\n");
        Workspace workspace = files.workspace(ACCOUNTS);

        ImportSummary summary = importAll(workspace);

        FileImport accounts = summary.file("accounts").orElseThrow();
        assertThat(accounts.rowsRead()).isEqualTo(3);
        assertThat(accounts.rowsLoaded()).isEqualTo(3);
        assertThat(accounts.rowsQuarantined()).isZero();
        assertThat(accounts.skipped()).isFalse();
        List<List<Object>> rows = StoreRows.query(store, "SELECT * FROM src_accounts ORDER BY _line");
        assertThat(rows.get(0)).containsExactly("A-1", "Acme, Inc.", LocalDate.of(2024, 1, 31), 12L, true,
                new BigDecimal("1234.5000"), 4.5, LocalDateTime.of(2024, 2, 1, 10, 0), 2L);
        assertThat(rows.get(1)).containsExactly("A-2", "Two\r\nLines \"Ltd\"", LocalDate.of(2024, 2, 15), 12L, false,
                new BigDecimal("-12.0000"), 1000.0, LocalDateTime.of(2024, 2, 2, 0, 0), 3L);
        assertThat(rows.get(2)).containsExactly("A-3", null, LocalDate.of(2024, 3, 1), null, null, null, null, null, 5L);
        assertThat(accounts.warnings()).containsExactlyInAnyOrder(
                new RuleWarning(ImportRule.TIME_OF_DAY_DROPPED, "signup", 1),
                new RuleWarning(ImportRule.INTEGRAL_DECIMAL_AS_INTEGER, "seats", 1),
                new RuleWarning(ImportRule.FORMATTED_MONEY, "balance", 2),
                new RuleWarning(ImportRule.DATE_AS_MIDNIGHT, "last_seen", 1));
    }

    @Test
    void quarantinesInvalidRowsWithReasons() throws IOException, SQLException {
        files.csv("accounts.csv", """
                account_id,Account Name,signup_date,seats,is_trial,balance,score,last_seen
                A-1,One,2024-01-31,12.5,maybe,1.23456,x,
                A-2,Two,,1,true,1,1,
                A-3,Three,2024-01-31
                A-4,"Four"x,2024-01-31,1,true,1,1,
                A-5,Five,2024-01-31,1,true,1,1,
                A-5,Again,2024-02-01,2,false,2,2,
                ,Blank key,2024-02-01,2,false,2,2,
                """);
        Workspace workspace = files.workspace(ACCOUNTS);

        FileImport accounts = importAll(workspace).file("accounts").orElseThrow();

        assertThat(accounts.rowsRead()).isEqualTo(7);
        assertThat(accounts.rowsLoaded()).isEqualTo(1);
        assertThat(accounts.rowsQuarantined()).isEqualTo(6);
        assertThat(accounts.warnings()).containsExactly(new RuleWarning(ImportRule.DUPLICATE_KEY, "account_id", 1));
        List<List<Object>> quarantine = StoreRows.query(store, "SELECT line_number, column_name, raw_value, reason, raw_line, "
                + "source_name, file_name, run_id FROM quarantine_row ORDER BY line_number, column_name");
        assertThat(quarantine).extracting(r -> r.get(0), r -> r.get(1), r -> r.get(2))
                .containsExactly(
                        tuple(2L, "balance", "1.23456"), tuple(2L, "score", "x"), tuple(2L, "seats", "12.5"),
                        tuple(2L, "trial", "maybe"),
                        tuple(3L, "signup", ""),
                        tuple(4L, null, null),
                        tuple(5L, null, null),
                        tuple(7L, "account_id", "A-5"),
                        tuple(8L, "account_id", ""));
        assertThat(quarantine.get(0).get(3)).isEqualTo("money has 5 fractional digits; at most 4 are kept and amounts are never "
                + "rounded (money column, header 'balance')");
        assertThat(quarantine.get(4).get(3)).asString().startsWith("missing value in a required column");
        assertThat(quarantine.get(5).get(3)).isEqualTo("the row has 3 fields, the header has 8");
        assertThat(quarantine.get(6).get(3)).asString().contains("after the closing quote");
        assertThat(quarantine.get(7).get(3)).isEqualTo("duplicate key: line 6 has the same key");
        assertThat(quarantine.get(8).get(3)).asString().startsWith("missing value in a required column");
        assertThat(quarantine.get(5).get(4)).isEqualTo("A-3,Three,2024-01-31");
        assertThat(quarantine).allSatisfy(r -> assertThat(r.subList(5, 8)).containsExactly("accounts", "accounts.csv", "run-1"));
        assertThat(StoreRows.query(store, "SELECT account_id, name FROM src_accounts")).containsExactly(List.of("A-5", "Five"));
    }

    @Test
    void readsWindows1252WithDetectedSemicolons() throws IOException, SQLException {
        files.csv("accounts.csv", "account_id;Account Name;signup_date;seats;is_trial;balance;score;last_seen\n"
                + "A-1;Caf\u00e9 M\u00fcller \u2013 \u20ac;2024-01-31;1;y;1 234,50 \u20ac;0.5;\n"
                + "A-2;Na\u00efve;2024-01-31;1;n;12,50;0,5;\n", Charset.forName("windows-1252"));
        Workspace workspace = files.workspace(ACCOUNTS.replace("file: accounts.csv", "file: accounts.csv\n    encoding: windows-1252"));

        FileImport accounts = importAll(workspace).file("accounts").orElseThrow();

        assertThat(accounts.rowsLoaded()).isEqualTo(1);
        assertThat(StoreRows.query(store, "SELECT name, balance FROM src_accounts"))
                .containsExactly(List.of("Caf\u00e9 M\u00fcller \u2013 \u20ac", new BigDecimal("1234.5000")));
        assertThat(StoreRows.query(store, "SELECT raw_value, raw_line FROM quarantine_row"))
                .containsExactly(List.of("0,5", "A-2;Na\u00efve;2024-01-31;1;n;12,50;0,5;"));
    }

    @Test
    void usesExplicitTabAndPipeDelimiters() throws IOException, SQLException {
        files.csv("accounts.tsv", "account_id\tsignup_date\nA-1\t2024-01-31\n");
        files.csv("events.psv", "account_id|churned_on|note\nA-1|2024-05-01|a,b;c\n");
        Workspace workspace = files.workspace("""
                  accounts:
                    kind: accounts
                    file: accounts.tsv
                    delimiter: tab
                    columns:
                      account_id: {type: string, required: true}
                      signup_date: date
                  churn:
                    kind: churn_events
                    file: events.psv
                    delimiter: "|"
                    columns:
                      account_id: string
                      churned_on: date
                      note: string
                """);

        ImportSummary summary = importAll(workspace);

        assertThat(summary.rowsLoaded()).isEqualTo(2);
        assertThat(StoreRows.query(store, "SELECT account_id, churned_on, note FROM src_churn"))
                .containsExactly(List.of("A-1", LocalDate.of(2024, 5, 1), "a,b;c"));
    }

    @Test
    void quarantinesUnmatchedLinksAndCountsUsageOutsideSubscription() throws IOException, SQLException {
        files.csv("accounts.csv", "account_id\nA-1\n");
        files.csv("subscriptions.csv", """
                subscription_id,account_id,start_date,end_date,mrr
                S-1,A-1,2024-03-01,2024-06-30,100
                S-2,A-1,2024-01-01,,50
                """);
        files.csv("usage.csv", """
                subscription_id,event_date,count
                S-1,2024-02-01,1
                S-1,2024-03-01,1
                S-1,2024-06-30,1
                S-1,2024-07-01,1
                S-2,2023-12-31,1
                S-2,2030-01-01,1
                S-9,2024-03-01,1
                ,2024-03-01,1
                """);
        Workspace workspace = files.workspace("""
                  usage:
                    kind: usage
                    file: usage.csv
                    account_link: {source: subscriptions, column: subscription_id}
                    columns:
                      subscription_id: string
                      event_date: date
                      count: integer
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: string
                  subscriptions:
                    kind: subscriptions
                    file: subscriptions.csv
                    key: [subscription_id]
                    columns:
                      subscription_id: string
                      account_id: string
                      start_date: date
                      end_date: date
                      mrr: money
                """);

        ImportSummary summary = importAll(workspace);

        assertThat(summary.files()).extracting(FileImport::sourceName).containsExactly("accounts", "subscriptions", "usage");
        FileImport usage = summary.file("usage").orElseThrow();
        assertThat(usage.rowsLoaded()).isEqualTo(6);
        assertThat(usage.rowsQuarantined()).isEqualTo(2);
        assertThat(usage.warnings()).containsExactly(
                new RuleWarning(ImportRule.UNMATCHED_LINK, "subscription_id", 2),
                new RuleWarning(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START, "event_date", 2),
                new RuleWarning(ImportRule.USAGE_AFTER_SUBSCRIPTION_END, "event_date", 1));
        assertThat(StoreRows.query(store, "SELECT line_number, raw_value, reason FROM quarantine_row ORDER BY line_number"))
                .containsExactly(
                        List.of(8L, "S-9", "link value 'S-9' matches no row of source subscriptions"),
                        Arrays.asList(9L, null, "missing link value of source subscriptions"));
    }

    @Test
    void importsEachRowOnceWhenKeyIsInteger() throws IOException, SQLException {
        files.csv("accounts.csv", "account_id,n\nA-1,1\nA-2,1.0\nA-3,2\n");
        Workspace workspace = files.workspace("""
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    key: [n]
                    columns:
                      account_id: string
                      n: integer
                """);

        FileImport accounts = importAll(workspace).file("accounts").orElseThrow();

        assertThat(accounts.rowsLoaded()).isEqualTo(2);
        assertThat(StoreRows.query(store, "SELECT line_number, reason FROM quarantine_row"))
                .containsExactly(List.of(3L, "duplicate key: line 2 has the same key"));
    }
}
