package io.idem.identify;

import static io.idem.identify.TriggerFixture.DATES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segment {@code strong} (signal > 5) over the runs of {@link TriggerFixture}. */
class SegmentEngineTest {

    @TempDir
    Path folder;

    private Definitions definitions;

    @BeforeEach
    void compile() throws Exception {
        definitions = Definitions.compile(TriggerFixture.workspace(folder));
    }

    @Test
    void enteredAndLeftAcrossRuns() {
        List<List<String>> entered = List.of(List.of("b"), List.of("a"), List.of(), List.of(), List.of("a"), List.of(), List.of("a"),
                List.of(), List.of());
        List<List<String>> left = List.of(List.of(), List.of(), List.of(), List.of("a"), List.of(), List.of("a"), List.of(), List.of(),
                List.of("a", "b"));
        List<List<String>> members = List.of(List.of("b"), List.of("a", "b"), List.of("a", "b"), List.of("b"), List.of("a", "b"),
                List.of("b"), List.of("a", "b"), List.of("a", "b"), List.of());

        Map<String, Set<String>> open = new HashMap<>();
        for (int run = 0; run < DATES.size(); run++) {
            SegmentEngine.Change change = SegmentEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run), open).get("strong");

            assertThat(change.entered()).as("entered on %s", DATES.get(run)).isEqualTo(entered.get(run));
            assertThat(change.left()).as("left on %s", DATES.get(run)).isEqualTo(left.get(run));
            assertThat(change.members()).as("members on %s", DATES.get(run)).isEqualTo(members.get(run));
            open = Map.of("strong", new HashSet<>(change.members()));
        }
    }

    @Test
    void memberMissingFromFrameLeaves() {
        Map<String, Set<String>> open = Map.of("strong", Set.of("b", "zed"));

        SegmentEngine.Change change = SegmentEngine.evaluate(definitions, TriggerFixture.frame(0), DATES.get(0), open).get("strong");

        assertThat(change.entered()).isEmpty();
        assertThat(change.left()).containsExactly("zed");
        assertThat(change.members()).containsExactly("b");
    }

    @Test
    void conditionColumnAddedToFrame() {
        AccountFrame frame = TriggerFixture.frame(3);

        SegmentEngine.evaluate(definitions, frame, DATES.get(3), Map.of());

        assertThat(frame.column("strong")).containsExactly(false, true, false);
    }
}
