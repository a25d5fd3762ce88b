package io.idem.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Add-on eligibility: minimum plan on the ladder, prerequisites, exclusions and what the account already holds. */
class EligibilityTest {

    private static final OfferCatalog.Product AUDIT = new OfferCatalog.Product("audit", new BigDecimal("9"), "Pro",
            List.of("sso"), List.of("legacy_audit"), null, null);
    private static final OfferCatalog CATALOG = new OfferCatalog("USD",
            List.of(new OfferCatalog.Plan("Basic", BigDecimal.ONE), new OfferCatalog.Plan("Pro", BigDecimal.TEN),
                    new OfferCatalog.Plan("Enterprise", BigDecimal.TEN)),
            5, List.of(AUDIT), List.of(), List.of());

    @ParameterizedTest(name = "plan {0} holding [{1}]: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Pro        | sso              | ",
        "enterprise | sso              | ",
        "Basic      | sso              | plan Basic is below the required plan Pro",
        "null       | sso              | plan null is below the required plan Pro",
        "Gold       | sso              | plan Gold is below the required plan Pro",
        "Pro        |                  | requires sso, which the account does not hold",
        "Pro        | sso legacy_audit | excluded by legacy_audit, which the account holds",
        "Pro        | sso audit        | already holds audit",
    })
    void rulesByHand(String plan, String holdings, String expected) {
        Set<String> held = holdings == null ? Set.of() : Set.copyOf(Arrays.asList(holdings.trim().split("\\s+")));

        assertThat(Eligibility.whyNot(CATALOG, AUDIT, plan, held)).isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
