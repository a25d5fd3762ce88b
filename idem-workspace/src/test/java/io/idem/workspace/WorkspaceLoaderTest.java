package io.idem.workspace;

import static io.idem.workspace.SchemaValidatorTest.RAVENSTACK;
import static io.idem.workspace.SchemaValidatorTest.SEVEN_MISTAKES;
import static io.idem.workspace.SchemaValidatorTest.VALID;
import static io.idem.workspace.SchemaValidatorTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.store.ColumnType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLoaderTest {

    @TempDir
    Path folder;

    @Test
    void ravenStackExampleLoads() throws IOException, NoSuchAlgorithmException {
        assertThat(RAVENSTACK.resolve("idem.yaml")).as("RavenStack example, run from the idem-workspace folder").exists();

        WorkspaceLoader.Result result = WorkspaceLoader.read(RAVENSTACK);

        assertThat(result.problems()).isEmpty();
        Workspace workspace = result.workspace();
        assertThat(workspace.name()).isEqualTo("ravenstack");
        byte[] bytes = Files.readAllBytes(RAVENSTACK.resolve("idem.yaml"));
        assertThat(workspace.contentHash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(workspace.sources().keySet()).containsExactly("accounts", "subscriptions", "usage", "tickets", "churn_events");
        assertThat(workspace.features()).hasSize(15);
        assertThat(workspace.triggers()).hasSize(8);
        assertThat(workspace.triggers().get("annual_renewal_90d").condition())
                .isEqualTo("days_to_renewal(subscriptions where billing_period = 'annual') <= 90");
        assertThat(workspace.segments().keySet()).containsExactly("plan_upgrade_ready", "renewal_expansion", "at_risk");
        assertThat(workspace.playbooks().keySet()).containsExactly("plan_upgrade", "renewal_seats", "rescue");
    }

    @Test
    void ravenStackShortFormsAreRead() {
        Workspace workspace = WorkspaceLoader.load(RAVENSTACK);

        Source accounts = workspace.sources().get("accounts");
        assertThat(accounts.column("seats")).get().extracting(Column::header, Column::type, Column::required)
                .containsExactly("seats", ColumnType.INTEGER, false);
        assertThat(accounts.column("plan")).get().extracting(Column::header, Column::type).containsExactly("plan_tier", ColumnType.STRING);
        assertThat(accounts.column("account_id")).get().extracting(Column::required).isEqualTo(true);
        assertThat(accounts.key()).containsExactly("account_id");
        assertThat(accounts.encoding()).isEqualTo("utf-8");
        assertThat(accounts.delimiter()).isNull();
        assertThat(workspace.sources().get("usage").accountLink())
                .extracting(AccountLink::source, AccountLink::column).containsExactly("subscriptions", "subscription_id");
        assertThat(workspace.sources().get("usage").key()).isEmpty();
    }

    @Test
    void ravenStackDefinitionsAreRead() {
        Workspace workspace = WorkspaceLoader.load(RAVENSTACK);

        Feature previous = workspace.features().get("usage_prev_30d");
        assertThat(previous).extracting(Feature::source, Feature::aggregate, Feature::column, Feature::windowDays, Feature::offsetDays)
                .containsExactly("usage", Aggregate.SUM, "usage_count", 30, 30);
        assertThat(workspace.features().get("mrr_90d_ago").windowDays()).isNull();
        assertThat(workspace.features().get("usage_change_30d").isAggregate()).isFalse();
        assertThat(workspace.features().get("escalations_90d").where()).isEqualTo("escalated");
        assertThat(workspace.triggers().get("renewal_within_60d"))
                .extracting(Trigger::kind, Trigger::fire, Trigger::cooldownDays).containsExactly(TriggerKind.TIME, FireMode.BECOMES_TRUE, 90);
        assertThat(workspace.triggers().get("first_anniversary").fire()).isEqualTo(FireMode.BECOMES_TRUE);
        assertThat(workspace.triggers().get("no_recent_touchpoint").fire()).isEqualTo(FireMode.WHILE_TRUE);
    }

    @Test
    void ravenStackHealthOffersAndPlaybooksAreRead() {
        Workspace workspace = WorkspaceLoader.load(RAVENSTACK);

        HealthModel health = workspace.healthModels().get(0);
        assertThat(health.bands()).extracting(HealthBand::name).containsExactly("green", "amber", "red");
        assertThat(health.measures()).extracting(HealthMeasure::weight).containsExactly(30.0, 20.0, 30.0, 20.0);
        HealthMeasure escalations = health.measures().get(3);
        assertThat(escalations.missing()).isEqualTo(MissingPolicy.NEUTRAL);
        assertThat(((Scoring.Thresholds) escalations.scoring()).steps())
                .containsExactly(new Scoring.Step(2.0, 0), new Scoring.Step(1.0, 50), new Scoring.Step(null, 100));
        assertThat(health.measures().get(0).scoring()).isEqualTo(new Scoring.Linear(-0.5, 0.5));

        OfferCatalog offers = workspace.offers();
        assertThat(offers.seatIncrement()).isEqualTo(5);
        assertThat(offers.nextPlan("pro")).get().extracting(OfferCatalog.Plan::name).isEqualTo("Enterprise");
        assertThat(offers.plan("Basic")).get().extracting(OfferCatalog.Plan::seatPrice).isEqualTo(new BigDecimal("19"));

        Playbook upgrade = workspace.playbooks().get("plan_upgrade");
        assertThat(upgrade).extracting(Playbook::segment, Playbook::motion, Playbook::offer, Playbook::cooldownDays)
                .containsExactly("plan_upgrade_ready", Motion.UPSELL, "next_plan", 90);
        assertThat(upgrade.owner()).isEqualTo(new OwnerRule.RoundRobin("csm"));
        assertThat(upgrade.steps()).extracting(PlaybookStep::name, PlaybookStep::dueDays, PlaybookStep::owner)
                .containsExactly(tuple("review", 3, new OwnerRule.RoundRobin("csm")), tuple("call", 10, new OwnerRule.RoundRobin("csm")));
        assertThat(workspace.playbooks().get("rescue").motion()).isNull();
        assertThat(workspace.teamMembers("csm")).extracting(TeamMember::name, TeamMember::manager).containsExactly(
                tuple("Avery Chen", "Morgan Lee"), tuple("Jordan Patel", "Morgan Lee"), tuple("Sam Rivera", "Morgan Lee"));
        assertThat(workspace.benchmark("expansion_share", 0.5, "default").target()).isEqualTo(0.30);
    }

    @Test
    void sevenMistakesReportedAtOnce() throws IOException {
        Path file = write(SEVEN_MISTAKES);

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        // The misspelt kind also leaves the workspace without an accounts source, reported where the sources start.
        assertThat(problems).extracting(p -> p.location().line(), p -> p.location().field(), ConfigProblem::value)
                .containsExactlyInAnyOrder(
                        tuple(3, "verison", "verison"),
                        tuple(6, "sources.accounts.kind", "acounts"),
                        tuple(10, "sources.accounts.columns.seats", "intger"),
                        tuple(15, "features.usage_30d.window", "30days"),
                        tuple(17, "features.mixed", "mixed"),
                        tuple(22, "triggers.renewal_soon", null),
                        tuple(29, "playbooks.upgrade.segment", "bussy"),
                        tuple(5, "sources", null));
        assertThat(problems).filteredOn(p -> p.location().line() > 3)
                .extracting(p -> p.location().line(), p -> p.location().column())
                .containsExactlyInAnyOrder(tuple(5, 3), tuple(6, 11), tuple(10, 14), tuple(15, 13), tuple(17, 5), tuple(22, 5), tuple(29, 14));
        assertThat(problems).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
        assertThat(problems).filteredOn(p -> p.location().field().equals("playbooks.upgrade.segment")).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).isEqualTo("unknown segment");
                    assertThat(p.fix()).isEqualTo("did you mean 'busy'?");
                });
    }

    @Test
    void loadThrowsWithEveryProblem() throws IOException {
        Path file = write(SEVEN_MISTAKES);

        assertThatThrownBy(() -> WorkspaceLoader.load(file))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.problems()).hasSize(8))
                .hasMessageStartingWith("8 problem(s) in the workspace configuration:")
                .hasMessageContaining("unknown segment");
    }

    @Test
    void invalidSyntaxReportsLineAndColumn() throws IOException {
        Path file = write("""
                idem: 1
                workspace: broken
                sources:
                  accounts:
                    kind: accounts
                   file: accounts.csv
                """);

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(6);
            assertThat(p.location().column()).isEqualTo(4);
            assertThat(p.message()).startsWith("invalid YAML: ");
        });
    }

    @Test
    void duplicateKeyReportedAtSecondKey() throws IOException {
        Path file = write(VALID.replace("  paying: {when: mrr_now > 0}\n", "  paying: {when: mrr_now > 0}\n  paying: {when: mrr_now > 10}\n"));
        int secondLine = lineOf(VALID, "  paying: {when: mrr_now > 0}") + 1;

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).extracting(p -> p.location().line(), p -> p.location().column(), p -> p.location().field(), ConfigProblem::message)
                .containsExactly(tuple(secondLine, 3, "segments.paying", "duplicate key"));
    }

    @Test
    void featureNamedLikeAccountsColumnCollides() throws IOException {
        String feature = "  mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}";
        Path file = write(VALID.replace(feature, feature + "\n  seats: {source: subscriptions, aggregate: sum_active, column: mrr}"));
        int featureLine = lineOf(VALID, feature) + 1;

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(featureLine);
            assertThat(p.location().field()).isEqualTo("features.seats");
            assertThat(p.value()).isEqualTo("seats");
            assertThat(p.message()).isEqualTo("the name is already used by a column of the accounts source");
            assertThat(p.fix()).startsWith("rename one of them");
        });
    }

    @Test
    void segmentNamedLikeFeatureCollides() throws IOException {
        Path file = write(VALID.replace("  paying: {when: mrr_now > 0}", "  paying: {when: mrr_now > 0}\n  usage_30d: {when: mrr_now > 0}"));

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).extracting(p -> p.location().field(), ConfigProblem::message)
                .containsExactly(tuple("segments.usage_30d", "the name is already used by a feature"));
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, text);
        return file;
    }
}
