package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The shares of an allocation written as whole slots of one block, for stratified assignment: 0.45, 0.45
 * and 0.10 become 9, 9 and 2 slots of a block of 20 accounts. The block is the smallest of at most 1000
 * accounts that holds every share exactly. Shares that no such block holds, such as 1/7 written as 0.1428,
 * get 1000 slots split by largest remainders, so they are balanced to 1/1000 instead of exactly.
 */
final class BlockLayout {

    /** Largest block tried. */
    static final int MAX_BLOCK = 1000;

    /** Slack for a share times a block size to count as a whole number, far above rounding error. */
    private static final double WHOLE_SLACK = 1e-6;

    private final int[] slotsPerVariant;

    private BlockLayout(int[] slotsPerVariant) {
        this.slotsPerVariant = slotsPerVariant;
    }

    /**
     * Lays out the block of an allocation.
     *
     * @throws IllegalArgumentException when a variant's share is below 1/1000, which no block of at most 1000
     *     accounts can hold
     */
    static BlockLayout of(Allocation allocation) {
        requireNonNull(allocation, "allocation is null");
        for (int block = 1; block <= MAX_BLOCK; block++) {
            int[] counts = wholeSlots(allocation, block);
            if (counts != null) {
                return new BlockLayout(counts);
            }
        }
        return new BlockLayout(largestRemainders(allocation));
    }

    int size() {
        int size = 0;
        for (int count : slotsPerVariant) {
            size += count;
        }
        return size;
    }

    int slots(int variantIndex) {
        return slotsPerVariant[variantIndex];
    }

    /** Returns the variant index of every slot, in ascending order before shuffling. */
    List<Integer> slots() {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < slotsPerVariant.length; i++) {
            slots.addAll(Collections.nCopies(slotsPerVariant[i], i));
        }
        return slots;
    }

    private static int[] wholeSlots(Allocation allocation, int block) {
        int[] counts = new int[allocation.size()];
        for (int i = 0; i < counts.length; i++) {
            double exact = allocation.share(i) * block;
            counts[i] = (int) Math.round(exact);
            if (counts[i] < 1 || Math.abs(exact - counts[i]) > WHOLE_SLACK) {
                return null;
            }
        }
        return counts;
    }

    private static int[] largestRemainders(Allocation allocation) {
        int[] counts = new int[allocation.size()];
        List<Integer> order = new ArrayList<>();
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (int) Math.floor(allocation.share(i) * MAX_BLOCK);
            assigned += counts[i];
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> allocation.share(i) * MAX_BLOCK - counts[i]).reversed());
        for (int k = 0; k < MAX_BLOCK - assigned; k++) {
            counts[order.get(k)]++;
        }

        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalArgumentException("variant " + allocation.variants().get(i).name() + " has a share"
                        + " of " + allocation.share(i) + ", below 1/" + MAX_BLOCK + ", which a stratified block"
                        + " cannot hold; raise its weight or assign without stratification");
            }
        }
        return counts;
    }
}
