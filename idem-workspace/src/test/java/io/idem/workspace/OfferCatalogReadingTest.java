package io.idem.workspace;

import static io.idem.workspace.SchemaValidatorTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the offer catalog at depth: seat tiers, eligibility rules, upsell signals and currencies. */
class OfferCatalogReadingTest {

    private static final String PLANS = "  plans:\n    - {name: Basic, seat_price: 10}\n    - {name: Pro, seat_price: 20}\n";

    @TempDir
    Path folder;

    @Test
    void tiersRulesAndSignalsAreRead() throws IOException {
        String offers = String.join("\n",
                "  currency: eur",
                "  cap_feature: seat_utilisation",
                "  near_cap: 0.9",
                "  seat_use_feature: seat_utilisation",
                "  plans:",
                "    - {name: Basic, seat_price: 10}",
                "    - name: Pro",
                "      seat_tiers: [{up_to: 10, price: 49}, {up_to: 50, price: 45}, {price: 40}]",
                "      currency: EUR",
                "  addons:",
                "    - {name: sso, price: 15, requires_plan: Pro, usage_feature: logins_30d, min_usage: 3}",
                "    - {name: audit, price: 9, requires: [sso], excludes: [legacy_audit]}",
                "    - {name: legacy_audit, price: 5}",
                "");

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(VALID.replace(PLANS, offers)));

        assertThat(result.problems()).isEmpty();
        OfferCatalog catalog = result.workspace().offers();
        assertThat(catalog.currency()).isEqualTo("EUR");
        assertThat(catalog.signals()).isEqualTo(new OfferCatalog.UpsellSignals("seat_utilisation", 0.9, "seat_utilisation", 0.8));
        OfferCatalog.Plan pro = catalog.plan("pro").orElseThrow();
        assertThat(pro.seatPrice()).isEqualByComparingTo("49");
        assertThat(pro.seatTiers()).containsExactly(new OfferCatalog.SeatTier(10, new BigDecimal("49")),
                new OfferCatalog.SeatTier(50, new BigDecimal("45")), new OfferCatalog.SeatTier(null, new BigDecimal("40")));
        OfferCatalog.Product sso = catalog.addon("sso").orElseThrow();
        assertThat(sso.requiresPlan()).isEqualTo("Pro");
        assertThat(sso.usageFeature()).isEqualTo("logins_30d");
        assertThat(sso.minUsage()).isEqualTo(3.0);
        OfferCatalog.Product audit = catalog.addon("audit").orElseThrow();
        assertThat(audit.requires()).containsExactly("sso");
        assertThat(audit.excludes()).containsExactly("legacy_audit");
    }

    @Test
    void offerInAnotherCurrencyIsRejected() throws IOException {
        String offers = "  currency: USD\n  plans:\n    - {name: Basic, seat_price: 10, currency: EUR}\n";

        List<ConfigProblem> problems = WorkspaceLoader.read(write(VALID.replace(PLANS, offers))).problems();

        assertThat(problems).hasSize(1);
        ConfigProblem problem = problems.get(0);
        assertThat(problem.location().field()).isEqualTo("offers.plans[0].currency");
        assertThat(problem.value()).isEqualTo("EUR");
        assertThat(problem.message()).isEqualTo("this offer is priced in EUR but the catalog currency is USD");
        assertThat(problem.fix()).contains("convert the price to USD");
    }

    @Test
    void unknownCatalogCurrencyIsRejected() throws IOException {
        List<ConfigProblem> problems = WorkspaceLoader.read(write(VALID.replace(PLANS, "  currency: DOLLARS\n" + PLANS))).problems();

        assertThat(problems).extracting(ConfigProblem::value, ConfigProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DOLLARS", "unknown currency"));
    }

    @Test
    void tiersOutOfOrderAreRejected() throws IOException {
        String offers = "  plans:\n    - name: Pro\n      seat_tiers: [{up_to: 50, price: 45}, {up_to: 10, price: 49}, {price: 40}]\n";

        List<ConfigProblem> problems = WorkspaceLoader.read(write(VALID.replace(PLANS, offers))).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location().field()).isEqualTo("offers.plans[0].seat_tiers[1].up_to");
        assertThat(problems.get(0).value()).isEqualTo("10");
        assertThat(problems.get(0).message()).isEqualTo("up_to must be larger than the previous tier's 50");
    }

    @Test
    void unboundedTierBeforeTheLastIsRejected() throws IOException {
        String offers = "  plans:\n    - name: Pro\n      seat_tiers: [{price: 45}, {up_to: 10, price: 49}]\n";

        List<ConfigProblem> problems = WorkspaceLoader.read(write(VALID.replace(PLANS, offers))).problems();

        assertThat(problems).extracting(ConfigProblem::message)
                .containsExactly("only the last seat tier may leave out up_to", "the last seat tier needs no up_to");
    }

    @Test
    void eligibilityRulesMustNameCatalogOffers() throws IOException {
        String offers = PLANS + "  addons:\n    - {name: sso, price: 15, requires_plan: Gold, requires: [scim], excludes: [sso]}\n";

        List<ConfigProblem> problems = WorkspaceLoader.read(write(VALID.replace(PLANS, offers))).problems();

        assertThat(problems).extracting(p -> p.location().field(), ConfigProblem::value, ConfigProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("offers.addons[0].requires_plan", "Gold", "requires_plan names no plan of the ladder"),
                org.assertj.core.groups.Tuple.tuple("offers.addons[0].requires", "scim", "requires names no other add-on or product of the catalog"),
                org.assertj.core.groups.Tuple.tuple("offers.addons[0].excludes", "sso", "excludes names no other add-on or product of the catalog"));
    }

    @Test
    void plainCatalogKeepsItsMeaning() throws IOException {
        OfferCatalog catalog = WorkspaceLoader.read(write(VALID)).workspace().offers();

        assertThat(catalog.currency()).isEqualTo("USD");
        assertThat(catalog.signals()).isEqualTo(OfferCatalog.UpsellSignals.NONE);
        assertThat(catalog.plans()).extracting(OfferCatalog.Plan::seatTiers).containsOnly(List.of());
        assertThat(catalog.plan("Pro").orElseThrow().monthlyPrice(3)).isEqualByComparingTo("60");
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, text);
        return file;
    }
}
