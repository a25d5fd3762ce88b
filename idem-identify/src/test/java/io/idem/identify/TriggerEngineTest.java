package io.idem.identify;

import static io.idem.identify.TriggerFixture.DATES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerEngineTest {

    @TempDir
    Path folder;

    private Definitions definitions;

    @BeforeEach
    void compile() throws Exception {
        definitions = Definitions.compile(TriggerFixture.workspace(folder));
    }

    @Test
    void firingsFollowFireModesAndCooldowns() {
        Map<String, Map<String, List<LocalDate>>> fired = replay(definitions);

        TriggerFixture.expectedFirings().forEach((trigger, accounts) ->
                assertThat(fired.get(trigger)).as("firings of %s", trigger).isEqualTo(new TreeMap<>(accounts)));
    }

    @Test
    void sameDateReevaluationFiresNothing() {
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        for (int run = 0; run < DATES.size(); run++) {
            TriggerEngine.Evaluation first = TriggerEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run), states);

            TriggerEngine.Evaluation again = TriggerEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run), first.states());

            assertThat(again.fired().values()).as("firings when %s is evaluated a second time", DATES.get(run)).allMatch(List::isEmpty);
            assertThat(again.states()).as("states after evaluating %s a second time", DATES.get(run)).isEqualTo(first.states());
            states = first.states();
        }
    }

    @Test
    void stateRecordsSinceAndLastFiring() {
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        for (int run = 0; run <= 4; run++) {
            states = TriggerEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run), states).states();
        }

        // Run 4 is 01-08: a turned true again that day; its last firing of rises_cooled was 01-02.
        assertThat(states.get("rises_cooled").get("a")).isEqualTo(new TriggerState(true, DATES.get(4), DATES.get(1)));
        assertThat(states.get("rises").get("a")).isEqualTo(new TriggerState(true, DATES.get(4), DATES.get(4)));
        assertThat(states.get("falls").get("a")).isEqualTo(new TriggerState(true, DATES.get(4), DATES.get(3)));
        // b has been true since the first run.
        assertThat(states.get("high").get("b")).isEqualTo(new TriggerState(true, DATES.get(0), DATES.get(4)));
        // c never satisfied the condition nor fired, so nothing is remembered about it.
        assertThat(states.values()).allSatisfy(byAccount -> assertThat(byAccount).doesNotContainKey("c"));
    }

    @Test
    void conditionColumnAddedToFrame() {
        AccountFrame frame = TriggerFixture.frame(1);

        TriggerEngine.evaluate(definitions, frame, DATES.get(1), Map.of());

        // a = 7, b = 7, c missing.
        assertThat(frame.column("rises")).containsExactly(true, true, false);
    }

    /** Runs every date in order, carrying states, and returns trigger to account to firing dates. */
    static Map<String, Map<String, List<LocalDate>>> replay(Definitions definitions) {
        Map<String, Map<String, List<LocalDate>>> fired = new TreeMap<>();
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        for (int run = 0; run < DATES.size(); run++) {
            TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run), states);
            LocalDate date = DATES.get(run);
            evaluation.fired().forEach((trigger, accounts) -> accounts.forEach(account ->
                    fired.computeIfAbsent(trigger, t -> new TreeMap<>()).computeIfAbsent(account, a -> new ArrayList<>()).add(date)));
            states = evaluation.states();
        }
        return fired;
    }
}
