package io.idem.demo;

import java.util.Objects;

/**
 * The descriptive columns of one account. {@code owner} is empty for accounts that signed up in
 * the last {@value ProfileFactory#UNASSIGNED_DAYS} days before the as-of date and have no CSM yet.
 */
record AccountProfile(int index, String name, String industry, String country, String region, MarketSegment segment,
                      int signupDay, String owner, String manager) {

    AccountProfile {
        Objects.requireNonNull(segment, "segment is null");
        Objects.requireNonNull(owner, "owner is null");
    }

    boolean hasOwner() {
        return !owner.isEmpty();
    }
}
