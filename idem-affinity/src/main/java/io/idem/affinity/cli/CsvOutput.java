package io.idem.affinity.cli;

import io.idem.affinity.input.TransactionFileReader;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.targets.CrossSellTarget;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes rules and targets as CSV, quoting fields as RFC 4180 requires. */
final class CsvOutput {

    static final String RULES_HEADER = "antecedent,consequent,support,confidence,lift,count";
    static final String TARGETS_HEADER = "account,antecedent,consequent,confidence,lift";

    private CsvOutput() {
    }

    static void writeRules(PrintWriter out, List<AssociationRule> rules) {
        out.print(RULES_HEADER + "\n");
        for (AssociationRule rule : rules) {
            out.print(String.join(",", items(rule.antecedent()), items(rule.consequent()),
                    number(rule.support()), number(rule.confidence()), number(rule.lift()),
                    Integer.toString(rule.count())) + "\n");
        }
        out.flush();
    }

    static void writeTargets(PrintWriter out, List<CrossSellTarget> targets) {
        out.print(TARGETS_HEADER + "\n");
        for (CrossSellTarget target : targets) {
            AssociationRule rule = target.rule();
            out.print(String.join(",", quote(target.account()), items(rule.antecedent()), items(rule.consequent()),
                    number(rule.confidence()), number(rule.lift())) + "\n");
        }
        out.flush();
    }

    /** Quotes {@code value} when it contains a comma, a quote or a line break, doubling inner quotes. */
    static String quote(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String items(Itemset itemset) {
        return quote(itemset.join(TransactionFileReader.ITEM_SEPARATOR));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
