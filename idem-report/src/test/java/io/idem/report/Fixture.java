package io.idem.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An output folder of a run written by hand for the report tests. The values are public so that
 * tests compute what the report should show from them, independently of the report code.
 */
final class Fixture {

    static final String[] MONTHS = {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"};
    static final double OPENING_MRR = 10_000;
    static final double[] NEW = {1200, 800, 0, 1500, 600, 900};
    static final double[] EXPANSION = {300, 450, 700, 0, 250, 1100};
    static final double[] REACTIVATION = {0, 150, 0, 200, 0, 0};
    static final double[] CONTRACTION = {100, 0, 250, 300, 50, 0};
    static final double[] CHURN = {400, 600, 0, 900, 350, 200};

    static final double NRR = 1.0483;
    static final double EXPANSION_SHARE = 0.2134;
    static final double EXPANSION_TARGET = 0.30;
    static final String GRR_REASON = "no accounts had <b>MRR</b> in 2023-06 & none in \"cohort\"";
    static final String BENCHMARK_SOURCE = "Bench & Co <2024>";

    static final String SCRIPT_NAME = "<script>alert('pwned')</script>";
    static final String QUOTED_NAME = "O'Brien & Sons \"Ltd\"";
    static final String AMPERSAND_SEGMENT = "Tom & Jerry's";
    static final String SLASH_SEGMENT = "a/b";

    /** Backtest rows: trigger, kind, month, fired, fired_expanded, base_accounts, base_expanded, lift (empty when undefined). */
    static final String[][] BACKTEST = {
        {"usage_spike", "threshold", "2024-01", "10", "4", "200", "20", "4.0"},
        {"usage_spike", "threshold", "2024-02", "20", "5", "180", "18", "2.5"},
        {"usage_spike", "threshold", "2024-03", "0", "0", "190", "19", ""},
        {"seat_cap", "threshold", "2024-01", "5", "1", "200", "20", "2.0"},
        {"seat_cap", "threshold", "2024-02", "8", "0", "180", "18", "0.0"},
        {"dormant", "absence", "2024-01", "3", "0", "200", "0", ""},
    };

    /** Health rows: account, model, score, band. */
    static final String[][] HEALTH = {
        {"a1", "health", "85", "green"}, {"a2", "health", "72", "green"}, {"a3", "health", "90.5", "green"},
        {"a4", "health", "55", "amber"}, {"a5", "health", "41", "amber"}, {"a6", "health", "12", "red"},
        {"a1", "support", "80", "green"}, {"a2", "support", "20", "red"}, {"a3", "support", "5", "red"},
    };

    /** Plays: play_id, playbook, account_id, started_by, started_on, status, owner. */
    static final String[][] PLAYS = {
        {"p1", "plan_upgrade", "a1", "segment", "2024-06-01", "active", "Avery Chen"},
        {"p2", "plan_upgrade", "a2", "segment", "2024-06-02", "done", "Avery Chen"},
        {"p3", "plan_upgrade", "a3", "segment", "2024-06-03", "active", "Sam Rivera"},
        {"p4", "rescue", "a6", "segment", "2024-06-04", "active", "Sam Rivera"},
    };

    /** Tasks: task_id, play_id, account_id, step, title, owner, due_on, status. */
    static final String[][] TASKS = {
        {"t1", "p1", "a1", "review", "Review usage of " + SCRIPT_NAME, "Avery Chen", "2024-06-04", "open"},
        {"t2", "p1", "a1", "call", "Call " + QUOTED_NAME, "Avery Chen", "2024-06-11", "open"},
        {"t3", "p2", "a2", "review", "Review usage of Beta", "Avery Chen", "2024-06-05", "done"},
        {"t4", "p4", "a6", "check_in", "Check in with Gamma", "Sam Rivera", "2024-06-06", "open"},
        {"t5", "p9", "a7", "review", "Orphan task", "Jordan Patel", "2024-06-07", "open"},
    };

    /** Opportunities: id, play_id, account_id, motion, offer, expected_mrr, stage, owner, created_on. */
    static final String[][] OPPORTUNITIES = {
        {"o1", "p1", "a1", "upsell", "next_plan", "1200.50", "open", "Avery Chen", "2024-06-10"},
        {"o2", "p2", "a2", "upsell", "seats", "300", "won", "Avery Chen", "2024-06-11"},
        {"o3", "p3", "a3", "upsell", "next_plan", "800", "open", "Sam Rivera", "2024-06-12"},
        {"o4", "p3", "a3", "cross-sell", "analytics", "450.25", "open", "Sam Rivera", "2024-06-12"},
    };

    private final Path folder;

    Fixture(Path folder) {
        this.folder = folder;
    }

    /** Returns month-end MRR by month, from the opening MRR and the movements. */
    static double[] mrr() {
        double[] mrr = new double[MONTHS.length];
        double previous = OPENING_MRR;
        for (int i = 0; i < MONTHS.length; i++) {
            previous = previous + NEW[i] + EXPANSION[i] + REACTIVATION[i] - CONTRACTION[i] - CHURN[i];
            mrr[i] = previous;
        }
        return mrr;
    }

    Fixture writeAll() throws IOException {
        return movements().summary().segments().backtest().triggers().health().plays().tasks().opportunities().run();
    }

    Fixture movements() throws IOException {
        List<String> lines = new ArrayList<>(List.of("month,new,expansion,contraction,churn,reactivation,mrr"));
        double[] mrr = mrr();
        for (int i = 0; i < MONTHS.length; i++) {
            lines.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f", MONTHS[i], NEW[i], EXPANSION[i], CONTRACTION[i],
                    CHURN[i], REACTIVATION[i], mrr[i]));
        }
        return write("revenue/movements.csv", lines);
    }

    Fixture summary() throws IOException {
        double mrr = mrr()[MONTHS.length - 1];
        String json = String.format(Locale.ROOT, """
                {"as_of":"2024-06-30","currency":"USD","mrr":%.2f,"arr":%.2f,
                 "nrr":{"value":%s,"start_month":"2023-06","end_month":"2024-06","accounts":42,"reason":null},
                 "grr":{"value":null,"start_month":"2023-06","end_month":"2024-06","accounts":0,"reason":%s},
                 "expansion_share":{"value":%s,"start_month":"2024-01","end_month":"2024-06","new":9000,"expansion":2500,"reactivation":215.7,"reason":null},
                 "benchmarks":{"expansion_share":{"target":%s,"source":%s}}}
                """, mrr, mrr * 12, NRR, json(GRR_REASON), EXPANSION_SHARE, EXPANSION_TARGET, json(BENCHMARK_SOURCE));
        return write("revenue/summary.json", List.of(json));
    }

    /** A one-line explanation with characters that HTML must escape. */
    static final String EXPLANATION = "days_to_renewal < 60 held (45) AND plan = '<b>Pro</b>' held ('<b>Pro</b>')";

    Fixture segments() throws IOException {
        write("segments.csv", List.of("segment,members,entered,left", "plan_upgrade_ready,12,3,1", csv(AMPERSAND_SEGMENT) + ",2,2,0",
                SLASH_SEGMENT + ",1,0,0"));
        write("segments/plan_upgrade_ready.csv", List.of("account_id,account_name,entered_on,health,health_band,reasons",
                "a1," + csv(SCRIPT_NAME) + ",2024-06-01,85,green," + csv("usage_growth & plan='Pro'"),
                "a2," + csv(QUOTED_NAME) + ",2024-06-02,,,"));
        return write("segments/" + AMPERSAND_SEGMENT + ".csv", List.of("account_id,account_name,entered_on,health,health_band,reasons,explanation",
                "a3,Gamma,2024-06-03,40.25,amber,renewal," + csv(EXPLANATION)));
    }

    Fixture backtest() throws IOException {
        List<String> lines = new ArrayList<>(List.of("trigger,kind,month,fired,fired_expanded,fired_rate,base_accounts,base_expanded,base_rate,lift"));
        for (String[] row : BACKTEST) {
            double fired = Double.parseDouble(row[3]);
            double base = Double.parseDouble(row[5]);
            String firedRate = fired == 0 ? "" : String.valueOf(Double.parseDouble(row[4]) / fired);
            String baseRate = base == 0 ? "" : String.valueOf(Double.parseDouble(row[6]) / base);
            lines.add(String.join(",", row[0], row[1], row[2], row[3], row[4], firedRate, row[5], row[6], baseRate, row[7]));
        }
        return write("backtest.csv", lines);
    }

    Fixture triggers() throws IOException {
        return write("triggers.csv", List.of("trigger,kind,account_id,fired_on", "usage_spike,threshold,a1,2024-06-03",
                "usage_spike,threshold,a2,2024-06-01", "usage_spike,threshold,a1,2024-06-20", "seat_cap,threshold,a3,2024-06-15"));
    }

    Fixture health() throws IOException {
        List<String> lines = new ArrayList<>(List.of("account_id,model,score,band,usage_trend"));
        for (String[] row : HEALTH) {
            lines.add(String.join(",", row) + ",50");
        }
        return write("health.csv", lines);
    }

    Fixture plays() throws IOException {
        return write("plays.csv", rows("play_id,playbook,account_id,started_by,started_on,status,owner", PLAYS));
    }

    Fixture tasks() throws IOException {
        return write("tasks.csv", rows("task_id,play_id,account_id,step,title,owner,due_on,status", TASKS));
    }

    Fixture opportunities() throws IOException {
        return write("opportunities.csv", rows("opportunity_id,play_id,account_id,motion,offer,expected_mrr,stage,owner,created_on", OPPORTUNITIES));
    }

    Fixture run() throws IOException {
        return write("run.json", List.of("""
                {"run_id":"run-2024-06-30-001","as_of":"2024-06-30","config_hash":"sha256:9f2c1e","version":"0.1.0-SNAPSHOT",
                 "imports":[{"file":"subscriptions.csv","rows_read":12034,"loaded":12000,"quarantined":34}],
                 "stages":{"import":{"millis":1530},"report":{"millis":42}}}
                """));
    }

    Fixture write(String relativePath, List<String> lines) throws IOException {
        Path path = folder.resolve(relativePath);
        Files.createDirectories(path.getParent());
        Files.write(path, lines, StandardCharsets.UTF_8);
        return this;
    }

    private static List<String> rows(String header, String[][] rows) {
        List<String> lines = new ArrayList<>(List.of(header));
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(csv(cell));
            }
            lines.add(String.join(",", cells));
        }
        return lines;
    }

    /** Quotes a CSV field as RFC 4180 does: double quotes doubled, the field wrapped when it needs it. */
    static String csv(String field) {
        boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
