package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.DuckDbDialect;
import io.idem.store.PostgresDialect;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.SqlDialect;
import io.idem.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The fixed cases give the same results in memory, on DuckDB and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAgreementTest {

    private PostgresTestDatabase postgresDatabase;
    private Connection postgres;
    private Connection duckdb;

    @BeforeAll
    void openEngines() throws SQLException {
        postgresDatabase = PostgresTestDatabase.create();
        StoreLocation location = postgresDatabase.location();
        postgres = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    void closeEngines() throws SQLException {
        duckdb.close();
        postgres.close();
        postgresDatabase.close();
    }

    @Test
    void postgresAgreesWithMemory() throws SQLException {
        assertThat(disagreements(postgres, new PostgresDialect())).isEmpty();
    }

    @Test
    void duckDbAgreesWithMemory() throws SQLException {
        assertThat(disagreements(duckdb, new DuckDbDialect())).isEmpty();
    }

    @Test
    void fixedCasesProduceValuesAndMissing() {
        long present = 0;
        long missing = 0;
        for (String text : FixedAgreementCases.EXPRESSIONS) {
            for (Map<String, Object> row : FixedAgreementCases.rows()) {
                Object value = Evaluator.evaluate(Expressions.parse(text), AgreementTable.bindings(row, FixedAgreementCases.AS_OF));
                if (value == null) {
                    missing++;
                } else {
                    present++;
                }
            }
        }

        assertThat(present).isGreaterThan(missing);
        assertThat(missing).isGreaterThan(FixedAgreementCases.EXPRESSIONS.size());
    }

    /** Returns one line per expression and row where the engine's result differs from memory's. */
    private static List<String> disagreements(Connection connection, SqlDialect dialect) throws SQLException {
        AgreementTable table = new AgreementTable(connection, dialect);
        List<Map<String, Object>> rows = FixedAgreementCases.rows();
        table.replaceRows(rows);
        ColumnResolver resolver = ColumnResolver.columns(dialect, "t", AgreementTable.SCOPE);

        List<String> problems = new ArrayList<>();
        for (String text : FixedAgreementCases.EXPRESSIONS) {
            Expression expression = Expressions.parse(text);
            Type type = TypeChecker.check(expression, AgreementTable.SCOPE);
            SqlFragment fragment = SqlCompiler.compile(expression, dialect, resolver);
            List<Object> database = table.select(fragment, type, FixedAgreementCases.AS_OF);
            for (int i = 0; i < rows.size(); i++) {
                Object memory = Evaluator.evaluate(expression, AgreementTable.bindings(rows.get(i), FixedAgreementCases.AS_OF));
                if (!AgreementTable.agree(memory, database.get(i))) {
                    problems.add(text + " on row " + i + ": memory " + memory + ", " + dialect.name() + " " + database.get(i));
                }
            }
        }
        return problems;
    }
}
