package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Source;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the rows of a subscriptions table ({@code src_<name>}) account by account, so memory
 * contains one account's subscriptions at a time whatever the number of accounts. Only subscriptions
 * starting on or before the as-of date are read, because later ones cannot be active by then. Each
 * row's MRR comes from {@link SubscriptionPricing}. When dimensions are requested, each account's
 * values of those accounts columns come along, joined in SQL.
 */
final class SubscriptionReader {

    /** Receives one account's subscriptions and its dimension values (null where blank or unknown). */
    @FunctionalInterface
    interface AccountConsumer {
        void accept(String accountId, List<SubscriptionRow> subscriptions, String[] dimensionValues);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionReader.class);
    private static final int FETCH_SIZE = 10_000;
    private static final String[] NO_VALUES = new String[0];

    private final Store store;
    private final SubscriptionColumns columns;
    private final SubscriptionPricing pricing;
    private final AccountDimensions dimensions;

    SubscriptionReader(Store store, Source source, RevenueSettings settings) {
        this(store, source, settings, AccountDimensions.none());
    }

    SubscriptionReader(Store store, Source source, RevenueSettings settings, AccountDimensions dimensions) {
        this.store = requireNonNull(store, "store is null");
        this.columns = new SubscriptionColumns(source);
        this.pricing = new SubscriptionPricing(columns, settings.currency(), settings.exchangeRates());
        this.dimensions = requireNonNull(dimensions, "dimensions is null");
    }

    /** Returns the earliest start date on or before {@code asOf}, empty when no subscription starts by then. */
    Optional<LocalDate> earliestStart(LocalDate asOf) {
        SqlDialect dialect = store.dialect();
        String sql = "SELECT MIN(" + dialect.quoteIdentifier("start_date") + ") FROM " + table()
                + " WHERE " + dialect.quoteIdentifier("start_date") + " <= " + dialect.dateParameter();
        LOG.debug("Earliest subscription start: {}", sql);
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, asOf);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, LocalDate.class));
            }
        } catch (SQLException e) {
            throw new RevenueException("cannot read the earliest start_date from table " + columns.source.tableName() + ": "
                    + e.getMessage() + "; import the subscriptions source first", e);
        }
    }

    /** Calls {@code consumer} once per account, as {@link #forEachAccount(LocalDate, AccountConsumer)} does, without dimensions. */
    void forEachAccount(LocalDate asOf, BiConsumer<String, List<SubscriptionRow>> consumer) {
        forEachAccount(asOf, (accountId, subscriptions, values) -> consumer.accept(accountId, subscriptions));
    }

    /**
     * Calls {@code consumer} once per account with the account's subscriptions that start on or
     * before {@code asOf}, ordered by start date. The list is reused after the call returns.
     *
     * @throws RevenueException naming the file line of a row with a missing account_id, start_date or
     *     amount, or another invalid value (see {@link SubscriptionPricing})
     */
    void forEachAccount(LocalDate asOf, AccountConsumer consumer) {
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
            throw new RevenueException("cannot read subscriptions from table " + columns.source.tableName() + ": " + e.getMessage()
                    + "; import the subscriptions source" + (dimensions.isEmpty() ? "" : " and the accounts source") + " first", e);
        }
    }

    private void stream(Connection connection, LocalDate asOf, AccountConsumer consumer) throws SQLException {
        SubscriptionQuery query = new SubscriptionQuery(store.dialect(), columns, dimensions);
        LOG.debug("Subscriptions by account: {}", query.sql());
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, asOf);
            try (ResultSet rows = statement.executeQuery()) {
                List<SubscriptionRow> account = new ArrayList<>();
                String[] values = dimensions.isEmpty() ? NO_VALUES : new String[dimensions.size()];
                String current = null;
                while (rows.next()) {
                    SubscriptionRow row = toRow(query, rows);
                    if (current != null && !current.equals(row.accountId())) {
                        consumer.accept(current, account, values);
                        account.clear();
                    }
                    if (!row.accountId().equals(current)) {
                        readDimensions(query, rows, values);
                    }
                    current = row.accountId();
                    account.add(row);
                }
                if (current != null) {
                    consumer.accept(current, account, values);
                }
            }
        }
    }

    private SubscriptionRow toRow(SubscriptionQuery query, ResultSet rows) throws SQLException {
        long line = rows.getLong(SubscriptionQuery.LINE);
        String accountId = rows.getString(SubscriptionQuery.ACCOUNT);
        LocalDate start = rows.getObject(SubscriptionQuery.START, LocalDate.class);
        LocalDate end = rows.getObject(SubscriptionQuery.END, LocalDate.class);
        if (accountId == null || accountId.isBlank()) {
            throw columns.invalid(line, "account_id", accountId, "fill in the account the subscription belongs to");
        }
        if (start == null) {
            throw columns.invalid(line, "start_date", null, "fill in the date the subscription starts");
        }
        SubscriptionCharge charge = new SubscriptionCharge(
                query.mrr > 0 ? rows.getBigDecimal(query.mrr) : null,
                query.billingAmount > 0 ? rows.getBigDecimal(query.billingAmount) : null,
                query.billingPeriod > 0 ? rows.getString(query.billingPeriod) : null,
                query.trial > 0 ? nullableBoolean(rows, query.trial) : null,
                query.oneOff > 0 ? nullableBoolean(rows, query.oneOff) : null,
                query.discount > 0 ? discount(rows, query.discount, line) : null,
                query.currency > 0 ? rows.getString(query.currency) : null);
        return new SubscriptionRow(accountId, start, end, pricing.monthlyUnits(line, start, charge), line);
    }

    /**
     * Reads a discount. A floating-point column is read as a double and converted through its
     * shortest decimal form, so 0.1 becomes exactly 0.1 rather than the binary value nearest to it.
     */
    private BigDecimal discount(ResultSet rows, int index, long line) throws SQLException {
        if (!columns.discountIsDouble) {
            return rows.getBigDecimal(index);
        }
        double value = rows.getDouble(index);
        if (rows.wasNull()) {
            return null;
        }
        if (!Double.isFinite(value)) {
            throw columns.invalid(line, SubscriptionColumns.DISCOUNT, Double.toString(value),
                    "write the discount as a fraction of the list amount from 0 to 1");
        }
        return BigDecimal.valueOf(value);
    }

    private static Boolean nullableBoolean(ResultSet rows, int index) throws SQLException {
        boolean value = rows.getBoolean(index);
        return rows.wasNull() ? null : value;
    }

    private static void readDimensions(SubscriptionQuery query, ResultSet rows, String[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            String value = rows.getString(query.firstDimension + i);
            values[i] = value == null || value.isBlank() ? null : value;
        }
    }

    private String table() {
        return store.dialect().quoteIdentifier(columns.source.tableName());
    }

    /** The SELECT that reads subscriptions, and the 1-based position of each column in its result. */
    private static final class SubscriptionQuery {

        static final int ACCOUNT = 1;
        static final int START = 2;
        static final int END = 3;
        static final int LINE = 4;

        private final List<String> select = new ArrayList<>();
        private final String sql;
        final int mrr;
        final int billingAmount;
        final int billingPeriod;
        final int trial;
        final int oneOff;
        final int discount;
        final int currency;
        final int firstDimension;

        SubscriptionQuery(SqlDialect dialect, SubscriptionColumns columns, AccountDimensions dimensions) {
            String start = column(dialect, "start_date");
            String account = column(dialect, "account_id");
            select.add(account);
            select.add(start);
            select.add(columns.hasEndDate ? column(dialect, "end_date") : "CAST(NULL AS DATE)");
            select.add(column(dialect, "_line"));
            this.mrr = add(dialect, columns.hasMrr, SubscriptionColumns.MRR);
            this.billingAmount = add(dialect, columns.hasBillingAmount, SubscriptionColumns.BILLING_AMOUNT);
            this.billingPeriod = add(dialect, columns.hasBillingPeriod && columns.hasBillingAmount, SubscriptionColumns.BILLING_PERIOD);
            this.trial = add(dialect, columns.hasTrial, SubscriptionColumns.IS_TRIAL);
            this.oneOff = add(dialect, columns.hasOneOff, SubscriptionColumns.ONE_OFF);
            this.discount = add(dialect, columns.hasDiscount, SubscriptionColumns.DISCOUNT);
            this.currency = add(dialect, columns.hasCurrency, SubscriptionColumns.CURRENCY);
            this.firstDimension = select.size() + 1;
            for (int i = 0; i < dimensions.size(); i++) {
                select.add("d." + dialect.quoteIdentifier(AccountDimensions.ALIAS_PREFIX + i));
            }

            // Rows without a start date are selected too, so that they fail with their line number
            // instead of vanishing from the totals.
            this.sql = "SELECT " + String.join(", ", select) + " FROM " + dialect.quoteIdentifier(columns.source.tableName())
                    + " s" + dimensions.joinClause(dialect, account)
                    + " WHERE " + start + " IS NULL OR " + start + " <= " + dialect.dateParameter()
                    + " ORDER BY " + account + ", " + start;
        }

        String sql() {
            return sql;
        }

        private int add(SqlDialect dialect, boolean present, String name) {
            if (!present) {
                return 0;
            }
            select.add(column(dialect, name));
            return select.size();
        }

        private static String column(SqlDialect dialect, String name) {
            return "s." + dialect.quoteIdentifier(name);
        }
    }
}
