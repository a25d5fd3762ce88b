package io.idem.pipeline.offer;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.Product;
import io.idem.pipeline.motion.Motion;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The next product to offer an account that has won deals, or the reason there is none.
 *
 * @param account the account
 * @param mainSeries series the account bought most
 * @param mainSeriesWonDeals won deals of the account in that series
 * @param highestProduct highest rung of the main series the account has bought
 * @param motion {@link Motion#UPSELL} or {@link Motion#CROSS_SELL}, or null when there is no offer
 * @param offer product to offer, or null when there is no offer
 * @param expectedValue list-price difference in USD the offer adds, or null when there is no offer
 * @param reason how the offer was chosen, or why there is none
 */
public record NextOffer(Account account, String mainSeries, int mainSeriesWonDeals, Product highestProduct,
        Motion motion, Product offer, BigDecimal expectedValue, String reason) {

    public NextOffer {
        requireNonNull(account, "account is null");
        requireNonNull(mainSeries, "mainSeries is null");
        requireNonNull(highestProduct, "highestProduct is null");
        requireNonNull(reason, "reason is null");
        if ((motion == null) != (offer == null) || (offer == null) != (expectedValue == null)) {
            throw new IllegalArgumentException("offer for account '" + account.name()
                    + "' needs motion, product and expected value together, or none of them");
        }
        if (motion == Motion.NEW_BUSINESS) {
            throw new IllegalArgumentException("an account with won deals gets an upsell or cross-sell offer, not"
                    + " new business");
        }
    }

    /** Returns the offered product, or empty when the account has bought the top of every series. */
    public Optional<Product> offered() {
        return Optional.ofNullable(offer);
    }
}
