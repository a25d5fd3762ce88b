package io.idem.pipeline.crm;

import io.idem.pipeline.model.Account;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads accounts.csv, applying the spelling corrections to sector and office location. */
final class AccountReader {

    static final String TABLE = "accounts";
    static final List<String> COLUMNS = List.of("account", "sector", "year_established", "revenue", "employees",
            "office_location", "subsidiary_of");

    private AccountReader() {
    }

    /**
     * Returns the accounts in file order.
     *
     * @throws CrmDataException for a blank or malformed value, a negative revenue or head count, an account listed
     *     twice, or a subsidiary_of that names no account of the file
     */
    static List<Account> read(CsvTable table, ValueCorrections corrections) {
        List<Account> accounts = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String name = row.requiredText("account");
            Long previous = firstLine.putIfAbsent(name, row.line());
            if (previous != null) {
                throw row.invalid("account", "the account is already listed on line " + previous,
                        "list each account once");
            }
            accounts.add(account(row, name, corrections));
        }

        for (Account account : accounts) {
            if (account.parentName() != null && !firstLine.containsKey(account.parentName())) {
                throw CrmDataException.atValue(table.file(), account.line(), "subsidiary_of", account.parentName(),
                        "the parent company is not an account of this file",
                        "add the parent to accounts.csv or leave subsidiary_of blank");
            }
        }
        return accounts;
    }

    private static Account account(CsvRow row, String name, ValueCorrections corrections) {
        BigDecimal revenue = row.decimal("revenue");
        if (revenue.signum() < 0) {
            throw row.invalid("revenue", "revenue must not be negative", "write the annual revenue in millions of USD");
        }
        int employees = row.integer("employees");
        if (employees < 0) {
            throw row.invalid("employees", "the head count must not be negative", "write the number of employees");
        }
        String parent = row.isBlank("subsidiary_of") ? null : row.text("subsidiary_of");
        if (name.equals(parent)) {
            throw row.invalid("subsidiary_of", "the account names itself as its parent",
                    "leave subsidiary_of blank for an independent company");
        }
        String sector = corrections.apply(TABLE, "sector", row.requiredText("sector"));
        String office = corrections.apply(TABLE, "office_location", row.requiredText("office_location"));
        return new Account(name, sector, row.integer("year_established"), revenue, employees, office, parent,
                row.line());
    }
}
