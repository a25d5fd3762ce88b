package io.idem.propensity.model;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.StratifiedSplitter;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.Well19937c;

/** Cross-sectional synthetic data for model tests: label ~ logistic(-0.5 + 1.5 x + 0.8 [segment = b]). */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static Dataset dataset(int n, long seed) {
        Well19937c random = new Well19937c(seed);
        List<String> ids = new ArrayList<>();
        double[] x = new double[n];
        double[] z = new double[n];
        String[] segment = new String[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids.add("R" + i);
            x[i] = random.nextGaussian();
            z[i] = random.nextDouble() < 0.1 ? Double.NaN : random.nextGaussian();
            segment[i] = random.nextDouble() < 0.05 ? null : random.nextBoolean() ? "a" : "b";
            double eta = -0.5 + 1.5 * x[i] + ("b".equals(segment[i]) ? 0.8 : 0.0);
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        }
        return new Dataset(new FeatureTable(ids, List.of(new NumericColumn("x", x), new NumericColumn("z", z),
                new CategoricalColumn("segment", segment))), labels);
    }

    static Split split(int n, long seed) {
        return new StratifiedSplitter(0.25, 0.2, seed).split(dataset(n, seed));
    }
}
