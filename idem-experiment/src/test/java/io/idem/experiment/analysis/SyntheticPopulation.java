package io.idem.experiment.analysis;

import io.idem.experiment.Variant;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.HashAssigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * A seeded synthetic segment for experiment tests. Accounts are assigned by the real {@link HashAssigner};
 * then each account draws its MRR before exposure from a log-normal distribution, converts with its
 * variant's probability, and a converted account gains its pre-period MRR times a gamma-distributed fraction.
 *
 * <p>With pre-period MRR X ~ LogNormal(mu, sigma) and fraction F ~ Gamma(shape k, scale theta), the expected
 * expansion MRR per account is p E[X] k theta, with E[X] = exp(mu + sigma^2 / 2). The known effects of a
 * test follow from these closed forms.
 */
public final class SyntheticPopulation {

    static final double MU = Math.log(800);
    static final double SIGMA = 0.6;
    static final double SHAPE = 2;

    /**
     * Outcome model of one variant.
     *
     * @param conversionRate probability that an account converts
     * @param fractionScale scale theta of the gamma-distributed fraction of pre-period MRR gained on conversion
     */
    public record ArmModel(double conversionRate, double fractionScale) {

        /** Returns the expected expansion MRR per account, p E[X] k theta. */
        public double expectedMrr() {
            return conversionRate * Math.exp(MU + SIGMA * SIGMA / 2) * SHAPE * fractionScale;
        }
    }

    private SyntheticPopulation() {
    }

    /** Generates {@code accounts} observations with ids acct-1000000 onwards. */
    public static List<Observation> generate(String experimentId, List<Variant> variants, Map<String, ArmModel> models,
            int accounts, long seed) {
        HashAssigner assigner = new HashAssigner(experimentId, new Allocation(variants));
        RandomGenerator random = new Well19937c(seed);
        List<Observation> observations = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            String accountId = "acct-" + (1_000_000 + i);
            String variant = assigner.variantOf(accountId).name();
            ArmModel model = models.get(variant);
            double pre = Math.exp(MU + SIGMA * random.nextGaussian());
            boolean converted = random.nextDouble() < model.conversionRate();
            double gain = 0;
            if (converted) {
                // A gamma variable of integer shape 2 is the sum of two exponentials with the same scale.
                double fraction = -model.fractionScale() * (Math.log1p(-random.nextDouble())
                        + Math.log1p(-random.nextDouble()));
                gain = pre * fraction;
            }
            observations.add(new Observation(accountId, variant, converted, gain, pre));
        }
        return observations;
    }
}
