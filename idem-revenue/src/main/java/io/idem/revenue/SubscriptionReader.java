package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the rows of a subscriptions table ({@code src_<name>}) account by account, so memory
 * contains one account's subscriptions at a time whatever the number of accounts. Only subscriptions
 * starting on or before the as-of date are read, because later ones cannot be active by then.
 */
final class SubscriptionReader {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionReader.class);
    private static final int FETCH_SIZE = 10_000;
    private static final Set<ColumnType> AMOUNT_TYPES = Set.of(ColumnType.MONEY, ColumnType.NUMBER, ColumnType.INTEGER);

    private final Store store;
    private final Source source;
    private final boolean hasEndDate;

    SubscriptionReader(Store store, Source source) {
        this.store = requireNonNull(store, "store is null");
        this.source = requireNonNull(source, "source is null");
        if (source.kind() != SourceKind.SUBSCRIPTIONS) {
            throw new RevenueException("source '" + source.name() + "' is of kind " + source.kind().configName()
                    + ", not subscriptions; pass the workspace's subscriptions source");
        }
        requireColumn("account_id", Set.of(ColumnType.STRING, ColumnType.INTEGER));
        requireColumn("start_date", Set.of(ColumnType.DATE));
        requireColumn("mrr", AMOUNT_TYPES);
        this.hasEndDate = source.column("end_date").isPresent();
        if (hasEndDate) {
            requireColumn("end_date", Set.of(ColumnType.DATE));
        }
    }

    private void requireColumn(String name, Set<ColumnType> allowed) {
        Optional<Column> column = source.column(name);
        if (column.isEmpty()) {
            throw new RevenueException("subscriptions source '" + source.name() + "' has no column '" + name
                    + "'; declare it under sources." + source.name() + ".columns");
        }
        if (!allowed.contains(column.get().type())) {
            throw new RevenueException("column '" + name + "' of subscriptions source '" + source.name() + "' has type "
                    + column.get().type().configName() + "; declare it as one of "
                    + allowed.stream().map(ColumnType::configName).sorted().toList());
        }
    }

    /** Returns the earliest start date on or before {@code asOf}, empty when no subscription starts by then. */
    Optional<LocalDate> earliestStart(LocalDate asOf) {
        SqlDialect dialect = store.dialect();
        String sql = "SELECT MIN(" + dialect.quoteIdentifier("start_date") + ") FROM " + dialect.quoteIdentifier(source.tableName())
                + " WHERE " + dialect.quoteIdentifier("start_date") + " <= " + dialect.dateParameter();
        LOG.debug("Earliest subscription start: {}", sql);
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, asOf);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, LocalDate.class));
            }
        } catch (SQLException e) {
            throw new RevenueException("cannot read the earliest start_date from table " + source.tableName() + ": "
                    + e.getMessage() + "; import the subscriptions source first", e);
        }
    }

    /**
     * Calls {@code consumer} once per account with the account's subscriptions that start on or
     * before {@code asOf}, ordered by start date. The list is reused after the call returns.
     *
     * @throws RevenueException naming the file line of a row with a missing account_id, start_date or
     *     mrr, or a negative mrr
     */
    void forEachAccount(LocalDate asOf, BiConsumer<String, List<SubscriptionRow>> consumer) {
        Connection connection = store.connection();
        try {
            // PostgreSQL streams a result set in batches of the fetch size only inside a transaction.
            // With auto-commit on, the driver would load every row into memory at once.
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                stream(connection, asOf, consumer);
            } finally {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new RevenueException("cannot read subscriptions from table " + source.tableName() + ": " + e.getMessage()
                    + "; import the subscriptions source first", e);
        }
    }

    private void stream(Connection connection, LocalDate asOf, BiConsumer<String, List<SubscriptionRow>> consumer)
            throws SQLException {
        String sql = selectSql();
        LOG.debug("Subscriptions by account: {}", sql);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, asOf);
            try (ResultSet rows = statement.executeQuery()) {
                List<SubscriptionRow> account = new ArrayList<>();
                String current = null;
                while (rows.next()) {
                    SubscriptionRow row = toRow(rows);
                    if (current != null && !current.equals(row.accountId())) {
                        consumer.accept(current, account);
                        account.clear();
                    }
                    current = row.accountId();
                    account.add(row);
                }
                if (current != null) {
                    consumer.accept(current, account);
                }
            }
        }
    }

    private String selectSql() {
        SqlDialect dialect = store.dialect();
        String start = dialect.quoteIdentifier("start_date");
        String account = dialect.quoteIdentifier("account_id");
        String end = hasEndDate ? dialect.quoteIdentifier("end_date") : "CAST(NULL AS DATE)";
        // Rows without a start date are selected too, so that they fail with their line number
        // instead of vanishing from the totals.
        return "SELECT " + account + ", " + start + ", " + end + ", " + dialect.quoteIdentifier("mrr") + ", "
                + dialect.quoteIdentifier("_line") + " FROM " + dialect.quoteIdentifier(source.tableName())
                + " WHERE " + start + " IS NULL OR " + start + " <= " + dialect.dateParameter()
                + " ORDER BY " + account + ", " + start;
    }

    private SubscriptionRow toRow(ResultSet rows) throws SQLException {
        long line = rows.getLong(5);
        String accountId = rows.getString(1);
        LocalDate start = rows.getObject(2, LocalDate.class);
        LocalDate end = rows.getObject(3, LocalDate.class);
        BigDecimal mrr = rows.getBigDecimal(4);
        if (accountId == null || accountId.isBlank()) {
            throw invalid(line, "account_id", accountId, "fill in the account the subscription belongs to");
        }
        if (start == null) {
            throw invalid(line, "start_date", null, "fill in the date the subscription starts");
        }
        if (mrr == null) {
            throw invalid(line, "mrr", null, "fill in the monthly recurring revenue, 0 for a free subscription");
        }
        if (mrr.signum() < 0) {
            throw invalid(line, "mrr", mrr.toPlainString(),
                    "MRR must not be negative; record a discount by lowering the subscription's mrr");
        }
        try {
            return new SubscriptionRow(accountId, start, end, Money.toUnits(mrr), line);
        } catch (ArithmeticException e) {
            throw invalid(line, "mrr", mrr.toPlainString(), "the amount is too large; check the column's unit");
        }
    }

    private RevenueException invalid(long line, String column, String value, String fix) {
        return new RevenueException("invalid subscription at line " + line + " of source '" + source.name() + "' (table "
                + source.tableName() + "): " + column + " is " + (value == null ? "missing" : "'" + value + "'") + "; " + fix);
    }
}
