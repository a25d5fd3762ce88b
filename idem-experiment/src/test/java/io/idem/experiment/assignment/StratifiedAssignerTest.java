package io.idem.experiment.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.experiment.Variant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class StratifiedAssignerTest {

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));
    private static final Map<String, Integer> STRATUM_SIZES = Map.of("enterprise", 137, "mid-market", 1_003,
            "smb", 4_850, "", 19);

    @Test
    void blockHoldsWholeSlotsOfTheShares() {
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));

        assertThat(assigner.blockSize()).isEqualTo(20);
        assertThat(List.of(assigner.slots(0), assigner.slots(1), assigner.slots(2))).containsExactly(9, 9, 2);
    }

    @Test
    void oddSharesUseThousandSlots() {
        List<Variant> sevenths = List.of(new Variant("play", 0.8572), new Variant("holdout", 0.1428));
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(sevenths));

        assertThat(assigner.blockSize()).isEqualTo(1000);
        assertThat(assigner.slots(1)).isEqualTo(143);
    }

    @Test
    void equalWeightsUseBlockOfOneSlotEach() {
        List<Variant> thirds = List.of(new Variant("a", 1), new Variant("b", 1), new Variant("c", 1));

        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(thirds));

        assertThat(assigner.blockSize()).isEqualTo(3);
    }

    @Test
    void everyStratumIsBalancedWithinOneBlock() {
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));
        List<AccountUnit> accounts = population();

        List<Assignment> assignments = assigner.assign(accounts);

        Map<String, Map<String, Long>> counts = assignments.stream().collect(Collectors.groupingBy(
                a -> a.stratum(), Collectors.groupingBy(Assignment::variant, Collectors.counting())));
        for (Map.Entry<String, Integer> stratum : STRATUM_SIZES.entrySet()) {
            int n = stratum.getValue();
            int fullBlocks = n / 20;
            for (int i = 0; i < PLAYS.size(); i++) {
                long count = counts.get(stratum.getKey()).getOrDefault(PLAYS.get(i).name(), 0L);
                int slots = assigner.slots(i);
                assertThat(count).as("%s in stratum '%s'", PLAYS.get(i).name(), stratum.getKey())
                        .isBetween((long) fullBlocks * slots, (long) fullBlocks * slots + slots);
            }
            assertThat(counts.get(stratum.getKey()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
        }
    }

    @Test
    void assignmentIgnoresInputOrder() {
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));
        List<AccountUnit> accounts = population();
        List<AccountUnit> shuffled = new ArrayList<>(accounts);
        Collections.shuffle(shuffled, new Random(7));

        Map<String, String> first = byAccount(assigner.assign(accounts));
        Map<String, String> second = byAccount(new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS))
                .assign(shuffled));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void outputFollowsInputOrder() {
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));
        List<AccountUnit> accounts = population().subList(0, 50);

        List<Assignment> assignments = assigner.assign(accounts);

        assertThat(assignments).extracting(Assignment::accountId)
                .containsExactlyElementsOf(accounts.stream().map(AccountUnit::accountId).toList());
        assertThat(assignments).extracting(Assignment::stratum)
                .containsExactlyElementsOf(accounts.stream().map(AccountUnit::stratum).toList());
    }

    @Test
    void partialBlocksDrawVariantsAtPlannedRates() {
        // Strata of 7 accounts fill only part of a block of 20, so their variants come from the shuffled slots.
        // Over many strata the shares must still match 0.45, 0.45 and 0.10.
        List<AccountUnit> accounts = new ArrayList<>();
        for (int stratum = 0; stratum < 3000; stratum++) {
            for (int k = 0; k < 7; k++) {
                accounts.add(new AccountUnit("acct-" + stratum + "-" + k, "s" + stratum));
            }
        }
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));

        Map<String, Long> counts = assigner.assign(accounts).stream()
                .collect(Collectors.groupingBy(Assignment::variant, Collectors.counting()));

        long[] observed = PLAYS.stream().mapToLong(v -> counts.get(v.name())).toArray();
        double[] expected = PLAYS.stream().mapToDouble(v -> v.weight() * accounts.size()).toArray();
        // Sampling slots without replacement makes the counts less variable than a multinomial, so the
        // chi-square test against the planned shares is conservative here.
        assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).isGreaterThan(0.001);
    }

    @Test
    void rejectsRepeatedAccount() {
        StratifiedAssigner assigner = new StratifiedAssigner("upsell-2025-q1", new Allocation(PLAYS));
        List<AccountUnit> accounts = List.of(new AccountUnit("acct-1", "smb"), new AccountUnit("acct-1", "smb"));

        assertThatThrownBy(() -> assigner.assign(accounts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acct-1 appears twice");
    }

    private static List<AccountUnit> population() {
        List<AccountUnit> accounts = new ArrayList<>();
        STRATUM_SIZES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(stratum -> {
            for (int i = 0; i < stratum.getValue(); i++) {
                accounts.add(new AccountUnit(stratum.getKey() + "-acct-" + i, stratum.getKey()));
            }
        });
        return accounts;
    }

    private static Map<String, String> byAccount(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(Assignment::accountId, Assignment::variant,
                (a, b) -> a, HashMap::new));
    }
}
