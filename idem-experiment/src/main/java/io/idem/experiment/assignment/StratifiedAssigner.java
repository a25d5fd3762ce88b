package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash-ordered blocked assignment within strata, which balances the variants inside every stratum.
 *
 * <p>Within a stratum the accounts are ordered by their hash {@code experimentId:accountId} (ties by account
 * id) and cut into consecutive blocks of {@link BlockLayout#size()} accounts. Each block holds exactly the
 * planned number of slots per variant, shuffled by sorting the slots on the hash of
 * {@code experimentId#block:k:slot:stratum}. The k-th account of a block gets the variant of the k-th
 * shuffled slot. A stratum of n accounts therefore gives variant i between floor(n / B) s_i and
 * floor(n / B) s_i + s_i accounts, where B is the block size and s_i the variant's slots, and the last,
 * partial block is filled from a random arrangement of whole slots. This is the permuted-block
 * randomisation of clinical trials, stratified, with the random order and the permutations taken from
 * SHA-256 instead of a random number generator.
 *
 * <p>The same accounts with the same strata give the same assignment in every run and on every machine.
 * Unlike {@link HashAssigner}, the variant of an account depends on the other accounts of its stratum, so
 * adding or removing accounts can move others: assign the population once when the experiment starts, store
 * the result, and assign later arrivals with {@link HashAssigner}.
 */
public final class StratifiedAssigner {

    private final String experimentId;
    private final Allocation allocation;
    private final BlockLayout layout;

    /**
     * Creates the assigner.
     *
     * @throws IllegalArgumentException when a variant's share is below 1/1000 of the total
     */
    public StratifiedAssigner(String experimentId, Allocation allocation) {
        ExperimentDefinition.requireExperimentId(experimentId);
        this.experimentId = experimentId;
        this.allocation = requireNonNull(allocation, "allocation is null");
        this.layout = BlockLayout.of(allocation);
    }

    /** Returns the number of accounts in one block. */
    public int blockSize() {
        return layout.size();
    }

    /** Returns how many slots of a block go to the variant at {@code index}. */
    public int slots(int index) {
        return layout.slots(index);
    }

    /**
     * Assigns every account; a null stratum is a stratum of its own, apart from the blank one.
     *
     * @return one assignment per account, in input order
     * @throws IllegalArgumentException when an account id appears twice
     */
    public List<Assignment> assign(List<AccountUnit> accounts) {
        requireNonNull(accounts, "accounts is null");
        Map<String, AccountUnit> byId = new HashMap<>();
        Map<String, List<AccountUnit>> strata = new LinkedHashMap<>();
        for (AccountUnit account : accounts) {
            if (byId.putIfAbsent(account.accountId(), account) != null) {
                throw new IllegalArgumentException("account " + account.accountId() + " appears twice; list each"
                        + " account once");
            }
            strata.computeIfAbsent(account.stratum(), s -> new ArrayList<>()).add(account);
        }

        Map<String, String> variants = new HashMap<>();
        for (List<AccountUnit> stratum : strata.values()) {
            assignStratum(stratum, variants);
        }

        List<Assignment> assignments = new ArrayList<>(accounts.size());
        for (AccountUnit account : accounts) {
            assignments.add(new Assignment(experimentId, account.accountId(), variants.get(account.accountId()),
                    account.stratum()));
        }
        return assignments;
    }

    private void assignStratum(List<AccountUnit> members, Map<String, String> variants) {
        List<AccountUnit> ordered = new ArrayList<>(members);
        Map<String, Long> hashes = new HashMap<>();
        for (AccountUnit account : ordered) {
            hashes.put(account.accountId(), UnitHash.bits(experimentId + ":" + account.accountId()));
        }
        ordered.sort(Comparator.comparing((AccountUnit a) -> hashes.get(a.accountId()))
                .thenComparing(AccountUnit::accountId));

        int blockSize = layout.size();
        List<Integer> block = List.of();
        for (int position = 0; position < ordered.size(); position++) {
            if (position % blockSize == 0) {
                block = shuffledBlock(position / blockSize, ordered.get(position).stratum());
            }
            AccountUnit account = ordered.get(position);
            int index = block.get(position % blockSize);
            variants.put(account.accountId(), allocation.variants().get(index).name());
        }
    }

    private List<Integer> shuffledBlock(int blockIndex, String stratum) {
        List<Integer> slots = layout.slots();
        long[] keys = new long[slots.size()];
        for (int slot = 0; slot < keys.length; slot++) {
            // '#' cannot occur in an experiment id, so these keys never equal an account key id:accountId.
            keys[slot] = UnitHash.bits(experimentId + "#block:" + blockIndex + ":" + slot + ":" + stratum);
        }
        List<Integer> order = new ArrayList<>();
        for (int slot = 0; slot < keys.length; slot++) {
            order.add(slot);
        }
        order.sort(Comparator.comparingLong((Integer slot) -> keys[slot]).thenComparing(slot -> slot));

        List<Integer> shuffled = new ArrayList<>(slots.size());
        for (int slot : order) {
            shuffled.add(slots.get(slot));
        }
        return shuffled;
    }
}
