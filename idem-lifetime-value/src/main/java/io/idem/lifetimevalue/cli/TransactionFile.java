package io.idem.lifetimevalue.cli;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.noncontractual.Transaction;
import java.util.List;

/**
 * Transactions read from one file and the layout that was detected.
 */
public record TransactionFile(TransactionFormat format, List<Transaction> transactions) {

    public TransactionFile {
        requireNonNull(format, "format is null");
        transactions = List.copyOf(requireNonNull(transactions, "transactions is null"));
    }
}
