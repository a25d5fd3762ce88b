package io.idem.propensity.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of the gradient-boosted trees: a small fixed set, with no search over them. The defaults were
 * tried on 5,500 to 100,000 rows (IBM Telco and synthetic data).
 *
 * @param maxDepth depth of each tree (xgboost {@code max_depth})
 * @param learningRate shrinkage of each tree's output (xgboost {@code eta})
 * @param maxRounds upper bound on boosting rounds, one tree per round for a binary objective
 * @param earlyStoppingRounds stop after this many rounds without a lower validation log loss, and keep the
 *     trees up to the best round
 * @param subsample share of rows sampled for each tree
 * @param columnSample share of encoded columns sampled for each tree (xgboost {@code colsample_bytree})
 * @param minChildWeight minimum hessian sum in a leaf; for log loss roughly p(1-p) times the rows in it
 * @param l2LeafPenalty L2 penalty on leaf weights (xgboost {@code lambda})
 * @param seed seed of xgboost's row and column sampling
 * @param threads threads xgboost uses
 */
public record TreeParameters(
        int maxDepth,
        double learningRate,
        int maxRounds,
        int earlyStoppingRounds,
        double subsample,
        double columnSample,
        double minChildWeight,
        double l2LeafPenalty,
        int seed,
        int threads) {

    public TreeParameters {
        requireAtLeast("maxDepth", maxDepth, 1);
        requireAtLeast("maxRounds", maxRounds, 1);
        requireAtLeast("earlyStoppingRounds", earlyStoppingRounds, 1);
        requireAtLeast("threads", threads, 1);
        requireShare("learningRate", learningRate);
        requireShare("subsample", subsample);
        requireShare("columnSample", columnSample);
        if (!(minChildWeight >= 0.0) || !(l2LeafPenalty >= 0.0)) {
            throw new IllegalArgumentException("minChildWeight " + minChildWeight + " and l2LeafPenalty "
                    + l2LeafPenalty + " must be at least 0");
        }
    }

    /** Returns depth 4, learning rate 0.1, up to 500 rounds with early stopping after 20, seed 42. */
    public static TreeParameters defaults() {
        return new TreeParameters(4, 0.1, 500, 20, 0.8, 0.8, 1.0, 1.0, 42,
                Runtime.getRuntime().availableProcessors());
    }

    public TreeParameters withSeed(int newSeed) {
        return new TreeParameters(maxDepth, learningRate, maxRounds, earlyStoppingRounds, subsample, columnSample,
                minChildWeight, l2LeafPenalty, newSeed, threads);
    }

    public TreeParameters withThreads(int newThreads) {
        return new TreeParameters(maxDepth, learningRate, maxRounds, earlyStoppingRounds, subsample, columnSample,
                minChildWeight, l2LeafPenalty, seed, newThreads);
    }

    /** Returns the parameters under xgboost's names, as the booster takes them. */
    Map<String, Object> toXgboost() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "logloss");
        params.put("tree_method", "hist");
        params.put("max_depth", maxDepth);
        params.put("eta", learningRate);
        params.put("subsample", subsample);
        params.put("colsample_bytree", columnSample);
        params.put("min_child_weight", minChildWeight);
        params.put("lambda", l2LeafPenalty);
        params.put("seed", seed);
        params.put("nthread", threads);
        params.put("verbosity", 0);
        return params;
    }

    /** Returns the parameters for the model report, without the thread count and log level, which are run settings. */
    Map<String, Object> forReport() {
        Map<String, Object> report = new LinkedHashMap<>(toXgboost());
        report.remove("nthread");
        report.remove("verbosity");
        report.put("max_rounds", maxRounds);
        report.put("early_stopping_rounds", earlyStoppingRounds);
        return report;
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " is " + value + "; give at least " + minimum);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " is " + value + "; give a value in (0, 1]");
        }
    }
}
