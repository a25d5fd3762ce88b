package io.idem.revenue;

import static java.util.Objects.requireNonNull;

/** Receives each account's monthly MRR and movements as a calculation streams through the accounts. */
@FunctionalInterface
public interface AccountRevenueListener {

    /** A listener that ignores every account. */
    AccountRevenueListener NONE = account -> { };

    /** Receives one account; {@code account} is reused after this returns, so copy what you keep. */
    void accept(AccountRevenue account);

    /** Returns a listener that passes each account to this listener, then to {@code next}. */
    default AccountRevenueListener andThen(AccountRevenueListener next) {
        requireNonNull(next, "next is null");
        return account -> {
            accept(account);
            next.accept(account);
        };
    }
}
