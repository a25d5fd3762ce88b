package io.idem.cycle;

import io.idem.design.playbook.OfferChooser;
import io.idem.identify.AccountFrame;
import io.idem.recommend.Recommendation;
import io.idem.recommend.RecommendationInputs;
import io.idem.recommend.RecommendationsCsvWriter;
import io.idem.recommend.Recommender;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ranked offers of a run, and the chooser that lets playbooks with {@code offer: recommended} use them. */
final class Recommendations {

    private final Map<String, List<Recommendation>> byAccount;

    private Recommendations(Map<String, List<Recommendation>> byAccount) {
        this.byAccount = byAccount;
    }

    /** Ranks offers for every account of a frame that already has its trigger columns. */
    static Recommendations rank(Workspace workspace, AccountFrame frame) {
        Recommender recommender = new Recommender(workspace.offers(), List.copyOf(workspace.triggers().keySet()));
        return new Recommendations(recommender.recommend(frame, RecommendationInputs.defaults()));
    }

    /** Picks each account's best-ranked recommendation of the requested motion. */
    OfferChooser chooser() {
        return (accountId, motion) -> {
            for (Recommendation recommendation : byAccount.getOrDefault(accountId, List.of())) {
                if (recommendation.motion() == motion) {
                    return Optional.of(new OfferChooser.Choice(recommendation.offer(), recommendation.incrementalMrr()));
                }
            }
            return Optional.empty();
        };
    }

    void write(Path folder) {
        try {
            RecommendationsCsvWriter.write(folder.resolve("recommendations.csv"), byAccount);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve("recommendations.csv") + ": " + e.getMessage(), e);
        }
    }

    int count() {
        return byAccount.values().stream().mapToInt(List::size).sum();
    }
}
