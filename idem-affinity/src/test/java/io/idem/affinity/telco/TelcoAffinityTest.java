package io.idem.affinity.telco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import io.idem.affinity.bundles.BundleCandidate;
import io.idem.affinity.bundles.BundleRanker;
import io.idem.affinity.bundles.PriceCatalog;
import io.idem.affinity.bundles.ProductPrice;
import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.mining.TransactionDatabase;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleGenerator;
import io.idem.affinity.rules.RuleThresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mines the add-on services of the IBM Telco customer churn sample (7,043 customers, one row each). A service
 * column with the value "Yes" is a product owned. Customers without internet service have "No internet service" in
 * every add-on column, which means not eligible rather than declined, so they are left out. The baskets are the
 * 5,517 customers with DSL or fiber, including those who own no add-on.
 */
class TelcoAffinityTest {

    private static final List<String> ADD_ONS = List.of("OnlineSecurity", "OnlineBackup", "DeviceProtection",
            "TechSupport", "StreamingTV", "StreamingMovies");

    /**
     * Monthly prices in the file's currency: a least-squares fit of MonthlyCharges on the service flags gives about
     * 5 for each protection or support add-on and 10 for each streaming add-on ({@link #catalogMatchesCharges}).
     * The margin rate is an assumption, the same for every add-on.
     */
    private static PriceCatalog catalog(double marginRate) {
        return PriceCatalog.of(List.of(
                ProductPrice.withMarginRate("OnlineSecurity", 5.0, marginRate),
                ProductPrice.withMarginRate("OnlineBackup", 5.0, marginRate),
                ProductPrice.withMarginRate("DeviceProtection", 5.0, marginRate),
                ProductPrice.withMarginRate("TechSupport", 5.0, marginRate),
                ProductPrice.withMarginRate("StreamingTV", 10.0, marginRate),
                ProductPrice.withMarginRate("StreamingMovies", 10.0, marginRate)));
    }

    private static final double BUNDLE_DISCOUNT = 0.1;

    private static List<String> header;
    private static List<String[]> rows;
    private static List<String[]> eligibleRows;
    private static TransactionDatabase customers;
    private static FrequentItemsets frequent;
    private static List<AssociationRule> rules;

    @BeforeAll
    static void mineTelcoAddOns() throws IOException {
        Path dataDir = Path.of(System.getProperty("idem.data.dir", "../shared/data"));
        Path file = dataDir.resolve("ibm-telco-customer-churn").resolve("Telco-Customer-Churn.csv");
        if (!Files.isRegularFile(file)) {
            fail("Telco data not found at " + file.toAbsolutePath()
                    + "; set the system property idem.data.dir to the shared data folder");
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        header = List.of(lines.get(0).split(","));
        rows = new ArrayList<>();
        eligibleRows = new ArrayList<>();
        List<Basket> baskets = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            rows.add(row);
            if (!value(row, "InternetService").equals("No")) {
                eligibleRows.add(row);
                baskets.add(new Basket(value(row, "customerID"), ownedAddOns(row)));
            }
        }
        customers = new TransactionDatabase(baskets);
        frequent = new FpGrowth().mine(customers, MiningParameters.unlimited(new MinimumSupport.Fraction(0.05)));
        rules = new RuleGenerator().generate(frequent, new RuleThresholds(0.5, 1.0));
    }

    private static String value(String[] row, String column) {
        return row[header.indexOf(column)];
    }

    private static TreeSet<String> ownedAddOns(String[] row) {
        TreeSet<String> owned = new TreeSet<>();
        for (String addOn : ADD_ONS) {
            if (value(row, addOn).equals("Yes")) {
                owned.add(addOn);
            }
        }
        return owned;
    }

    /** Counts the eligible rows in which every one of {@code columns} is "Yes", straight from the CSV fields. */
    private static int countRowsWithYes(List<String> columns) {
        int count = 0;
        for (String[] row : eligibleRows) {
            if (columns.stream().allMatch(column -> value(row, column).equals("Yes"))) {
                count++;
            }
        }
        return count;
    }

    private static AssociationRule rule(Itemset antecedent, Itemset consequent) {
        return rules.stream()
                .filter(rule -> rule.antecedent().equals(antecedent) && rule.consequent().equals(consequent))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + antecedent + " -> " + consequent));
    }

    @Test
    void fileHasPublishedShape() {
        assertThat(rows).hasSize(7043);
        assertThat(eligibleRows).hasSize(3096 + 2421);
        assertThat(customers.size()).isEqualTo(5517);
    }

    @Test
    void streamingRuleMatchesCsvCounts() {
        double n = eligibleRows.size();
        int tv = countRowsWithYes(List.of("StreamingTV"));
        int movies = countRowsWithYes(List.of("StreamingMovies"));
        int both = countRowsWithYes(List.of("StreamingTV", "StreamingMovies"));

        AssociationRule rule = rule(Itemset.of("StreamingTV"), Itemset.of("StreamingMovies"));

        assertThat(rule.count()).isEqualTo(both);
        assertThat(rule.support()).isCloseTo(both / n, within(1e-12));
        assertThat(rule.confidence()).isCloseTo((double) both / tv, within(1e-12));
        assertThat(rule.lift()).isCloseTo((both / n) / ((tv / n) * (movies / n)), within(1e-9));
    }

    @Test
    void multiItemRulesMatchCsvCounts() {
        List<List<Itemset>> checked = List.of(
                List.of(Itemset.of("StreamingMovies", "TechSupport"), Itemset.of("StreamingTV")),
                List.of(Itemset.of("DeviceProtection", "OnlineSecurity", "StreamingTV"),
                        Itemset.of("StreamingMovies", "TechSupport")),
                List.of(Itemset.of("OnlineBackup"), Itemset.of("DeviceProtection")));
        double n = eligibleRows.size();

        for (List<Itemset> sides : checked) {
            AssociationRule rule = rule(sides.get(0), sides.get(1));
            List<String> union = sides.get(0).union(sides.get(1)).items();
            int both = countRowsWithYes(union);
            int antecedent = countRowsWithYes(sides.get(0).items());
            int consequent = countRowsWithYes(sides.get(1).items());

            assertThat(rule.count()).as("%s", rule).isEqualTo(both);
            assertThat(rule.support()).as("%s", rule).isCloseTo(both / n, within(1e-12));
            assertThat(rule.confidence()).as("%s", rule).isCloseTo((double) both / antecedent, within(1e-12));
            assertThat(rule.lift()).as("%s", rule)
                    .isCloseTo((both / n) / ((antecedent / n) * (consequent / n)), within(1e-9));
        }
    }

    @Test
    void frequentItemsetsMatchEverySubsetCount() {
        Map<Itemset, Integer> expected = new HashMap<>();
        for (int mask = 1; mask < (1 << ADD_ONS.size()); mask++) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < ADD_ONS.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    columns.add(ADD_ONS.get(i));
                }
            }
            int count = countRowsWithYes(columns);
            if (count * 100L >= 5L * eligibleRows.size()) {
                expected.put(Itemset.of(columns), count);
            }
        }

        assertThat(frequent.counts()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void catalogMatchesCharges() {
        List<String> regressors = new ArrayList<>(List.of("PhoneService", "MultipleLines", "DSL", "Fiber optic"));
        regressors.addAll(ADD_ONS);
        double[] charges = new double[rows.size()];
        double[][] flags = new double[rows.size()][regressors.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            charges[r] = Double.parseDouble(value(row, "MonthlyCharges"));
            flags[r][0] = value(row, "PhoneService").equals("Yes") ? 1 : 0;
            flags[r][1] = value(row, "MultipleLines").equals("Yes") ? 1 : 0;
            flags[r][2] = value(row, "InternetService").equals("DSL") ? 1 : 0;
            flags[r][3] = value(row, "InternetService").equals("Fiber optic") ? 1 : 0;
            for (int a = 0; a < ADD_ONS.size(); a++) {
                flags[r][4 + a] = value(row, ADD_ONS.get(a)).equals("Yes") ? 1 : 0;
            }
        }

        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.newSampleData(charges, flags);
        double[] coefficients = regression.estimateRegressionParameters();

        // Coefficient 0 is the intercept, then the regressors in order.
        for (int a = 0; a < ADD_ONS.size(); a++) {
            double price = catalog(0.8).find(ADD_ONS.get(a)).orElseThrow().monthlyPrice();
            assertThat(coefficients[1 + 4 + a]).as(ADD_ONS.get(a)).isCloseTo(price, within(0.1));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.8, 1.0})
    void streamingPairIsTopPairBundle(double marginRate) {
        FrequentItemsets pairs = new FpGrowth().mine(customers,
                new MiningParameters(new MinimumSupport.Fraction(0.05), 2));

        List<BundleCandidate> candidates = new BundleRanker().rank(pairs, customers, catalog(marginRate),
                BUNDLE_DISCOUNT);

        BundleCandidate top = candidates.get(0);
        assertThat(top.items()).isEqualTo(Itemset.of("StreamingMovies", "StreamingTV"));
        assertThat(top.expectedIncrementalMargin())
                .isCloseTo(expectedStreamingPairMargin(marginRate), within(1e-6));
        assertThat(top.expectedIncrementalMargin())
                .isGreaterThan(candidates.get(1).expectedIncrementalMargin());
    }

    @Test
    void topBundlesOfAnySizeHoldStreamingPair() {
        List<BundleCandidate> candidates = new BundleRanker().rank(frequent, customers, catalog(0.8),
                BUNDLE_DISCOUNT);

        for (BundleCandidate candidate : candidates.subList(0, 5)) {
            assertThat(candidate.items().items()).contains("StreamingTV", "StreamingMovies");
        }
    }

    /**
     * Sums take rate x incremental margin over the customers who own exactly one streaming service, from the CSV:
     * the bundle costs 0.9 x 20 = 18, an owner of one pays 10 already, and the other service costs
     * (1 - margin rate) x 10 to serve.
     */
    private static double expectedStreamingPairMargin(double marginRate) {
        int tv = countRowsWithYes(List.of("StreamingTV"));
        int movies = countRowsWithYes(List.of("StreamingMovies"));
        int both = countRowsWithYes(List.of("StreamingTV", "StreamingMovies"));
        double incrementalMargin = 0.9 * 20.0 - 10.0 - (1.0 - marginRate) * 10.0;

        double sum = 0.0;
        for (String[] row : eligibleRows) {
            Set<String> owned = ownedAddOns(row);
            boolean hasTv = owned.contains("StreamingTV");
            boolean hasMovies = owned.contains("StreamingMovies");
            if (hasTv && !hasMovies) {
                sum += (double) both / tv * incrementalMargin;
            } else if (hasMovies && !hasTv) {
                sum += (double) both / movies * incrementalMargin;
            }
        }
        return sum;
    }
}
