package io.idem.expression;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Did-you-mean hints for unknown names, ranked by Levenshtein edit distance. */
final class NameSuggestions {

    /** Maximum number of available names listed when none is close; the rest are counted. */
    private static final int MAX_LISTED = 30;

    private NameSuggestions() {
    }

    /**
     * Returns the candidates close enough to the name to be a likely typo, closest first (at most
     * three). Close means within 1 edit for names of up to 3 characters, 2 up to 6, and 3 beyond.
     */
    static List<String> closest(String name, Collection<String> candidates) {
        int limit = name.length() <= 3 ? 1 : name.length() <= 6 ? 2 : 3;
        return candidates.stream()
                .filter(candidate -> !Expressions.isGeneratedName(candidate))
                .map(candidate -> new Ranked(candidate, distance(name, candidate)))
                .filter(ranked -> ranked.distance() <= limit)
                .sorted(Comparator.comparingInt(Ranked::distance).thenComparing(Ranked::name))
                .limit(3)
                .map(Ranked::name)
                .toList();
    }

    /**
     * Returns a fix for an unknown name: "did you mean 'a' or 'b'?" when some candidates are close,
     * otherwise the sorted list of what is available, described by {@code noun} (for example "names").
     */
    static String hint(String name, Collection<String> candidates, String noun) {
        List<String> close = closest(name, candidates);
        if (!close.isEmpty()) {
            return "did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
        }
        if (candidates.isEmpty()) {
            return "no " + noun + " are available here; define it first";
        }
        List<String> sorted = candidates.stream().filter(candidate -> !Expressions.isGeneratedName(candidate)).sorted().toList();
        String listed = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
        String more = sorted.size() > MAX_LISTED ? " and " + (sorted.size() - MAX_LISTED) + " more" : "";
        return "use one of the available " + noun + ": " + listed + more;
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Ranked(String name, int distance) {
    }
}
