package io.idem.design.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.identify.AccountFrame;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Least-loaded and territory owners, checked against counts and mappings worked out in the test. */
class OwnerRulesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-03-01");
    private static final List<String> ACCOUNTS = List.of("a01", "a02", "a03", "a04", "a05", "a06", "a07");

    @TempDir
    Path folder;

    private static final String YAML = """
            idem: 1
            workspace: owners
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  owner: string
                  country: string
            segments:
              ready: {when: "country is missing or country <> 'x'"}
            playbooks:
              balance:
                segment: ready
                owner: {least_loaded: csm}
                steps:
                  call: {title: "Call", due: 3d}
              regions:
                segment: ready
                owner: {territory: {by: country, map: {US: us_team, DE: emea}}}
                steps:
                  call: {title: "Call", due: 3d, blocking: false}
                  follow_up: {title: "Follow up", owner: {territory: {by: country, map: {US: us_team}, default: emea}}, blocking: false}
            team:
              csm: [Casey, Avery, Blake]
              us_team: [Uma, Ulf]
              emea: [Eva, Emil]
            """;

    private static AccountFrame frame() {
        AccountFrame frame = new AccountFrame(ACCOUNTS);
        frame.put("owner", new Object[] {"Morgan", null, "Riley", null, "Sam", null, "Quinn"});
        frame.put("country", new Object[] {"US", "DE", "FR", null, "US", "US", "DE"});
        return frame;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void leastLoadedCountsStoredAndNewTasks(Engine engine) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        Workspace workspace = WorkspaceLoader.load(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            // Open tasks already in the store: Avery 3, Blake 1 (plus one done and one cancelled, which do not count), Casey 0.
            Map<String, Integer> open = new TreeMap<>(Map.of("Avery", 3, "Blake", 1, "Casey", 0));
            insertTasks(test, "Avery", "open", 2);
            insertTasks(test, "Avery", "snoozed", 1);
            insertTasks(test, "Blake", "open", 1);
            insertTasks(test, "Blake", "done", 1);
            insertTasks(test, "Casey", "cancelled", 1);

            PlayPlan plan = PlayPlanner.plan(workspace, frame(), AS_OF, Map.of("ready", new SegmentEngine.Change("ready", ACCOUNTS, ACCOUNTS,
                    List.of())), Map.of(), Map.of(), Map.of(), OfferChooser.NONE, new StepRepository(test.store()).loadState());

            // Independent: each account in turn goes to the member with the fewest open tasks, ties by name.
            List<String> expected = new ArrayList<>();
            Map<String, Integer> counts = new HashMap<>(open);
            for (String ignored : ACCOUNTS) {
                String best = null;
                for (Map.Entry<String, Integer> member : new TreeMap<>(counts).entrySet()) {
                    if (best == null || member.getValue() < counts.get(best)) {
                        best = member.getKey();
                    }
                }
                expected.add(best);
                counts.merge(best, 1, Integer::sum);
            }
            List<String> owners = plan.tasks().stream().filter(t -> plan.plays().stream()
                    .anyMatch(p -> p.playId().equals(t.playId()) && p.playbook().equals("balance"))).map(Task::owner).toList();
            assertThat(owners).containsExactlyElementsOf(expected);
            assertThat(owners).containsExactly("Casey", "Blake", "Casey", "Blake", "Casey", "Avery", "Blake");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void territoryMapsCountryToTeam(Engine engine) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        Workspace workspace = WorkspaceLoader.load(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            PlayPlan plan = PlayPlanner.plan(workspace, frame(), AS_OF, Map.of("ready", new SegmentEngine.Change("ready", ACCOUNTS, ACCOUNTS,
                    List.of())), Map.of(), Map.of(), Map.of(), OfferChooser.NONE, new StepRepository(test.store()).loadState());

            Map<String, String> playOwners = new TreeMap<>();
            plan.plays().stream().filter(p -> p.playbook().equals("regions")).forEach(p -> playOwners.put(p.accountId(), String.valueOf(p.owner())));
            // Accounts are planned in order, and each team's round-robin turn is shared by plays and steps. For each account the
            // play's owner is picked first, then the follow-up's. Play: US -> us_team, DE -> emea; FR and no country are not mapped
            // and there is no default, so the account's owner column (Riley for a03, no owner for a04). Follow-up: US -> us_team,
            // anything else -> emea (its default).
            // us_team turns: a01 play Uma, a01 follow-up Ulf, a05 play Uma, a05 follow-up Ulf, a06 play Uma, a06 follow-up Ulf.
            // emea turns: a02 play Eva, a02 follow-up Emil, a03 follow-up Eva, a04 follow-up Emil, a07 play Eva, a07 follow-up Emil.
            assertThat(playOwners).containsExactlyEntriesOf(new TreeMap<>(Map.of("a01", "Uma", "a02", "Eva", "a03", "Riley", "a04", "null",
                    "a05", "Uma", "a06", "Uma", "a07", "Eva")));

            Map<String, String> followUps = new TreeMap<>();
            plan.tasks().stream().filter(t -> t.step().equals("follow_up")).forEach(t -> followUps.put(t.accountId(), String.valueOf(t.owner())));
            assertThat(followUps).containsExactlyEntriesOf(new TreeMap<>(Map.of("a01", "Ulf", "a02", "Emil", "a03", "Eva", "a04", "Emil",
                    "a05", "Ulf", "a06", "Ulf", "a07", "Emil")));
        }
    }

    private static int sequence;

    private static void insertTasks(TestStore test, String owner, String status, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            sequence++;
            try (PreparedStatement insert = test.store().connection().prepareStatement("INSERT INTO task (task_id, play_id, step_name, title, "
                    + "owner, due_on, status, created_on, version) VALUES (?, ?, 'call', 'Earlier task', ?, ?, ?, ?, 1)")) {
                insert.setString(1, "earlier-" + sequence);
                insert.setString(2, "earlier-play-" + sequence);
                insert.setString(3, owner);
                insert.setObject(4, java.sql.Date.valueOf(AS_OF.minusDays(5)));
                insert.setString(5, status);
                insert.setObject(6, java.sql.Date.valueOf(AS_OF.minusDays(10)));
                insert.executeUpdate();
            }
        }
    }
}
