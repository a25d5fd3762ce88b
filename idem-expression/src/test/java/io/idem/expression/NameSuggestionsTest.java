package io.idem.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSuggestionsTest {

    /** Textbook Levenshtein distances. */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"kitten, sitting, 3", "flaw, lawn, 2", "'', abc, 3", "usage, usage, 0", "mrr, mrr_now, 4"})
    void measuresEditDistance(String a, String b, int expected) {
        assertThat(NameSuggestions.distance(a, b)).isEqualTo(expected);
        assertThat(NameSuggestions.distance(b, a)).isEqualTo(expected);
    }

    @Test
    void ranksCloserNamesFirst() {
        List<String> close = NameSuggestions.closest("usage_3d", List.of("usage_90d", "usage_30d", "tickets_90d"));

        assertThat(close).containsExactly("usage_30d", "usage_90d");
    }

    @Test
    void allowsOneEditForShortNames() {
        assertThat(NameSuggestions.closest("mr", List.of("mrr", "arr", "m"))).containsExactly("m", "mrr");
        assertThat(NameSuggestions.closest("ab", List.of("xyz"))).isEmpty();
    }

    @Test
    void countsNamesBeyondListLimit() {
        List<String> names = IntStream.range(0, 35).mapToObj(i -> String.format("feature_%02d", i)).toList();

        String hint = NameSuggestions.hint("zzzzzzzzzzzz", names, "names");

        assertThat(hint).startsWith("use one of the available names: feature_00, feature_01,");
        assertThat(hint).endsWith("feature_29 and 5 more");
    }

    @Test
    void leavesOutGeneratedAggregateNames() {
        List<String> names = List.of("agg_50ffcc93c7ae", "agg_8bdd0ac01811", "mrr_now", "usage_30d");

        String listed = NameSuggestions.hint("zzzzzzzzzzzz", names, "names");
        List<String> close = NameSuggestions.closest("agg_50ffcc93c7af", names);

        assertThat(listed).isEqualTo("use one of the available names: mrr_now, usage_30d");
        assertThat(close).isEmpty();
    }

    @Test
    void keepsUserNamesThatLookGenerated() {
        assertThat(Expressions.isGeneratedName("agg_total")).isFalse();
        assertThat(Expressions.isGeneratedName("agg_50ffcc93c7ae")).isTrue();
    }
}
