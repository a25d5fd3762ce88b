package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer company from accounts.csv.
 *
 * @param name account name, the key that sales_pipeline.csv refers to
 * @param sector industry, after spelling corrections
 * @param yearEstablished year the company was founded
 * @param revenueMillions annual revenue in millions of USD
 * @param employees number of employees
 * @param officeLocation country of the headquarters, after spelling corrections
 * @param parentName name of the parent account, or null for an independent company
 * @param line line of accounts.csv the account was read from
 */
public record Account(String name, String sector, int yearEstablished, BigDecimal revenueMillions, int employees,
        String officeLocation, String parentName, long line) {

    public Account {
        requireNonNull(name, "name is null");
        requireNonNull(sector, "sector is null");
        requireNonNull(revenueMillions, "revenueMillions is null");
        requireNonNull(officeLocation, "officeLocation is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("account name is blank (line " + line + ")");
        }
        if (name.equals(parentName)) {
            throw new IllegalArgumentException("account '" + name + "' names itself as its parent");
        }
    }

    /** Returns the parent account's name when the company is a subsidiary. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentName);
    }
}
