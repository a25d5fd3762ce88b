package io.idem.propensity.bench;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import io.idem.propensity.model.GradientBoostedTrees;
import io.idem.propensity.model.GradientBoostedTreesModel;
import io.idem.propensity.model.LogisticParameters;
import io.idem.propensity.model.LogisticRegression;
import io.idem.propensity.model.LogisticRegressionModel;
import io.idem.propensity.model.TreeParameters;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.StratifiedSplitter;
import io.idem.propensity.train.PropensityTraining;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hipparchus.random.Well19937c;

/**
 * Hand-run timing of training and scoring on synthetic data; not a test. Arguments: training rows, scoring
 * rows, xgboost threads (defaults 100000, 1000000, 1). Features: 40 numeric (5% missing) and 10 categorical with
 * 5 levels; the label depends on 6 of them through a logistic function.
 */
public final class PropensityBenchmark {

    private static final int NUMERIC = 40;
    private static final int CATEGORICAL = 10;
    private static final String[] LEVELS = {"a", "b", "c", "d", "e"};

    private PropensityBenchmark() {
    }

    public static void main(String[] args) {
        int trainingRows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int scoringRows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        PrintStream out = System.out;

        Dataset training = generate(trainingRows, 1);
        Split split = new StratifiedSplitter(0.25, 0.2, 42).split(training);
        out.printf(Locale.ROOT, "rows: fit %d, validation %d, test %d; features %d; xgboost threads %d%n",
                split.fit().rowCount(), split.validation().rowCount(), split.test().rowCount(),
                training.features().columns().size(), threads);

        long start = System.nanoTime();
        GradientBoostedTreesModel trees = new GradientBoostedTrees(TreeParameters.defaults().withThreads(threads))
                .fit(split);
        out.printf(Locale.ROOT, "trees: trained in %.1f s (%d rounds run, %d kept, %d encoded columns)%n",
                seconds(start), trees.fit().roundsRun(), trees.fit().roundsKept(), trees.encodedColumns().size());

        start = System.nanoTime();
        LogisticRegressionModel logistic = new LogisticRegression(LogisticParameters.defaults()).fit(split);
        out.printf(Locale.ROOT, "logistic: trained in %.1f s (%d iterations, %d columns)%n", seconds(start),
                logistic.fit().iterations(), logistic.encodedColumns().size());

        out.printf(Locale.ROOT, "test AUC: trees %.4f, logistic %.4f%n",
                PropensityTraining.evaluate(trees, split, "took").auc().value(),
                PropensityTraining.evaluate(logistic, split, "took").auc().value());

        FeatureTable scoring = generate(scoringRows, 2).features();
        start = System.nanoTime();
        double[] treeScores = trees.predict(scoring);
        out.printf(Locale.ROOT, "trees: scored %d rows in %.1f s%n", treeScores.length, seconds(start));
        start = System.nanoTime();
        double[] logisticScores = logistic.predict(scoring);
        out.printf(Locale.ROOT, "logistic: scored %d rows in %.1f s%n", logisticScores.length, seconds(start));

        FeatureTable explained = scoring.select(IntStream.range(0, Math.min(100_000, scoring.rowCount())).toArray());
        start = System.nanoTime();
        trees.explain(explained);
        out.printf(Locale.ROOT, "trees: explained (SHAP) %d rows in %.1f s%n", explained.rowCount(), seconds(start));
        trees.close();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static Dataset generate(int rows, long seed) {
        Well19937c random = new Well19937c(seed);
        double[][] numeric = new double[NUMERIC][rows];
        String[][] categorical = new String[CATEGORICAL][rows];
        boolean[] labels = new boolean[rows];
        List<String> ids = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            ids.add("R" + row);
            for (int j = 0; j < NUMERIC; j++) {
                numeric[j][row] = random.nextDouble() < 0.05 ? Double.NaN : random.nextGaussian();
            }
            for (int j = 0; j < CATEGORICAL; j++) {
                categorical[j][row] = LEVELS[random.nextInt(LEVELS.length)];
            }
            double eta = -1.0 + 0.8 * orZero(numeric[0][row]) - 0.6 * orZero(numeric[1][row])
                    + 0.5 * orZero(numeric[2][row]) * orZero(numeric[3][row])
                    + (categorical[0][row].equals("a") ? 0.7 : 0.0) + (categorical[1][row].equals("e") ? -0.5 : 0.0);
            labels[row] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        }
        List<FeatureColumn> columns = new ArrayList<>();
        for (int j = 0; j < NUMERIC; j++) {
            columns.add(new NumericColumn("n" + j, numeric[j]));
        }
        for (int j = 0; j < CATEGORICAL; j++) {
            columns.add(new CategoricalColumn("c" + j, categorical[j]));
        }
        return new Dataset(new FeatureTable(ids, columns), labels);
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0.0 : value;
    }
}
