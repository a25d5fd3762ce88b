package io.idem.cycle;

import io.idem.identify.SegmentEngine;
import io.idem.workspace.Playbook;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Accounts that a segment playbook will not reach: open members of its segment before the
 * previewed run that stay members in it, and that have no play of the playbook in any status. A
 * segment playbook starts a play only when an account enters its segment, so these accounts get
 * none until they leave the segment and enter it again.
 */
public record MembersWithoutPlay(String playbook, String segment, int count) {

    public MembersWithoutPlay {
        Objects.requireNonNull(playbook, "playbook is null");
        Objects.requireNonNull(segment, "segment is null");
    }

    /**
     * Counts, for each segment playbook in workspace order, the members without a play. Returns
     * one entry per segment playbook, including those with a count of zero.
     *
     * @param segments the previewed membership of each segment
     * @param openMemberships the open members of each segment stored before the previewed run
     * @param playedAccounts per playbook name, the accounts that have a play of it in any status
     *        (the keys of {@code PlayRepository.loadCooldowns()})
     */
    public static List<MembersWithoutPlay> count(Workspace workspace, Map<String, SegmentEngine.Change> segments,
                                                 Map<String, Set<String>> openMemberships,
                                                 Map<String, Map<String, LocalDate>> playedAccounts) {
        List<MembersWithoutPlay> counts = new ArrayList<>();
        for (Playbook playbook : workspace.playbooks().values()) {
            if (playbook.segment() == null) {
                continue;
            }
            SegmentEngine.Change change = segments.get(playbook.segment());
            Set<String> previous = openMemberships.getOrDefault(playbook.segment(), Set.of());
            Set<String> played = playedAccounts.getOrDefault(playbook.name(), Map.of()).keySet();
            int count = 0;
            if (change != null) {
                for (String account : change.members()) {
                    if (previous.contains(account) && !played.contains(account)) {
                        count++;
                    }
                }
            }
            counts.add(new MembersWithoutPlay(playbook.name(), playbook.segment(), count));
        }
        return counts;
    }

    /** Returns the line that {@code idem plan} and {@code idem plays dry-run} print when the count is above zero. */
    public String message() {
        return String.format(Locale.ROOT, "playbook %s: %,d current member(s) of segment %s have no play of it because they entered "
                + "the segment on an earlier run, before the playbook existed or while it skipped them; plays start only when an "
                + "account enters the segment", playbook, count, segment);
    }
}
