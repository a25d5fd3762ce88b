package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts columns that revenue metrics are sliced by, such as {@code plan} or {@code owner}.
 * Their values are joined to the subscriptions in SQL, one row per account: when the accounts table
 * lists an account twice, the smallest value (as text) is used, so a run never counts a
 * subscription twice. Values are the accounts' current ones, not their values at each movement.
 */
public final class AccountDimensions {

    /** The accounts columns sliced by default, in this order, when the accounts source declares them. */
    public static final List<String> DEFAULT_COLUMNS = List.of("segment", "plan", "owner", "industry", "country");

    static final String ALIAS_PREFIX = "idem_dimension_";
    private static final String ACCOUNT_ALIAS = "idem_account";
    private static final AccountDimensions NONE = new AccountDimensions(null, List.of());

    private final Source accounts;
    private final List<String> columns;

    private AccountDimensions(Source accounts, List<String> columns) {
        this.accounts = accounts;
        this.columns = List.copyOf(columns);
    }

    static AccountDimensions none() {
        return NONE;
    }

    /** Returns the {@link #DEFAULT_COLUMNS} that the workspace's accounts source declares; none without an accounts source. */
    public static AccountDimensions defaults(Workspace workspace) {
        Source accounts = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElse(null);
        if (accounts == null) {
            return NONE;
        }
        List<String> present = new ArrayList<>();
        for (String column : DEFAULT_COLUMNS) {
            if (accounts.column(column).isPresent()) {
                present.add(column);
            }
        }
        return new AccountDimensions(accounts, present);
    }

    /**
     * Returns the named columns of the workspace's accounts source.
     *
     * @throws RevenueException when the workspace has no accounts source or it lacks a column
     */
    public static AccountDimensions of(Workspace workspace, List<String> columns) {
        requireNonNull(columns, "columns is null");
        if (columns.isEmpty()) {
            return NONE;
        }
        Source accounts = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow(() -> new RevenueException(
                "workspace '" + workspace.name() + "' has no source of kind accounts, so metrics cannot be sliced by "
                        + columns + "; declare an accounts source or slice by nothing"));
        for (String column : columns) {
            if (accounts.column(column).isEmpty()) {
                throw new RevenueException("accounts source '" + accounts.name() + "' has no column '" + column
                        + "' to slice metrics by; use one of " + accounts.columns().keySet());
            }
            if (column.equals("account_id")) {
                throw new RevenueException("metrics cannot be sliced by account_id, which gives one slice per account; "
                        + "use a grouping column such as plan or owner");
            }
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new RevenueException("dimension list " + columns + " names a column twice; name each column once");
        }
        return new AccountDimensions(accounts, columns);
    }

    /** Returns the column names, in the order values are delivered. */
    public List<String> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /**
     * Returns {@code " LEFT JOIN (...) d ON ..."} adding one column per dimension, aliased
     * {@code idem_dimension_<i>}, or an empty string without dimensions. Account ids are compared as
     * text, so an integer id in one table matches the same id stored as text in the other.
     */
    String joinClause(SqlDialect dialect, String subscriptionAccount) {
        if (columns.isEmpty()) {
            return "";
        }
        // Both sides become text, the store type of string columns, before they are compared or read.
        String text = dialect.typeName(ColumnType.STRING);
        String account = "CAST(" + dialect.quoteIdentifier("account_id") + " AS " + text + ")";
        StringBuilder sql = new StringBuilder(" LEFT JOIN (SELECT ").append(account).append(" AS ")
                .append(dialect.quoteIdentifier(ACCOUNT_ALIAS));
        for (int i = 0; i < columns.size(); i++) {
            sql.append(", MIN(CAST(").append(dialect.quoteIdentifier(columns.get(i))).append(" AS ").append(text)
                    .append(")) AS ").append(dialect.quoteIdentifier(ALIAS_PREFIX + i));
        }
        sql.append(" FROM ").append(dialect.quoteIdentifier(accounts.tableName())).append(" GROUP BY ").append(account)
                .append(") d ON d.").append(dialect.quoteIdentifier(ACCOUNT_ALIAS)).append(" = CAST(")
                .append(subscriptionAccount).append(" AS ").append(text).append(')');
        return sql.toString();
    }
}
