package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.PostgresDialect;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random well-typed expressions give the same result in memory and on PostgreSQL; fewer tries than on DuckDB. */
class PostgresAgreementPropertyTest {

    private static final ExpressionGenerator GENERATOR = new ExpressionGenerator(3);

    private static PostgresTestDatabase database;
    private static Connection connection;
    private static AgreementTable table;

    @BeforeContainer
    static void openPostgres() throws SQLException {
        database = PostgresTestDatabase.create();
        StoreLocation location = database.location();
        connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
        table = new AgreementTable(connection, new PostgresDialect());
    }

    @AfterContainer
    static void closePostgres() throws SQLException {
        connection.close();
        database.close();
    }

    @Property(tries = 150)
    void memoryAndPostgresAgree(@ForAll("expressions") ExpressionGenerator.Generated generated,
                                @ForAll("rows") List<Map<String, Object>> rows) throws SQLException {
        LocalDate asOf = LocalDate.of(2024, 2, 29);
        Expression expression = Expressions.parse(generated.text());
        SqlFragment fragment = SqlCompiler.compile(expression, new PostgresDialect(),
                ColumnResolver.columns(new PostgresDialect(), "t", AgreementTable.SCOPE));

        table.replaceRows(rows);
        List<Object> database = table.select(fragment, generated.type(), asOf);

        for (int i = 0; i < rows.size(); i++) {
            Object memory = Evaluator.evaluate(expression, AgreementTable.bindings(rows.get(i), asOf));
            assertThat(AgreementTable.agree(memory, database.get(i)))
                    .as("%s%n  SQL %s%n  row %s%n  memory %s, PostgreSQL %s", generated.text(), fragment.sql(), rows.get(i), memory, database.get(i))
                    .isTrue();
        }
    }

    @Provide
    Arbitrary<ExpressionGenerator.Generated> expressions() {
        return GENERATOR.any();
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> rows() {
        return DuckDbAgreementPropertyTest.row().list().ofMinSize(1).ofMaxSize(5);
    }
}
