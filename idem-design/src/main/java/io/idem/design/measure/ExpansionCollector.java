package io.idem.design.measure;

import io.idem.revenue.AccountLedger;
import io.idem.revenue.AccountRevenue;
import io.idem.revenue.AccountRevenueListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the expansion and reactivation entries of each account's ledger as a revenue calculation
 * streams through the accounts; pass it to {@code RevenueCalculator.analyse}.
 */
public final class ExpansionCollector implements AccountRevenueListener {

    private final List<LedgerExpansion> entries = new ArrayList<>();

    @Override
    public void accept(AccountRevenue account) {
        AccountLedger ledger = account.ledger();
        for (int i = 0; i < ledger.size(); i++) {
            if (LedgerExpansion.counts(ledger.movement(i))) {
                entries.add(new LedgerExpansion(ledger.accountId(), ledger.date(i), ledger.movement(i), ledger.amount(i)));
            }
        }
    }

    /** Returns the entries collected so far, in the order the ledgers gave them. */
    public List<LedgerExpansion> entries() {
        return List.copyOf(entries);
    }
}
