package io.idem.workspace;

import java.util.Collection;
import java.util.Optional;

/** Did-you-mean hints for unknown names, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Returns the closest candidate within a distance of a third of the name's length (at least 2). */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int limit = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Returns "did you mean 'x'?" or a list of the valid names when none is close. */
    public static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse(candidates.isEmpty() ? "none is defined" : "use one of: " + String.join(", ", candidates));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
