package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idem.store.DuckDbDialect;
import io.idem.store.PostgresDialect;
import io.idem.store.SparkDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlCompilerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final Scope SCOPE = Scope.of(Map.of(
            "usage_30d", Type.NUMBER,
            "mrr", Type.MONEY,
            "feature", Type.STRING,
            "signup_date", Type.DATE,
            "escalated", Type.BOOLEAN));

    private Connection connection;

    @BeforeEach
    void openDuckDb() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (usage_30d BIGINT, mrr DECIMAL(18,4), feature VARCHAR, signup_date DATE, escalated BOOLEAN)");
            statement.execute("INSERT INTO t VALUES (25, 100.5, 'reports', DATE '2024-01-15', TRUE),"
                    + " (5, 0, 'x''); DROP TABLE t; --', DATE '2023-06-01', FALSE), (NULL, NULL, NULL, NULL, NULL)");
        }
    }

    @AfterEach
    void closeDuckDb() throws SQLException {
        connection.close();
    }

    private static SqlFragment compile(String text) {
        return SqlCompiler.compile(Expressions.parse(text), new DuckDbDialect(), ColumnResolver.columns(new DuckDbDialect(), "t", SCOPE));
    }

    private List<Object> column(SqlFragment fragment) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + fragment.sql() + " FROM t ORDER BY rowid")) {
            fragment.bind(statement, 1, AS_OF);
            try (ResultSet rows = statement.executeQuery()) {
                List<Object> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
                return values;
            }
        }
    }

    @Test
    void bindsNumberLiteralAndCastsColumn() {
        SqlFragment fragment = compile("usage_30d > 20");

        assertThat(fragment.sql()).isEqualTo("(CAST(\"t\".\"usage_30d\" AS DOUBLE PRECISION) > CAST(? AS DOUBLE PRECISION))");
        assertThat(fragment.parameters()).containsExactly(20.0);
    }

    @Test
    void bindsEveryLiteralAsParameter() {
        SqlFragment fragment = compile("feature in ('Basic', 'Pro') and signup_date > date '2023-02-17' and usage_30d > 731 and signup_date < as_of - 45d");

        assertThat(fragment.sql()).doesNotContain("Basic", "Pro", "2023", "731", "45");
        assertThat(fragment.parameters()).containsExactly("Basic", "Pro", LocalDate.of(2023, 2, 17), 731.0,
                SqlFragment.Placeholder.AS_OF, 45L);
    }

    @Test
    void evaluatesConditionOnDuckDb() throws SQLException {
        assertThat(column(compile("usage_30d >= 20 and escalated"))).containsExactly(true, false, null);
        assertThat(column(compile("usage_30d is missing"))).containsExactly(false, false, true);
        assertThat(column(compile("mrr / usage_30d"))).containsExactly(100.5 / 25, 0.0, null);
        assertThat(column(compile("pct_change(usage_30d, mrr)"))).containsExactly((25 - 100.5) / 100.5, null, null);
    }

    @Test
    void bindsAsOfDate() throws SQLException {
        SqlFragment fragment = compile("as_of - 30d");

        assertThat(fragment.usesAsOf()).isTrue();
        assertThat(fragment.parameters(AS_OF)).containsExactly(AS_OF, 30L);
        assertThat(column(fragment)).containsOnly(LocalDate.of(2024, 1, 31));
    }

    @Test
    void countsDaysFromFirstToSecondDate() throws SQLException {
        assertThat(column(compile("days_between(signup_date, as_of)"))).containsExactly(46.0, 274.0, null);
        assertThat(column(compile("as_of - signup_date"))).containsExactly(46L, 274L, null);
    }

    @Test
    void keepsParameterOrderOfDialectTemplate() {
        Expression expression = Expressions.parse("days_between(date '2024-01-01', date '2024-03-01')");
        ColumnResolver none = ColumnResolver.of(Map.of());

        SqlFragment duckdb = SqlCompiler.compile(expression, new DuckDbDialect(), none);
        SqlFragment postgres = SqlCompiler.compile(expression, new PostgresDialect(), none);

        assertThat(duckdb.parameters()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        assertThat(postgres.sql()).isEqualTo("CAST((CAST(CAST(? AS DATE) AS DATE) - CAST(CAST(? AS DATE) AS DATE)) AS DOUBLE PRECISION)");
        assertThat(postgres.parameters()).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 1));
    }

    @Test
    void quotesColumnsForSpark() {
        SqlFragment fragment = SqlCompiler.compile(Expressions.parse("days_between(signup_date, as_of) > 30"), new SparkDialect(),
                ColumnResolver.columns(new SparkDialect(), "f", SCOPE));

        assertThat(fragment.sql()).isEqualTo("(CAST(datediff(CAST(CAST(? AS DATE) AS DATE), CAST(`f`.`signup_date` AS DATE)) AS DOUBLE)"
                + " > CAST(? AS DOUBLE))");
    }

    @Test
    void bindsInjectionAttemptAsPlainText() throws SQLException {
        String attack = "feature = 'x''); DROP TABLE t; --'";

        SqlFragment fragment = compile(attack);

        assertThat(fragment.sql()).doesNotContain("DROP").doesNotContain("--");
        assertThat(fragment.parameters()).containsExactly("x'); DROP TABLE t; --");
        assertThat(column(fragment)).containsExactly(false, true, null);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(3);
        }
    }

    @Test
    void wrapsComputedColumnInParentheses() {
        ColumnResolver resolver = name -> new SqlColumn("\"t\".\"signup_date\" + 1", Type.DATE);

        SqlFragment fragment = SqlCompiler.compile(Expressions.parse("signup is missing"), new DuckDbDialect(), resolver);

        assertThat(fragment.sql()).isEqualTo("((\"t\".\"signup_date\" + 1) IS NULL)");
    }

    @Test
    void reportsUnknownColumnAtItsPosition() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> compile("usage_30d > 1 and feture = 'a'"));

        assertThat(error.kind()).isEqualTo(ExpressionException.Kind.UNKNOWN_NAME);
        assertThat(error.column()).isEqualTo(19);
        assertThat(error.problem()).isEqualTo("unknown column 'feture'");
        assertThat(error.fix()).isEqualTo("did you mean 'feature'?");
    }

    @Test
    void wrapsResolverFailure() {
        ColumnResolver failing = name -> {
            throw new IllegalStateException("no table for " + name);
        };

        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> SqlCompiler.compile(Expressions.parse("1 + usage"), new DuckDbDialect(), failing));

        assertThat(error.kind()).isEqualTo(ExpressionException.Kind.UNKNOWN_NAME);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.problem()).isEqualTo("cannot find a column for 'usage': no table for usage");
        assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsTypeErrorsBeforeEmittingSql() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> compile("mrr > '100'"));

        assertThat(error.kind()).isEqualTo(ExpressionException.Kind.TYPE);
        assertThat(error.column()).isEqualTo(5);
    }

    @Test
    void rejectsFragmentWithWrongParameterCount() {
        assertThatThrownBy(() -> new SqlFragment("a = ?", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SQL has 1 placeholders but 0 parameters: a = ?");
    }
}
