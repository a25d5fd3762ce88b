package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.OfferCatalog;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statistical sanity of the default workspace, recomputed from the CSV files alone: structure of
 * the subscription history, pricing, usage volume and plan gating, and that the signals the
 * triggers watch lead the outcomes they should.
 */
class DemoDynamicsTest {

    private static final DemoSpec SPEC = DemoSpec.defaults();
    private static final LocalDate AS_OF = SPEC.asOf();
    private static final List<BigDecimal> DISCOUNT_FACTORS = List.of(new BigDecimal("1.00"), new BigDecimal("0.90"),
            new BigDecimal("0.85"), new BigDecimal("0.80"));
    private static final List<String> PLAN_LADDER = List.of("Starter", "Growth", "Scale", "Enterprise");
    private static final Map<String, String> MINIMUM_PLAN = Map.of("automations", "Growth", "integrations", "Growth",
            "api", "Scale", "advanced_analytics", "Scale", "audit_log", "Enterprise", "sso", "Enterprise");

    @TempDir
    static Path temp;

    private static DemoData data;
    private static OfferCatalog offers;
    private static Map<String, List<DemoData.Usage>> usageByAccount;

    @BeforeAll
    static void generate() throws Exception {
        DemoWorkspace demo = DemoGenerator.generate(SPEC, temp.resolve("demo"));
        data = DemoData.load(demo.dataFolder());
        offers = WorkspaceLoader.load(demo.folder()).offers();
        usageByAccount = data.usage.stream().collect(Collectors.groupingBy(DemoData.Usage::account));
        usageByAccount.values().forEach(list -> list.sort(Comparator.comparing(DemoData.Usage::date)));
    }

    @Test
    void subscriptionsNeverOverlap() {
        for (List<DemoData.Subscription> history : data.subscriptions.values()) {
            assertThat(history).isNotEmpty();
            for (int i = 0; i < history.size(); i++) {
                DemoData.Subscription subscription = history.get(i);
                if (subscription.end() != null) {
                    assertThat(subscription.end()).as(subscription.id()).isAfter(subscription.start());
                }
                if (i + 1 < history.size()) {
                    DemoData.Subscription next = history.get(i + 1);
                    assertThat(subscription.end()).as("%s ends before %s starts", subscription.id(), next.id()).isNotNull();
                    assertThat(subscription.end()).as(subscription.id()).isBeforeOrEqualTo(next.start());
                }
            }
        }
    }

    @Test
    void changesCloseAndOpenSameDay() {
        int changes = 0;
        int reactivations = 0;
        for (List<DemoData.Subscription> history : data.subscriptions.values()) {
            for (int i = 0; i + 1 < history.size(); i++) {
                DemoData.Subscription before = history.get(i);
                DemoData.Subscription after = history.get(i + 1);
                if (before.end().equals(after.start())) {
                    changes++;
                    assertThat(before.plan().equals(after.plan()) && before.seats() == after.seats())
                            .as("%s to %s changes plan or seats", before.id(), after.id()).isFalse();
                    assertThat(after.billing()).isEqualTo(before.billing());
                } else {
                    reactivations++;
                }
            }
        }

        assertThat(changes).isGreaterThan(200);
        assertThat(reactivations).isGreaterThan(0);
    }

    @Test
    void mrrIsSeatsTimesPriceLessDiscount() {
        int discounted = 0;
        int total = 0;
        for (List<DemoData.Subscription> history : data.subscriptions.values()) {
            for (DemoData.Subscription subscription : history) {
                BigDecimal list = offers.plan(subscription.plan()).orElseThrow().seatPrice()
                        .multiply(BigDecimal.valueOf(subscription.seats()));
                BigDecimal factor = subscription.mrr().divide(list, 2, java.math.RoundingMode.UNNECESSARY);

                assertThat(DISCOUNT_FACTORS).as("mrr %s of %s over list price %s", subscription.mrr(), subscription.id(), list)
                        .anySatisfy(allowed -> assertThat(factor).isEqualByComparingTo(allowed));
                total++;
                if (factor.compareTo(BigDecimal.ONE) < 0) {
                    discounted++;
                }
            }
        }

        assertThat(discounted).isBetween(total / 20, total / 3);
    }

    @Test
    void accountsShowLatestSubscription() {
        for (DemoData.Account account : data.accounts.values()) {
            List<DemoData.Subscription> history = data.subscriptions.get(account.id());
            DemoData.Subscription latest = history.get(history.size() - 1);

            assertThat(account.plan()).as(account.id()).isEqualTo(latest.plan());
            assertThat(account.seats()).as(account.id()).isEqualTo(latest.seats());
            assertThat(history.get(0).start()).as(account.id()).isEqualTo(account.signup());
        }
    }

    @Test
    void churnedAccountsHaveNoActiveSubscription() {
        int churned = 0;
        for (DemoData.Account account : data.accounts.values()) {
            List<DemoData.Subscription> history = data.subscriptions.get(account.id());
            long open = history.stream().filter(s -> s.end() == null).count();
            DemoData.Subscription latest = history.get(history.size() - 1);
            assertThat(open).as(account.id()).isLessThanOrEqualTo(1);
            if (latest.end() == null) {
                continue;
            }
            churned++;

            assertThat(data.mrrOn(account.id(), AS_OF)).as(account.id()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(latest.end()).as(account.id()).isBeforeOrEqualTo(AS_OF);
            List<DemoData.Usage> usage = usageByAccount.getOrDefault(account.id(), List.of());
            assertThat(usage).as("usage of %s after churn", account.id())
                    .noneMatch(row -> !row.date().isBefore(latest.end()));
        }

        assertThat(churned).isBetween(100, 400);
    }

    @Test
    void activityFallsInsideSubscriptions() {
        for (DemoData.Usage row : data.usage) {
            assertThat(data.activeOn(row.account(), row.date())).as("usage of %s on %s", row.account(), row.date()).isTrue();
        }
        for (DemoData.Ticket ticket : data.tickets) {
            assertThat(data.activeOn(ticket.account(), ticket.opened())).as("ticket of %s", ticket.account()).isTrue();
        }
        for (DemoData.Response response : data.responses) {
            assertThat(data.activeOn(response.account(), response.date())).as("response of %s", response.account()).isTrue();
        }
        for (DemoData.Touchpoint touchpoint : data.touchpoints) {
            assertThat(data.activeOn(touchpoint.account(), touchpoint.date())).as("touchpoint of %s", touchpoint.account())
                    .isTrue();
        }
    }

    @Test
    void invoicesBillActiveSubscriptions() {
        int unpaid = 0;
        for (DemoData.Invoice invoice : data.invoices) {
            LocalDate issued = invoice.due().minusDays(30);
            DemoData.Subscription billed = data.subscriptions.get(invoice.account()).stream()
                    .filter(s -> s.activeOn(issued)).findFirst().orElse(null);

            assertThat(billed).as("subscription of %s on %s", invoice.account(), issued).isNotNull();
            BigDecimal months = BigDecimal.valueOf(billed.billing().equals("annual") ? 12 : 1);
            assertThat(invoice.amount()).as("invoice of %s", invoice.account()).isEqualByComparingTo(billed.mrr().multiply(months));
            assertThat(issued).isAfterOrEqualTo(SPEC.historyStart()).isBeforeOrEqualTo(AS_OF);
            if (invoice.paid() == null) {
                unpaid++;
            } else {
                assertThat(invoice.paid()).isAfterOrEqualTo(issued).isBeforeOrEqualTo(AS_OF);
            }
        }

        assertThat(unpaid).isBetween(1, data.invoices.size() / 10);
    }

    @Test
    void usageVolumeMatchesRate() {
        assertThat(data.usage).hasSize(SPEC.accounts() * SPEC.usageEventsPerAccount());

        Map<String, Double> meanBySegment = new HashMap<>();
        Map<String, List<DemoData.Account>> bySegment = data.accounts.values().stream()
                .collect(Collectors.groupingBy(DemoData.Account::segment));
        bySegment.forEach((segment, accounts) -> meanBySegment.put(segment, accounts.stream()
                .mapToInt(a -> usageByAccount.getOrDefault(a.id(), List.of()).size()).average().orElse(0)));

        assertThat(meanBySegment.get("enterprise")).isGreaterThan(meanBySegment.get("mid_market"));
        assertThat(meanBySegment.get("mid_market")).isGreaterThan(meanBySegment.get("smb"));
        assertThat(data.usage).allSatisfy(row -> assertThat(row.count()).isPositive());
    }

    @Test
    void monthlyUsersStayWithinSeats() {
        for (var entry : usageByAccount.entrySet()) {
            Map<YearMonth, Set<String>> usersByMonth = new HashMap<>();
            for (DemoData.Usage row : entry.getValue()) {
                assertThat(row.user()).startsWith(entry.getKey() + "-u");
                usersByMonth.computeIfAbsent(YearMonth.from(row.date()), m -> new HashSet<>()).add(row.user());
            }
            for (var month : usersByMonth.entrySet()) {
                LocalDate first = month.getKey().atDay(1);
                LocalDate last = month.getKey().atEndOfMonth();
                int maxSeats = data.subscriptions.get(entry.getKey()).stream()
                        .filter(s -> !s.start().isAfter(last) && (s.end() == null || s.end().isAfter(first)))
                        .mapToInt(DemoData.Subscription::seats).max().orElse(0);

                assertThat(month.getValue().size()).as("users of %s in %s", entry.getKey(), month.getKey())
                        .isLessThanOrEqualTo(maxSeats);
            }
        }
    }

    @Test
    void gatedFeaturesFavourEntitledPlans() {
        Map<String, int[]> entitledAndTotal = new HashMap<>();
        for (DemoData.Usage row : data.usage) {
            String minimum = MINIMUM_PLAN.get(row.feature());
            if (minimum == null) {
                continue;
            }
            String plan = data.planOn(row.account(), row.date());
            int[] counts = entitledAndTotal.computeIfAbsent(row.feature(), f -> new int[2]);
            counts[0] += PLAN_LADDER.indexOf(plan) >= PLAN_LADDER.indexOf(minimum) ? 1 : 0;
            counts[1]++;
        }

        assertThat(entitledAndTotal).containsOnlyKeys(MINIMUM_PLAN.keySet());
        int below = 0;
        for (var entry : entitledAndTotal.entrySet()) {
            double entitledShare = entry.getValue()[0] / (double) entry.getValue()[1];
            assertThat(entitledShare).as("share of %s rows on an entitled plan", entry.getKey()).isGreaterThan(0.8);
            below += entry.getValue()[1] - entry.getValue()[0];
        }
        assertThat(below).as("rows of features above the account's plan").isPositive();
    }

    @Test
    void surveyAndTicketValuesAreInRange() {
        Set<String> surveys = new HashSet<>();
        for (DemoData.Response response : data.responses) {
            surveys.add(response.survey());
            if (response.survey().equals("nps")) {
                assertThat(response.score()).isBetween(0, 10);
            } else {
                assertThat(response.survey()).isEqualTo("csat");
                assertThat(response.score()).isBetween(1, 5);
            }
        }
        assertThat(surveys).containsExactlyInAnyOrder("nps", "csat");

        long escalated = 0;
        for (DemoData.Ticket ticket : data.tickets) {
            assertThat(ticket.priority()).isIn("low", "normal", "high", "urgent");
            if (ticket.closed() == null) {
                assertThat(ticket.satisfaction()).isNull();
            } else {
                assertThat(ticket.closed()).isAfter(ticket.opened().atStartOfDay());
                assertThat(ticket.closed().toLocalDate()).isBeforeOrEqualTo(AS_OF);
            }
            if (ticket.satisfaction() != null) {
                assertThat(ticket.satisfaction()).isBetween(1, 5);
            }
            escalated += ticket.escalated() ? 1 : 0;
        }
        assertThat(escalated).isBetween(data.tickets.size() / 100L, data.tickets.size() / 5L);
    }

    @Test
    void expansionShareIsPlausible() {
        List<LocalDate> monthEnds = monthEnds(YearMonth.from(earliestStart()), YearMonth.from(AS_OF));
        int first = monthEnds.size() - 12;
        BigDecimal fresh = BigDecimal.ZERO;
        BigDecimal expansion = BigDecimal.ZERO;
        BigDecimal reactivation = BigDecimal.ZERO;
        for (String account : data.accounts.keySet()) {
            boolean paidBefore = false;
            BigDecimal previous = BigDecimal.ZERO;
            for (int i = 0; i < monthEnds.size(); i++) {
                BigDecimal current = data.mrrOn(account, monthEnds.get(i));
                if (i >= first && previous.signum() == 0 && current.signum() > 0) {
                    if (paidBefore) {
                        reactivation = reactivation.add(current);
                    } else {
                        fresh = fresh.add(current);
                    }
                } else if (i >= first && previous.signum() > 0 && current.compareTo(previous) > 0) {
                    expansion = expansion.add(current.subtract(previous));
                }
                paidBefore |= current.signum() > 0;
                previous = current;
            }
        }
        double share = expansion.doubleValue() / fresh.add(expansion).add(reactivation).doubleValue();

        assertThat(share).isBetween(0.10, 0.30);
        assertThat(reactivation.signum()).isPositive();
    }

    @Test
    void seatPressureAndGrowthLeadExpansion() {
        List<LocalDate> monthEnds = monthEnds(YearMonth.from(SPEC.historyStart()), YearMonth.from(AS_OF));
        int[] counts = new int[4];
        for (int i = 3; i + 3 < monthEnds.size(); i++) {
            LocalDate day = monthEnds.get(i);
            for (String account : data.accounts.keySet()) {
                BigDecimal mrr = data.mrrOn(account, day);
                if (mrr.signum() == 0) {
                    continue;
                }
                List<DemoData.Usage> usage = usageByAccount.getOrDefault(account, List.of());
                double utilisation = distinctUsers(usage, day.minusDays(30), day) / (double) data.seatsOn(account, day);
                boolean growing = uses(usage, day.minusDays(30), day) > uses(usage, day.minusDays(60), day.minusDays(30));
                boolean expanded = false;
                for (int later = i + 1; later <= i + 3; later++) {
                    expanded |= data.mrrOn(account, monthEnds.get(later)).compareTo(mrr) > 0;
                }
                int group = utilisation >= 0.8 && growing ? 0 : 2;
                counts[group]++;
                counts[group + 1] += expanded ? 1 : 0;
            }
        }
        double signalRate = counts[1] / (double) counts[0];
        double otherRate = counts[3] / (double) counts[2];

        assertThat(counts[0]).isGreaterThan(300);
        assertThat(signalRate).as("expansion rate with the signal %s, without %s", signalRate, otherRate)
                .isGreaterThan(2 * otherRate);
    }

    @Test
    void lowNpsLeadsChurn() {
        Map<String, List<DemoData.Response>> nps = data.responses.stream().filter(r -> r.survey().equals("nps"))
                .collect(Collectors.groupingBy(DemoData.Response::account));
        List<LocalDate> monthEnds = monthEnds(YearMonth.from(SPEC.historyStart()), YearMonth.from(AS_OF));
        int[] counts = new int[4];
        for (int i = 0; i + 3 < monthEnds.size(); i++) {
            LocalDate day = monthEnds.get(i);
            for (var entry : nps.entrySet()) {
                if (data.mrrOn(entry.getKey(), day).signum() == 0) {
                    continue;
                }
                DemoData.Response last = latestOnOrBefore(entry.getValue(), day);
                if (last == null || last.score() == 7 || last.score() == 8) {
                    continue;
                }
                boolean churned = false;
                for (int later = i + 1; later <= i + 3; later++) {
                    churned |= data.mrrOn(entry.getKey(), monthEnds.get(later)).signum() == 0;
                }
                int group = last.score() <= 6 ? 0 : 2;
                counts[group]++;
                counts[group + 1] += churned ? 1 : 0;
            }
        }
        double detractorRate = counts[1] / (double) counts[0];
        double promoterRate = counts[3] / (double) counts[2];

        assertThat(counts[0]).isGreaterThan(500);
        assertThat(counts[2]).isGreaterThan(500);
        assertThat(detractorRate).as("churn rate after a detractor answer %s, after a promoter answer %s", detractorRate,
                promoterRate).isGreaterThan(2 * promoterRate);
    }

    private static LocalDate earliestStart() {
        return data.subscriptions.values().stream().flatMap(Collection::stream).map(DemoData.Subscription::start)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<LocalDate> monthEnds(YearMonth from, YearMonth to) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            ends.add(month.atEndOfMonth());
        }
        return ends;
    }

    /** Counts distinct users with rows dated after {@code from} and on or before {@code to}. */
    private static int distinctUsers(List<DemoData.Usage> usage, LocalDate from, LocalDate to) {
        Set<String> users = new HashSet<>();
        for (DemoData.Usage row : usage) {
            if (row.date().isAfter(from) && !row.date().isAfter(to)) {
                users.add(row.user());
            }
        }
        return users.size();
    }

    private static long uses(List<DemoData.Usage> usage, LocalDate from, LocalDate to) {
        long total = 0;
        for (DemoData.Usage row : usage) {
            if (row.date().isAfter(from) && !row.date().isAfter(to)) {
                total += row.count();
            }
        }
        return total;
    }

    private static DemoData.Response latestOnOrBefore(List<DemoData.Response> responses, LocalDate day) {
        DemoData.Response latest = null;
        for (DemoData.Response response : responses) {
            if (!response.date().isAfter(day) && (latest == null || !response.date().isBefore(latest.date()))) {
                latest = response;
            }
        }
        return latest != null && ChronoUnit.DAYS.between(latest.date(), day) <= 180 ? latest : null;
    }
}
