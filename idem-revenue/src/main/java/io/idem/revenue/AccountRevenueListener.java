package io.idem.revenue;

/** Receives each account's monthly MRR and movements as a calculation streams through the accounts. */
@FunctionalInterface
public interface AccountRevenueListener {

    /** A listener that ignores every account. */
    AccountRevenueListener NONE = account -> { };

    /** Receives one account; {@code account} is reused after this returns, so copy what you keep. */
    void accept(AccountRevenue account);
}
