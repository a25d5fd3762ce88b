package io.idem.design.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.workspace.Motion;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayPlannerTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void load() throws Exception {
        workspace = PlayFixture.workspace(folder);
    }

    @Test
    void nextPlanFollowsTheLadder() {
        PlayPlan plan = planUpgrade(Map.of(), Map.of());

        // acme 12 × (49 − 19), kilo 3 × (199 − 49), lima 2.5 × (49 − 19).
        // bolt is at the top of the ladder, and Gold is not a plan.
        assertThat(plan.opportunities()).extracting(Opportunity::accountId, Opportunity::expectedMrr)
                .containsExactly(tuple("acme", new BigDecimal("360.00")), tuple("kilo", new BigDecimal("450.00")),
                        tuple("lima", new BigDecimal("75.00")));
        assertThat(plan.skipped()).containsExactly(
                new PlayPlan.Skipped("plan_upgrade", "bolt", "offer 'next_plan' has no value for this account (plan Enterprise)"),
                new PlayPlan.Skipped("plan_upgrade", "gold", "offer 'next_plan' has no value for this account (plan Gold)"));
        assertThat(plan.plays()).extracting(Play::accountId).containsExactly("acme", "kilo", "lima");
    }

    @Test
    void planCarriesDatesAndLinks() {
        PlayPlan plan = planUpgrade(Map.of(), Map.of());

        Play acme = plan.plays().get(0);
        assertThat(acme.playbook()).isEqualTo("plan_upgrade");
        assertThat(acme.startedBy()).isEqualTo("segment:upgrade_ready");
        assertThat(acme.startedOn()).isEqualTo(AS_OF);
        assertThat(acme.cooldownUntil()).isEqualTo(LocalDate.parse("2024-09-28"));
        assertThat(acme.status()).isEqualTo("open");
        assertThat(plan.tasks()).filteredOn(task -> task.playId().equals(acme.playId()))
                .extracting(Task::step, Task::accountId, Task::dueOn, Task::status)
                .containsExactly(tuple("review", "acme", LocalDate.parse("2024-07-03"), "open"),
                        tuple("call", "acme", LocalDate.parse("2024-07-10"), "open"));
        Opportunity opportunity = plan.opportunities().get(0);
        assertThat(opportunity.playId()).isEqualTo(acme.playId());
        assertThat(opportunity.motion()).isEqualTo(Motion.UPSELL);
        assertThat(opportunity.offer()).isEqualTo("next_plan");
        assertThat(opportunity.stage()).isEqualTo(Opportunity.FIRST_STAGE);
        assertThat(opportunity.owner()).isEqualTo(acme.owner());
        assertThat(opportunity.createdOn()).isEqualTo(AS_OF);
    }

    @Test
    void roundRobinStartsAtFirstMember() {
        PlayPlan plan = planUpgrade(Map.of(), Map.of());

        // Skipped accounts take no turn. Play owners go round csm; the call step goes round ae.
        assertThat(plan.plays()).extracting(Play::owner).containsExactly("Avery", "Jordan", "Sam");
        assertThat(plan.tasks()).extracting(Task::accountId, Task::step, Task::owner).containsExactly(
                tuple("acme", "review", "Avery"), tuple("acme", "call", "Kim"),
                tuple("kilo", "review", "Jordan"), tuple("kilo", "call", "Lee"),
                tuple("lima", "review", "Sam"), tuple("lima", "call", "Kim"));
    }

    @Test
    void roundRobinContinuesFromPreviousCount() {
        PlayPlan plan = planUpgrade(Map.of(), Map.of("csm", 4, "ae", 1));

        // csm turns 4, 5, 6 of 3 members; ae turns 1, 2, 3 of 2 members.
        assertThat(plan.plays()).extracting(Play::owner).containsExactly("Jordan", "Sam", "Avery");
        assertThat(plan.tasks()).filteredOn(task -> task.step().equals("call")).extracting(Task::owner)
                .containsExactly("Lee", "Kim", "Lee");
    }

    @Test
    void blankAccountOwnerFallsBackToTeam() {
        PlayPlan plan = PlayPlanner.plan(workspace, PlayFixture.frame(), AS_OF, PlayFixture.entered("renewal", PlayFixture.ACCOUNTS),
                Map.of(), Map.of(), Map.of());

        // seat_offer: Morgan and Riley own acme and bolt; kilo (blank) and lima (missing) go round csm; gold has no plan price.
        assertThat(plan.plays()).filteredOn(play -> play.playbook().equals("seat_offer"))
                .extracting(Play::accountId, Play::owner)
                .containsExactly(tuple("acme", "Morgan"), tuple("bolt", "Riley"), tuple("kilo", "Avery"), tuple("lima", "Jordan"));
        // check_in has no fallback team, so accounts without an owner get none.
        assertThat(plan.plays()).filteredOn(play -> play.playbook().equals("check_in"))
                .extracting(Play::accountId, Play::owner)
                .containsExactly(tuple("acme", "Morgan"), tuple("bolt", "Riley"), tuple("gold", null), tuple("kilo", null),
                        tuple("lima", null));
        // 5 more seats at 19, 199, 49 and 19.
        assertThat(plan.opportunities()).extracting(Opportunity::accountId, Opportunity::expectedMrr)
                .containsExactly(tuple("acme", new BigDecimal("95.00")), tuple("bolt", new BigDecimal("995.00")),
                        tuple("kilo", new BigDecimal("245.00")), tuple("lima", new BigDecimal("95.00")));
        assertThat(plan.skipped()).extracting(PlayPlan.Skipped::playbook, PlayPlan.Skipped::accountId)
                .containsExactly(tuple("seat_offer", "gold"));
    }

    @Test
    void titlesKeepUnknownFieldsVisible() {
        PlayPlan plan = planUpgrade(Map.of(), Map.of());

        assertThat(plan.tasks()).extracting(Task::accountId, Task::title).containsExactly(
                tuple("acme", "Review Acme on Basic with 12 seats"),
                tuple("acme", "Call Acme ({unknown_field}, MRR 228.00)"),
                tuple("kilo", "Review Kilo on Pro with 3 seats"),
                tuple("kilo", "Call Kilo ({unknown_field}, MRR 147.00)"),
                tuple("lima", "Review {account_name} on Basic with 2.5 seats"),
                tuple("lima", "Call {account_name} ({unknown_field}, MRR {mrr})"));
    }

    @Test
    void cooldownSkipsUntilItEnds() {
        Map<String, Map<String, LocalDate>> cooldowns = Map.of("plan_upgrade", Map.of(
                "acme", AS_OF.plusDays(1), "kilo", AS_OF, "lima", AS_OF.minusDays(10)));

        PlayPlan plan = planUpgrade(cooldowns, Map.of());

        assertThat(plan.skipped()).contains(new PlayPlan.Skipped("plan_upgrade", "acme", "in cooldown until 2024-07-01"));
        assertThat(plan.plays()).extracting(Play::accountId).containsExactly("kilo", "lima");
    }

    @Test
    void idsStableForSameRun() {
        PlayPlan first = planUpgrade(Map.of(), Map.of());
        PlayPlan second = planUpgrade(Map.of(), Map.of());
        PlayPlan nextDay = PlayPlanner.plan(workspace, PlayFixture.frame(), AS_OF.plusDays(1),
                PlayFixture.entered("upgrade_ready", PlayFixture.ACCOUNTS), Map.of(), Map.of(), Map.of());

        assertThat(second).isEqualTo(first);
        List<String> ids = Stream.of(first.plays().stream().map(Play::playId), first.tasks().stream().map(Task::taskId),
                first.opportunities().stream().map(Opportunity::opportunityId)).flatMap(s -> s).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(3 + 6 + 3);
        assertThat(nextDay.plays()).extracting(Play::playId).doesNotContainAnyElementsOf(first.plays().stream().map(Play::playId).toList());
        assertThat(first.plays()).extracting(Play::dedupKey)
                .containsExactly("plan_upgrade|acme|2024-06-30", "plan_upgrade|kilo|2024-06-30", "plan_upgrade|lima|2024-06-30");
    }

    @Test
    void firedTriggerStartsOfferPlays() {
        PlayPlan plan = PlayPlanner.plan(workspace, PlayFixture.frame(), AS_OF, Map.of(),
                Map.of("usage_growth", List.of("kilo", "acme")), Map.of(), Map.of());

        assertThat(plan.plays()).extracting(Play::playbook, Play::accountId, Play::startedBy, Play::owner).containsExactly(
                tuple("sso_addon", "acme", "trigger:usage_growth", "Kim"),
                tuple("sso_addon", "kilo", "trigger:usage_growth", "Lee"),
                tuple("analytics_cross_sell", "acme", "trigger:usage_growth", "Kim"),
                tuple("analytics_cross_sell", "kilo", "trigger:usage_growth", "Lee"),
                tuple("suite_bundle", "acme", "trigger:usage_growth", "Kim"),
                tuple("suite_bundle", "kilo", "trigger:usage_growth", "Lee"));
        assertThat(plan.opportunities()).extracting(Opportunity::motion, Opportunity::offer, Opportunity::expectedMrr).containsExactly(
                tuple(Motion.UPSELL, "sso", new BigDecimal("15.50")), tuple(Motion.UPSELL, "sso", new BigDecimal("15.50")),
                tuple(Motion.CROSS_SELL, "analytics", new BigDecimal("99.00")), tuple(Motion.CROSS_SELL, "analytics", new BigDecimal("99.00")),
                tuple(Motion.BUNDLE, "suite", new BigDecimal("110.00")), tuple(Motion.BUNDLE, "suite", new BigDecimal("110.00")));
    }

    private PlayPlan planUpgrade(Map<String, Map<String, LocalDate>> cooldowns, Map<String, Integer> assignedSoFar) {
        return PlayPlanner.plan(workspace, PlayFixture.frame(), AS_OF, PlayFixture.entered("upgrade_ready", PlayFixture.ACCOUNTS),
                Map.of(), cooldowns, assignedSoFar);
    }
}
