package io.idem.identify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values per account at one as-of date: a column per feature, account attribute, trigger, segment
 * and health score, aligned with {@link #accountIds()}. A null value is a missing value. Values are
 * Double (numbers), BigDecimal (money), LocalDate, Boolean or String.
 */
public final class AccountFrame {

    private final List<String> accountIds;
    private final Map<String, Integer> rowByAccount;
    private final Map<String, Object[]> columns = new LinkedHashMap<>();

    public AccountFrame(List<String> accountIds) {
        this.accountIds = List.copyOf(accountIds);
        this.rowByAccount = new HashMap<>(accountIds.size() * 2);
        for (int i = 0; i < this.accountIds.size(); i++) {
            if (rowByAccount.put(this.accountIds.get(i), i) != null) {
                throw new IllegalArgumentException("account id '" + this.accountIds.get(i) + "' appears twice");
            }
        }
    }

    public List<String> accountIds() {
        return accountIds;
    }

    public int size() {
        return accountIds.size();
    }

    /** Returns the row of an account, or -1 when the frame does not contain it. */
    public int rowOf(String accountId) {
        Integer row = rowByAccount.get(accountId);
        return row == null ? -1 : row;
    }

    /** Adds or replaces a column; {@code values} must have one entry per account. */
    public void put(String name, Object[] values) {
        Objects.requireNonNull(name, "name is null");
        if (values.length != accountIds.size()) {
            throw new IllegalArgumentException("column " + name + " has " + values.length + " values for " + accountIds.size() + " accounts");
        }
        columns.put(name, values);
    }

    /** Returns a new, all-missing column of the frame's size (not yet added). */
    public Object[] newColumn() {
        return new Object[accountIds.size()];
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Object[] column(String name) {
        Object[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no column " + name + " in the account frame");
        }
        return values;
    }

    public Object value(String name, int row) {
        return column(name)[row];
    }

    public List<String> columnNames() {
        return Collections.unmodifiableList(new ArrayList<>(columns.keySet()));
    }

    /** Returns one account's values by column name, for in-memory evaluation and explanations. */
    public Map<String, Object> row(int row) {
        Map<String, Object> values = new HashMap<>(columns.size() * 2);
        for (Map.Entry<String, Object[]> column : columns.entrySet()) {
            values.put(column.getKey(), column.getValue()[row]);
        }
        return values;
    }
}
