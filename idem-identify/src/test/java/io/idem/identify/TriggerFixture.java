package io.idem.identify;

import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Five triggers on one condition, {@code signal > 5}, and the signal of three accounts over nine
 * run dates, with the firings worked out by hand. Account a turns true, false and true within the
 * cooldowns, then true again on the day a cooldown ends. Account b is true from the first run to
 * the last but one, and c is always missing.
 */
final class TriggerFixture {

    static final String YAML = """
            idem: 1
            workspace: triggers
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  signal: number
            triggers:
              rises: {kind: usage_trend, when: signal > 5, fire: becomes_true}
              high: {kind: usage_trend, when: signal > 5, fire: while_true}
              falls: {kind: usage_trend, when: signal > 5, fire: becomes_false}
              rises_cooled: {kind: usage_trend, when: signal > 5, fire: becomes_true, cooldown: 10d}
              high_cooled: {kind: usage_trend, when: signal > 5, fire: while_true, cooldown: 7d}
            segments:
              strong:
                when: signal > 5
            """;

    static final List<String> ACCOUNTS = List.of("a", "b", "c");

    static final List<LocalDate> DATES = List.of(
            LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"),
            LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-10"),
            LocalDate.parse("2024-01-12"), LocalDate.parse("2024-01-13"), LocalDate.parse("2024-01-20"));

    /** Signal per account, one value per date; null is missing, which does not satisfy the condition. */
    static final Map<String, Double[]> SIGNALS = Map.of(
            "a", new Double[] {1.0, 7.0, 8.0, 2.0, 9.0, null, 6.0, 6.0, 3.0},
            "b", new Double[] {7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 1.0},
            "c", new Double[] {null, null, null, null, null, null, null, null, null});

    private TriggerFixture() {
    }

    /** Returns trigger to account to the run dates it fired on. */
    static Map<String, Map<String, List<LocalDate>>> expectedFirings() {
        Map<String, Map<String, List<LocalDate>>> expected = new LinkedHashMap<>();
        // Turns true on 01-02, 01-08 and 01-12 (after missing on 01-10); b counts as turning true on its first run.
        expected.put("rises", Map.of("a", dates(1, 4, 6), "b", dates(0)));
        expected.put("high", Map.of("a", dates(1, 2, 4, 6, 7), "b", dates(0, 1, 2, 3, 4, 5, 6, 7)));
        // Turns false on 01-05, on 01-10 (missing) and on 01-20; b only on 01-20.
        expected.put("falls", Map.of("a", dates(3, 5, 8), "b", dates(8)));
        // 10-day cooldown after 01-02: the rise of 01-08 is inside it, the rise of 01-12 is the first day after it.
        expected.put("rises_cooled", Map.of("a", dates(1, 6), "b", dates(0)));
        // 7-day cooldown: a fires 01-02, is cooling on 01-03 and 01-08, fires 01-12; b fires 01-01 and 01-08.
        expected.put("high_cooled", Map.of("a", dates(1, 6), "b", dates(0, 4)));
        return expected;
    }

    static Workspace workspace(Path folder) throws Exception {
        return TestWorkspace.write(folder, YAML);
    }

    /** Returns the frame of run {@code index}: the accounts and their signal that day. */
    static AccountFrame frame(int index) {
        AccountFrame frame = new AccountFrame(ACCOUNTS);
        Object[] signal = frame.newColumn();
        for (int row = 0; row < ACCOUNTS.size(); row++) {
            signal[row] = SIGNALS.get(ACCOUNTS.get(row))[index];
        }
        frame.put("signal", signal);
        return frame;
    }

    private static List<LocalDate> dates(int... indexes) {
        return Arrays.stream(indexes).mapToObj(DATES::get).toList();
    }
}
