package io.idem.identify;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The accounts an incremental run re-evaluates, loaded into the temporary table
 * {@value #TABLE} so that feature queries join them instead of splicing ids into SQL. The ids are
 * bound as one array parameter.
 */
final class AccountSubset {

    static final String TABLE = "idem_account_subset";

    private final List<String> accountIds;

    private AccountSubset(List<String> accountIds) {
        this.accountIds = List.copyOf(accountIds);
    }

    /** Replaces the contents of the temporary table with {@code accountIds}. */
    static AccountSubset load(Store store, List<String> accountIds) {
        SqlDialect dialect = store.dialect();
        String table = dialect.quoteIdentifier(TABLE);
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + table + " (account_id VARCHAR(200))");
            statement.execute("DELETE FROM " + table);
        } catch (SQLException e) {
            throw new StoreException("cannot create the temporary table " + TABLE + ": " + e.getMessage(), e);
        }
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO " + table + " SELECT unnest(CAST(? AS VARCHAR[]))")) {
            Array ids = store.connection().createArrayOf("varchar", accountIds.toArray());
            insert.setArray(1, ids);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot load " + accountIds.size() + " account id(s) into " + TABLE + ": " + e.getMessage(), e);
        }
        return new AccountSubset(accountIds);
    }

    List<String> accountIds() {
        return accountIds;
    }

    /** Applies the dialect's settings for joins with a small table; see {@link SqlDialect#beforeSmallJoins(int)}. */
    void beforeQueries(Store store) {
        execute(store, store.dialect().beforeSmallJoins(accountIds.size()));
    }

    /** Undoes {@link #beforeQueries(Store)}. */
    void afterQueries(Store store) {
        execute(store, store.dialect().afterSmallJoins());
    }

    private static void execute(Store store, List<String> statements) {
        try (Statement statement = store.connection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot apply the settings for a query of a few accounts: " + e.getMessage(), e);
        }
    }

    /** Returns a condition that keeps the rows of the accounts table that belong to the subset. */
    String accountCondition(SqlDialect dialect, String accountColumn) {
        return accountColumn + " IN (SELECT account_id FROM " + dialect.quoteIdentifier(TABLE) + ")";
    }

    /**
     * Returns a FROM item, aliased {@code alias}, with the rows of {@code source} that belong to the
     * subset: filtered on account_id, or on the account link column through the linked source.
     */
    String sourceRows(Workspace workspace, Source source, SqlDialect dialect, String alias) {
        String table = dialect.quoteIdentifier(source.tableName());
        String subset = "SELECT account_id FROM " + dialect.quoteIdentifier(TABLE);
        String condition;
        if (source.hasAccountId()) {
            condition = dialect.quoteIdentifier("account_id") + " IN (" + subset + ")";
        } else {
            Source linked = workspace.sources().get(source.accountLink().source());
            String link = dialect.quoteIdentifier(source.accountLink().column());
            condition = link + " IN (SELECT " + link + " FROM " + dialect.quoteIdentifier(linked.tableName()) + " WHERE "
                    + dialect.quoteIdentifier("account_id") + " IN (" + subset + "))";
        }
        return "(SELECT * FROM " + table + " WHERE " + condition + ") " + alias;
    }
}
