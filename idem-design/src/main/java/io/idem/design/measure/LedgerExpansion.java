package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import io.idem.revenue.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A revenue ledger entry that raised an account's MRR: an expansion or a reactivation. */
public record LedgerExpansion(String accountId, LocalDate date, Movement movement, BigDecimal amount) {

    public LedgerExpansion {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(date, "date is null");
        requireNonNull(movement, "movement is null");
        requireNonNull(amount, "amount is null");
        if (!counts(movement)) {
            throw new IllegalArgumentException("ledger entry of account " + accountId + " on " + date + " is " + movement.outputName()
                    + "; only expansion and reactivation are attributed");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("ledger entry of account " + accountId + " on " + date + " has negative amount " + amount
                    + "; ledger amounts are magnitudes");
        }
    }

    /** Returns whether entries of {@code movement} are attributed to plays. */
    public static boolean counts(Movement movement) {
        return switch (movement) {
            case EXPANSION, REACTIVATION -> true;
            case NEW, CONTRACTION, CHURN -> false;
        };
    }
}
