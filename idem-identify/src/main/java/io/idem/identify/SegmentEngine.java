package io.idem.identify;

import io.idem.workspace.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recomputes segment membership at an as-of date and compares it with the open memberships of
 * the previous run: accounts that now qualify and were not members enter, members that no longer
 * qualify leave. Adds a Boolean column per segment to the frame.
 */
public final class SegmentEngine {

    private SegmentEngine() {
    }

    /** Membership of one segment after a run. */
    public record Change(String segment, List<String> members, List<String> entered, List<String> left) {
    }

    public static Map<String, Change> evaluate(Definitions definitions, AccountFrame frame, LocalDate asOf,
                                               Map<String, Set<String>> openMemberships) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Segment segment : definitions.workspace().segments().values()) {
            Boolean[] holds = Conditions.evaluate(definitions.segmentCondition(segment.name()), frame, asOf);
            frame.put(segment.name(), holds);
            Set<String> previous = openMemberships.getOrDefault(segment.name(), Set.of());
            List<String> members = new ArrayList<>();
            List<String> entered = new ArrayList<>();
            for (int row = 0; row < frame.size(); row++) {
                if (holds[row]) {
                    String account = frame.accountIds().get(row);
                    members.add(account);
                    if (!previous.contains(account)) {
                        entered.add(account);
                    }
                }
            }
            Set<String> current = new TreeSet<>(members);
            List<String> left = previous.stream().filter(a -> !current.contains(a)).sorted().toList();
            changes.put(segment.name(), new Change(segment.name(), members, entered, left));
        }
        return changes;
    }
}
