package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.explain.Explanation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Propensity model output per offer: for each offer name, the accounts' explained probabilities, keyed by account
 * id ({@link Explanation#rowId()}). An offer without scores falls back to affinity confidence or the motion prior.
 */
public final class PropensityScores {

    private final Map<String, Map<String, Explanation>> byOffer = new HashMap<>();

    public static PropensityScores none() {
        return new PropensityScores();
    }

    /** Adds the scores of one offer's model; a later call for the same offer and account replaces the earlier score. */
    public PropensityScores add(String offer, Iterable<Explanation> explanations) {
        requireNonNull(offer, "offer is null");
        Map<String, Explanation> accounts = byOffer.computeIfAbsent(offer, o -> new HashMap<>());
        for (Explanation explanation : explanations) {
            accounts.put(explanation.rowId(), explanation);
        }
        return this;
    }

    public Optional<Explanation> score(String offer, String accountId) {
        Map<String, Explanation> accounts = byOffer.get(offer);
        return accounts == null ? Optional.empty() : Optional.ofNullable(accounts.get(accountId));
    }
}
