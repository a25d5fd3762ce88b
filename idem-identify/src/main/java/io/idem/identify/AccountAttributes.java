package io.idem.identify;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.AccountField;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Adds the current value of every declared account field (account_fields in idem.yaml, set by
 * playbook steps of kind update_field) to a frame, one column per field. An account whose field
 * was never set has a missing value. Values are stored as text and read back as their declared type.
 */
public final class AccountAttributes {

    private AccountAttributes() {
    }

    static void addTo(AccountFrame frame, Workspace workspace, Store store) {
        if (workspace.accountFields().isEmpty()) {
            return;
        }
        for (AccountField field : workspace.accountFields().values()) {
            frame.put(field.name(), frame.newColumn());
        }
        String sql = "SELECT account_id, field_name, field_value FROM account_attribute WHERE replaced_on IS NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                AccountField field = workspace.accountFields().get(rows.getString(2));
                int row = frame.rowOf(rows.getString(1));
                if (field != null && row >= 0) {
                    frame.column(field.name())[row] = parse(field, rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read account attributes: " + e.getMessage(), e);
        }
    }

    /** Converts a stored text value to the field's type: Double for numbers and money, LocalDate, Boolean or String. */
    public static Object parse(AccountField field, String text) {
        if (text == null) {
            return null;
        }
        return switch (field.type()) {
            case STRING -> text;
            case INTEGER, NUMBER, MONEY -> Double.valueOf(text);
            case DATE, TIMESTAMP -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            case BOOLEAN -> Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        };
    }
}
