package io.idem.pipeline.support;

import io.idem.pipeline.model.Account;
import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.model.Product;
import io.idem.pipeline.model.ProductLadder;
import io.idem.pipeline.model.SalesAgent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds small datasets in memory: the Maven product ladder (GTX Basic 550, GTX Plus Basic 1096, GTX Pro 4821,
 * GTX Plus Pro 5482; MG Special 55, MG Advanced 3393; GTK 500 26768), accounts Acme and Bluth, agent Anna.
 * Deals are engaged 30 days before they close.
 */
public final class TestDeals {

    public static final ProductLadder LADDER = new ProductLadder(List.of(
            product("GTX Basic", "GTX", 550), product("GTX Plus Basic", "GTX", 1096),
            product("GTX Pro", "GTX", 4821), product("GTX Plus Pro", "GTX", 5482),
            product("MG Special", "MG", 55), product("MG Advanced", "MG", 3393),
            product("GTK 500", "GTK", 26768)));

    private TestDeals() {
    }

    public static CrmDataset dataset(Opportunity... opportunities) {
        List<Account> accounts = List.of(account("Acme"), account("Bluth"));
        return new CrmDataset(accounts, LADDER, List.of(new SalesAgent("Anna", "Dustin", "Central")),
                List.of(opportunities));
    }

    public static Opportunity won(String id, String account, String product, String closeDate, long value) {
        LocalDate close = LocalDate.parse(closeDate);
        return new Opportunity(id, "Anna", product, account, DealStage.WON, close.minusDays(30), close,
                BigDecimal.valueOf(value), 0);
    }

    public static Opportunity lost(String id, String account, String product, String closeDate) {
        LocalDate close = LocalDate.parse(closeDate);
        return new Opportunity(id, "Anna", product, account, DealStage.LOST, close.minusDays(30), close,
                BigDecimal.ZERO, 0);
    }

    public static Opportunity engaging(String id, String account, String product) {
        return new Opportunity(id, "Anna", product, account, DealStage.ENGAGING, LocalDate.parse("2017-01-01"),
                null, null, 0);
    }

    private static Product product(String name, String series, long price) {
        return new Product(name, series, BigDecimal.valueOf(price));
    }

    private static Account account(String name) {
        return new Account(name, "retail", 2000, BigDecimal.TEN, 100, "United States", null, 0);
    }
}
