package io.idem.demo;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the seven demo sources straight into a store with {@code INSERT ... SELECT} over
 * {@code generate_series}, for benchmarks at millions of accounts where writing and importing CSV
 * files would take longer than the stage being measured. The tables have the layout the importer
 * creates for the demo workspace ({@code src_<source>}, the declared columns, then {@code _line}),
 * so the identify stage reads them as after {@code idem run}.
 *
 * <p>Every value is a function of the row number and the seed through an integer hash that DuckDB
 * and PostgreSQL compute alike, so the same spec gives the same rows on both engines. The data has
 * the demo's columns and value sets but none of its dynamics: each account has exactly
 * {@code eventsPerAccount} usage rows, spread over two years with more of them in recent months,
 * over 1 to 30 users and eleven features.
 */
public final class ScaleGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleGenerator.class);
    private static final String BENCH_WORKSPACE = "/io/idem/demo/idem-bench.yaml";

    /** Usage rows written per statement, so that progress can be reported between statements. */
    static final long USAGE_ROWS_PER_STATEMENT = 10_000_000L;
    static final int RESPONSES_PER_ACCOUNT = 3;
    static final int TICKETS_PER_ACCOUNT = 4;
    static final int TOUCHPOINTS_PER_ACCOUNT = 3;
    static final int INVOICES_PER_ACCOUNT = 6;
    static final int SUBSCRIPTIONS_PER_ACCOUNT = 2;
    static final int HISTORY_DAYS = 730;

    /** Receives the rows written so far out of the total of all tables. */
    @FunctionalInterface
    public interface Progress {
        void rowsWritten(long done, long total);
    }

    /** The options of one generation: account count, usage rows per account, seed and last day of history. */
    public record Spec(long accounts, int eventsPerAccount, long seed, LocalDate asOf) {
        public Spec {
            Objects.requireNonNull(asOf, "asOf is null");
            if (accounts < 1 || accounts > 10_000_000) {
                throw new IllegalArgumentException("invalid account count " + accounts + ": use 1 to 10,000,000");
            }
            if (eventsPerAccount < 0 || eventsPerAccount > 10_000) {
                throw new IllegalArgumentException("invalid usage events per account " + eventsPerAccount + ": use 0 to 10,000");
            }
        }

        public long usageRows() {
            return accounts * eventsPerAccount;
        }

        /** Rows of all seven tables. */
        public long totalRows() {
            return accounts * (1 + SUBSCRIPTIONS_PER_ACCOUNT + RESPONSES_PER_ACCOUNT + TICKETS_PER_ACCOUNT + TOUCHPOINTS_PER_ACCOUNT
                    + INVOICES_PER_ACCOUNT) + usageRows();
        }
    }

    private final Store store;
    private final SqlDialect dialect;
    private final Spec spec;
    private final int accountWidth;
    private final int eventWidth;

    private ScaleGenerator(Store store, Spec spec) {
        this.store = store;
        this.dialect = store.dialect();
        this.spec = spec;
        this.accountWidth = Math.max(DemoFiles.ACCOUNT_ID_WIDTH, Long.toString(spec.accounts()).length());
        this.eventWidth = Math.max(DemoFiles.EVENT_ID_WIDTH, Long.toString(spec.usageRows()).length());
    }

    /**
     * Replaces the source tables of {@code workspace} (which must declare the demo's seven sources
     * with their columns) with generated rows, and returns the row count of each table.
     */
    public static Map<String, Long> generate(Workspace workspace, Store store, Spec spec, Progress progress) {
        return new ScaleGenerator(store, spec).write(workspace, progress);
    }

    /**
     * Writes the benchmark workspace (the demo's seven sources, 50 features, 20 triggers and 20
     * segments) as {@code idem.yaml} in {@code folder} and returns the file.
     */
    public static Path writeBenchWorkspace(Path folder, LocalDate asOf) throws IOException {
        String yaml;
        try (InputStream in = ScaleGenerator.class.getResourceAsStream(BENCH_WORKSPACE)) {
            if (in == null) {
                throw new IllegalStateException(BENCH_WORKSPACE + " is missing from the class path of idem-demo");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, yaml.replace("{{as_of}}", asOf.toString()));
        return file;
    }

    private Map<String, Long> write(Workspace workspace, Progress progress) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long done = 0;
        long total = spec.totalRows();
        long accounts = spec.accounts();
        List<Table> tables = List.of(
                new Table("accounts", 1, accountsSelect()),
                new Table("subscriptions", SUBSCRIPTIONS_PER_ACCOUNT, subscriptionsSelect()),
                new Table("responses", RESPONSES_PER_ACCOUNT, responsesSelect()),
                new Table("tickets", TICKETS_PER_ACCOUNT, ticketsSelect()),
                new Table("touchpoints", TOUCHPOINTS_PER_ACCOUNT, touchpointsSelect()),
                new Table("invoices", INVOICES_PER_ACCOUNT, invoicesSelect()),
                new Table("usage", spec.eventsPerAccount(), usageSelect()));
        try {
            for (Table table : tables) {
                Source source = workspace.sources().get(table.source());
                if (source == null) {
                    throw new IllegalArgumentException("workspace " + workspace.name() + " has no source '" + table.source()
                            + "'; the scale generator writes the seven sources of the demo workspace");
                }
                createTable(source);
                long rows = accounts * table.rowsPerAccount();
                for (long first = 0; first < rows; first += USAGE_ROWS_PER_STATEMENT) {
                    long last = Math.min(rows, first + USAGE_ROWS_PER_STATEMENT) - 1;
                    insert(source, table.select(), first, last);
                    done += last - first + 1;
                    progress.rowsWritten(done, total);
                }
                counts.put(source.name(), rows);
                LOG.info("Generated {} rows of source {} ({} accounts, seed {})", rows, source.name(), accounts, spec.seed());
            }
            analyze(workspace);
        } catch (SQLException e) {
            throw new StoreException("cannot generate the benchmark data in " + store.location().describe() + ": " + e.getMessage(), e);
        }
        return counts;
    }

    private record Table(String source, int rowsPerAccount, String select) {
    }

    private void createTable(Source source) throws SQLException {
        String columns = source.columns().values().stream()
                .map(c -> dialect.quoteIdentifier(c.name()) + " " + dialect.typeName(c.type()))
                .collect(Collectors.joining(", "));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + dialect.quoteIdentifier(source.tableName()));
            statement.execute("CREATE TABLE " + dialect.quoteIdentifier(source.tableName()) + " (" + columns + ", "
                    + dialect.quoteIdentifier("_line") + " " + dialect.typeName(io.idem.store.ColumnType.INTEGER) + ")");
        }
    }

    /**
     * Inserts the rows numbered {@code first} to {@code last} (from 0) of one table. The select
     * lists the declared columns in the demo's order followed by {@code _line}. In it the row
     * number is {@code g.i}, and the as-of date and seed come from the one-row {@code p}.
     */
    private void insert(Source source, String select, long first, long last) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Column column : source.columns().values()) {
            names.add(dialect.quoteIdentifier(column.name()));
        }
        names.add(dialect.quoteIdentifier("_line"));
        String sql = "INSERT INTO " + dialect.quoteIdentifier(source.tableName()) + " (" + String.join(", ", names) + ")\n"
                + "SELECT " + select + "\nFROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS g(i)\n"
                + "CROSS JOIN (SELECT CAST(? AS DATE) AS as_of, CAST(? AS BIGINT) AS seed) p";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setLong(1, first);
            statement.setLong(2, last);
            statement.setObject(3, java.sql.Date.valueOf(spec.asOf()));
            statement.setLong(4, Math.floorMod(spec.seed(), 2_147_483_647L));
            statement.executeUpdate();
        }
    }

    private void analyze(Workspace workspace) throws SQLException {
        try (Statement statement = store.connection().createStatement()) {
            for (Source source : workspace.sources().values()) {
                statement.execute("ANALYZE " + dialect.quoteIdentifier(source.tableName()));
            }
        }
    }

    /**
     * Returns SQL for an integer hash, from 0 to 2,147,483,646, of {@code x} (a non-negative
     * BIGINT expression below 3 billion) and the seed. It takes a multiplicative step modulo the
     * prime 2^31 - 1, then squares the result modulo the same prime, so that consecutive row
     * numbers do not give evenly spaced values. Every intermediate value fits in a signed 64-bit
     * integer.
     */
    static String hash(String x, int salt) {
        String linear = "((" + x + ") * 2654435761 + p.seed * 7919 + " + salt * 104_729L + ") % 2147483647";
        return "((" + linear + ") * (" + linear + ") % 2147483647)";
    }

    private static String pick(String hash, String... values) {
        StringBuilder sql = new StringBuilder("CASE ").append(hash).append(" % ").append(values.length);
        for (int i = 0; i < values.length; i++) {
            sql.append(" WHEN ").append(i).append(" THEN '").append(values[i]).append("'");
        }
        return sql.append(" END").toString();
    }

    private String id(char prefix, String number, int width) {
        return "'" + prefix + "' || lpad(CAST(" + number + " AS VARCHAR), " + width + ", '0')";
    }

    private String daysBefore(String days) {
        return dialect.addDays("p.as_of", "-(" + days + ")");
    }

    /** Returns SQL for the 1-based account number of row {@code g.i} of a table with {@code perAccount} rows per account. */
    private static String account(int perAccount) {
        // DuckDB's / divides integers into a double, so the quotient is made exact before the cast.
        return "(CAST((g.i - g.i % " + perAccount + ") / " + perAccount + " AS BIGINT) + 1)";
    }

    /** Returns the digits of the row ids of a table with {@code perAccount} rows per account, at least the demo's 7. */
    private int rowIdWidth(int perAccount) {
        return Math.max(7, Long.toString(spec.accounts() * perAccount).length());
    }

    // Account-level draws shared by several tables, all functions of the account number.
    private static String segmentDraw(String account) {
        return hash(account, 1) + " % 10";
    }

    private static String seats(String account) {
        String segment = segmentDraw(account);
        return "CASE WHEN " + segment + " < 6 THEN 2 + " + hash(account, 2) + " % 19 WHEN " + segment + " < 9 THEN 6 + "
                + hash(account, 2) + " % 55 ELSE 20 + " + hash(account, 2) + " % 131 END";
    }

    private static String planIndex(String account) {
        return "(" + hash(account, 3) + " % 4)";
    }

    private static String plan(String account) {
        return "CASE " + planIndex(account) + " WHEN 0 THEN 'Starter' WHEN 1 THEN 'Growth' WHEN 2 THEN 'Scale' ELSE 'Enterprise' END";
    }

    private static String seatPrice(String account) {
        return "CASE " + planIndex(account) + " WHEN 0 THEN 15 WHEN 1 THEN 35 WHEN 2 THEN 65 ELSE 110 END";
    }

    private String accountsSelect() {
        String a = account(1);
        String segment = segmentDraw(a);
        return id('A', a, accountWidth) + ",\n"
                + "  'Account ' || CAST(" + a + " AS VARCHAR),\n"
                + "  " + pick(hash(a, 4), "Software", "Healthcare", "Finance", "Retail", "Manufacturing", "Education", "Media") + ",\n"
                + "  " + pick(hash(a, 5), "US", "US", "US", "GB", "DE", "FR", "CA", "AU", "JP", "NL") + ",\n"
                + "  CASE WHEN " + segment + " < 6 THEN 'smb' WHEN " + segment + " < 9 THEN 'mid_market' ELSE 'enterprise' END,\n"
                + "  " + daysBefore("30 + " + hash(a, 6) + " % 1800") + ",\n"
                + "  " + plan(a) + ",\n"
                + "  " + seats(a) + ",\n"
                + "  " + pick(hash(a, 7), "Avery Chen", "Jordan Patel", "Sam Rivera", "Lena Fischer", "Priya Nair", "Marcus Webb") + ",\n"
                + "  " + pick(hash(a, 5), "north_america", "north_america", "north_america", "emea", "emea", "emea", "north_america",
                "apac", "apac", "emea") + ",\n"
                + "  g.i + 2";
    }

    /**
     * Two subscriptions per account: an earlier one that ended, then the current one, which has
     * ended too for one account in eight (a churned account).
     */
    private String subscriptionsSelect() {
        String a = account(SUBSCRIPTIONS_PER_ACCOUNT);
        String second = "(g.i % 2 = 1)";
        String change = hash(a, 8) + " % 600";
        String churned = "(" + hash(a, 9) + " % 8 = 0)";
        String start = "CASE WHEN " + second + " THEN " + daysBefore(change) + " ELSE " + daysBefore("600 + " + hash(a, 10) + " % 400") + " END";
        String end = "CASE WHEN NOT " + second + " THEN " + daysBefore(change) + " WHEN " + churned + " THEN "
                + daysBefore("((" + change + ") - (" + change + ") % 2) / 2") + " END";
        String seats = "CASE WHEN " + second + " THEN " + seats(a) + " ELSE GREATEST(1, (" + seats(a) + ") - 2) END";
        String discount = "CASE WHEN " + hash(a, 11) + " % 3 = 0 THEN 0.85 ELSE 1.0 END";
        return id('S', "g.i + 1", rowIdWidth(SUBSCRIPTIONS_PER_ACCOUNT)) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + start + ",\n"
                + "  " + end + ",\n"
                + "  " + plan(a) + ",\n"
                + "  " + seats + ",\n"
                + "  CAST((" + seats + ") * (" + seatPrice(a) + ") * " + discount + " AS DECIMAL(18,4)),\n"
                + "  CASE WHEN " + hash(a, 12) + " % 10 < 3 THEN 'annual' ELSE 'monthly' END,\n"
                + "  g.i + 2";
    }

    private String usageSelect() {
        int rate = Math.max(1, spec.eventsPerAccount());
        String a = account(rate);
        String users = "(1 + " + hash(a, 13) + " % 30)";
        String featureDraw = hash("g.i", 14) + " % 100";
        String feature = "CASE WHEN " + featureDraw + " < 22 THEN 'dashboards' WHEN " + featureDraw + " < 40 THEN 'search' WHEN "
                + featureDraw + " < 55 THEN 'reports' WHEN " + featureDraw + " < 65 THEN 'sharing' WHEN " + featureDraw
                + " < 72 THEN 'alerts' WHEN " + featureDraw + " < 80 THEN 'automations' WHEN " + featureDraw + " < 86 THEN 'integrations' WHEN "
                + featureDraw + " < 91 THEN 'api' WHEN " + featureDraw + " < 96 THEN 'advanced_analytics' WHEN " + featureDraw
                + " < 98 THEN 'audit_log' ELSE 'sso' END";
        // The smaller of two uniform draws: recent days are about twice as likely as the oldest.
        String daysBack = "LEAST(" + hash("g.i", 15) + " % " + HISTORY_DAYS + ", " + hash("g.i", 16) + " % " + HISTORY_DAYS + ")";
        return id('E', "g.i + 1", eventWidth) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + id('A', a, accountWidth) + " || '-u' || lpad(CAST(1 + " + hash("g.i", 17) + " % " + users + " AS VARCHAR), 3, '0'),\n"
                + "  " + daysBefore(daysBack) + ",\n"
                + "  " + feature + ",\n"
                + "  1 + " + hash("g.i", 18) + " % 5,\n"
                + "  g.i + 2";
    }

    private String responsesSelect() {
        String a = account(RESPONSES_PER_ACCOUNT);
        String csat = "(" + hash("g.i", 19) + " % 3 = 0)";
        return id('R', "g.i + 1", rowIdWidth(RESPONSES_PER_ACCOUNT)) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + daysBefore(hash("g.i", 20) + " % 365") + ",\n"
                + "  CASE WHEN " + csat + " THEN 'csat' ELSE 'nps' END,\n"
                + "  CASE WHEN " + csat + " THEN 1 + " + hash("g.i", 21) + " % 5 ELSE " + hash("g.i", 21) + " % 11 END,\n"
                + "  g.i + 2";
    }

    private String ticketsSelect() {
        String a = account(TICKETS_PER_ACCOUNT);
        String daysBack = hash("g.i", 22) + " % 365";
        return id('T', "g.i + 1", rowIdWidth(TICKETS_PER_ACCOUNT)) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + daysBefore(daysBack) + ",\n"
                + "  CASE WHEN " + hash("g.i", 23) + " % 10 > 0 THEN CAST(" + daysBefore("GREATEST(0, (" + daysBack + ") - " + hash("g.i", 24)
                + " % 10)") + " AS TIMESTAMP) END,\n"
                + "  " + pick(hash("g.i", 25), "low", "normal", "normal", "high", "urgent") + ",\n"
                + "  CASE WHEN " + hash("g.i", 26) + " % 4 > 0 THEN 1 + " + hash("g.i", 27) + " % 5 END,\n"
                + "  " + hash("g.i", 28) + " % 10 = 0,\n"
                + "  g.i + 2";
    }

    private String touchpointsSelect() {
        String a = account(TOUCHPOINTS_PER_ACCOUNT);
        return id('P', "g.i + 1", rowIdWidth(TOUCHPOINTS_PER_ACCOUNT)) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + daysBefore(hash("g.i", 29) + " % 400") + ",\n"
                + "  " + pick(hash("g.i", 30), "qbr", "call", "email", "meeting") + ",\n"
                + "  " + pick(hash(a, 7), "Avery Chen", "Jordan Patel", "Sam Rivera", "Lena Fischer", "Priya Nair", "Marcus Webb") + ",\n"
                + "  g.i + 2";
    }

    /** Six invoices per account, one a month, due over the last six months. About one in eight is paid late or not at all. */
    private String invoicesSelect() {
        String a = account(INVOICES_PER_ACCOUNT);
        String dueBack = "(g.i % " + INVOICES_PER_ACCOUNT + ") * 30 + " + hash("g.i", 31) + " % 5";
        String late = "(" + hash("g.i", 32) + " % 8 = 0)";
        return id('I', "g.i + 1", rowIdWidth(INVOICES_PER_ACCOUNT)) + ",\n"
                + "  " + id('A', a, accountWidth) + ",\n"
                + "  " + daysBefore(dueBack) + ",\n"
                + "  CASE WHEN NOT " + late + " THEN " + daysBefore("(" + dueBack + ") + " + hash("g.i", 33) + " % 10")
                + " WHEN " + hash("g.i", 34) + " % 2 = 0 THEN " + daysBefore("(" + dueBack + ") - 45") + " END,\n"
                + "  CAST(" + seats(a) + " * " + seatPrice(a) + " AS DECIMAL(18,4)),\n"
                + "  g.i + 2";
    }
}
