package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that run before anything is loaded. */
class ImportChecksTest {

    private static final String SOURCES = """
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: {type: string, required: true}
                  plan: {from: plan_tier, type: string}
              tickets:
                kind: tickets
                file: tickets.csv
                columns:
                  account_id: string
                  opened_on: {from: submitted_at, type: date}
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

    private ImportException importFailure(Workspace workspace) {
        return (ImportException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Importer.importAll(workspace, files.data(), store, "run-1"));
    }

    @Test
    void collectsEveryProblemAndLoadsNothing() throws IOException, SQLException {
        files.csv("accounts.csv", "account_id,plan_teir\nA-1,Basic\n");
        Workspace workspace = files.workspace(SOURCES);

        ImportException failure = importFailure(workspace);

        assertThat(failure).isNotNull();
        List<ImportProblem> problems = failure.problems();
        assertThat(problems).hasSize(2);
        ImportProblem header = problems.get(0);
        assertThat(header.file()).isEqualTo(files.data().resolve("accounts.csv").toAbsolutePath());
        assertThat(header.line()).isEqualTo(1);
        assertThat(header.value()).isEqualTo("plan_tier");
        assertThat(header.message()).isEqualTo("the header has no column 'plan_tier'");
        assertThat(header.fix()).isEqualTo("did you mean 'plan_teir'?");
        ImportProblem missing = problems.get(1);
        assertThat(missing.file()).isEqualTo(files.data().resolve("tickets.csv").toAbsolutePath());
        assertThat(missing.message()).isEqualTo("file not found");
        assertThat(missing.fix()).contains("from --data, else the 'data' setting").contains("'file' of source 'tickets'");
        assertThat(failure.getMessage()).contains("accounts.csv:1: source accounts: column 'plan': the header has no column");
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM import_file")).isZero();
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'src_%'")).isZero();
    }

    @Test
    void listsHeadersWhenNoneIsClose() throws IOException {
        files.csv("accounts.csv", "account_id,tier_of_plan\nA-1,Basic\n");
        files.csv("tickets.csv", "account_id,submitted_at\n");
        Workspace workspace = files.workspace(SOURCES);

        ImportProblem problem = importFailure(workspace).problems().get(0);

        assertThat(problem.fix()).isEqualTo("use one of: account_id, tier_of_plan");
    }

    @Test
    void hintsAtDelimiterWhenHeaderIsOneField() throws IOException {
        files.csv("accounts.csv", "account_id:plan_tier\nA-1:Basic\n");
        files.csv("tickets.csv", "account_id,submitted_at\n");
        Workspace workspace = files.workspace(SOURCES);

        List<ImportProblem> problems = importFailure(workspace).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).fix()).contains("Set 'delimiter' on the source");
    }

    @Test
    void reportsInvalidUtf8WithLineAndBytes() throws IOException {
        byte[] latin1 = "account_id,plan_tier\nA-1,Basic\nA-2,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        files.bytes("accounts.csv", latin1);
        files.csv("tickets.csv", "account_id,submitted_at\n");
        Workspace workspace = files.workspace(SOURCES);

        ImportProblem problem = importFailure(workspace).problems().get(0);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.value()).isEqualTo("0xE9");
        assertThat(problem.message()).isEqualTo("bytes that are not valid utf-8");
        assertThat(problem.fix()).contains("set 'encoding: windows-1252' on source 'accounts'");
    }

    @Test
    void rejectsUtf8ByteOrderMarkInWindows1252Source() throws IOException {
        files.csv("accounts.csv", "\uFEFFaccount_id,plan_tier\nA-1,Basic\n");
        files.csv("tickets.csv", "account_id,submitted_at\n");
        Workspace workspace = files.workspace(SOURCES.replace("file: accounts.csv", "file: accounts.csv\n    encoding: windows-1252"));

        ImportProblem problem = importFailure(workspace).problems().get(0);

        assertThat(problem.message()).contains("UTF-8 byte-order mark");
        assertThat(problem.fix()).isEqualTo("set 'encoding: utf-8' on source 'accounts'");
    }

    @Test
    void rejectsEmptyFileAndRepeatedHeader() throws IOException {
        files.csv("accounts.csv", "");
        files.csv("tickets.csv", "account_id,submitted_at,account_id\n");
        Workspace workspace = files.workspace(SOURCES);

        List<ImportProblem> problems = importFailure(workspace).problems();

        assertThat(problems).extracting(ImportProblem::message).containsExactly(
                "the file is empty",
                "the header names 'account_id' more than once, in fields 1 and 3");
    }

    @Test
    void importsFileWithHeaderOnly() throws IOException {
        files.csv("accounts.csv", "account_id,plan_tier\n");
        files.csv("tickets.csv", "account_id,submitted_at");
        Workspace workspace = files.workspace(SOURCES);

        ImportSummary summary = Importer.importAll(workspace, files.data(), store, "run-1");

        assertThat(summary.rowsRead()).isZero();
        assertThat(summary.files()).hasSize(2);
    }

    @Test
    void rejectsCyclicAccountLinks() throws IOException {
        files.csv("a.csv", "account_id,x,y\n");
        files.csv("b.csv", "account_id,x,y\n");
        Workspace workspace = files.workspace("""
                  first:
                    kind: accounts
                    file: a.csv
                    key: [x]
                    account_link: {source: second, column: y}
                    columns: {account_id: string, x: string, y: string}
                  second:
                    kind: other
                    file: b.csv
                    key: [y]
                    account_link: {source: first, column: x}
                    columns: {account_id: string, x: string, y: string}
                """);

        ImportProblem problem = importFailure(workspace).problems().get(0);

        assertThat(problem.message()).isEqualTo("the account links of these sources form a cycle");
        assertThat(problem.value()).isEqualTo("first, second");
    }

    @Test
    void rejectsNullRunId() throws IOException {
        Workspace workspace = files.workspace(SOURCES);

        assertThatThrownBy(() -> Importer.importAll(workspace, files.data(), store, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("runId is null");
    }
}
