package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A workspace with one playbook per offer kind and owner rule, and five accounts. acme is on
 * Basic with 12 seats and owned by Morgan, bolt is on Enterprise, gold on an unknown plan, kilo on
 * Pro with 3 seats and a blank owner, and lima on Basic with no name and no owner.
 */
final class PlayFixture {

    static final String YAML = """
            idem: 1
            workspace: plays
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  account_name: string
                  plan: string
                  seats: integer
                  owner: string
                  mrr: money
            triggers:
              usage_growth: {kind: usage_trend, when: seats > 10}
            segments:
              upgrade_ready: {when: seats > 0}
              renewal: {when: seats > 0}
            offers:
              currency: USD
              seat_increment: 5
              plans:
                - {name: Basic, seat_price: 19}
                - {name: Pro, seat_price: 49}
                - {name: Enterprise, seat_price: 199}
              addons:
                - {name: sso, price: 15.5}
              products:
                - {name: analytics, price: 99}
                - {name: backup, price: 30}
              bundles:
                - {name: suite, products: [analytics, backup], price: 110}
            playbooks:
              plan_upgrade:
                segment: upgrade_ready
                motion: upsell
                offer: next_plan
                cooldown: 90d
                owner: {round_robin: csm}
                steps:
                  review: {title: "Review {account_name} on {plan} with {seats} seats", due: 3d, blocking: false}
                  call: {title: "Call {account_name} ({unknown_field}, MRR {mrr})", due: 10d, owner: {round_robin: ae}}
              seat_offer:
                segment: renewal
                motion: upsell
                offer: seats
                cooldown: 120d
                owner: {account_owner: csm}
                steps:
                  prepare: {title: "Prepare seats for {account_name}", due: 7d}
              sso_addon:
                trigger: usage_growth
                motion: upsell
                offer: sso
                cooldown: 30d
                owner: {round_robin: ae}
                steps:
                  pitch: {title: "Pitch SSO", due: 5d}
              analytics_cross_sell:
                trigger: usage_growth
                motion: cross-sell
                offer: analytics
                owner: {round_robin: ae}
                steps:
                  demo: {title: "Demo analytics", due: 14d}
              suite_bundle:
                trigger: usage_growth
                motion: bundle
                offer: suite
                owner: {round_robin: ae}
                steps:
                  propose: {title: "Propose the suite", due: 14d}
              check_in:
                segment: renewal
                cooldown: 0d
                owner: account_owner
                steps:
                  call: {title: "Check in with {account_name}", due: 2d}
            team:
              csm: [Avery, Jordan, Sam]
              ae: [Kim, Lee]
            """;

    static final List<String> ACCOUNTS = List.of("acme", "bolt", "gold", "kilo", "lima");

    private PlayFixture() {
    }

    static Workspace workspace(Path folder) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        return WorkspaceLoader.load(folder);
    }

    static AccountFrame frame() {
        AccountFrame frame = new AccountFrame(ACCOUNTS);
        frame.put("account_name", new Object[] {"Acme", "Bolt", "Gold Inc", "Kilo", null});
        frame.put("plan", new Object[] {"Basic", "Enterprise", "Gold", "Pro", "Basic"});
        frame.put("seats", new Object[] {12.0, 40.0, 8.0, 3.0, 2.5});
        frame.put("owner", new Object[] {"Morgan", "Riley", null, " ", null});
        frame.put("mrr", new Object[] {new BigDecimal("228.00"), new BigDecimal("7960.00"), null, new BigDecimal("147.00"), null});
        return frame;
    }

    /** Every account entered both segments in this run. */
    static Map<String, SegmentEngine.Change> allEntered() {
        return Map.of(
                "upgrade_ready", new SegmentEngine.Change("upgrade_ready", ACCOUNTS, ACCOUNTS, List.of()),
                "renewal", new SegmentEngine.Change("renewal", ACCOUNTS, ACCOUNTS, List.of()));
    }

    static Map<String, SegmentEngine.Change> entered(String segment, List<String> accounts) {
        return Map.of(segment, new SegmentEngine.Change(segment, accounts, accounts, List.of()));
    }
}
