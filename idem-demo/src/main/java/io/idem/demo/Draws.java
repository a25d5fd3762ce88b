package io.idem.demo;

import java.util.SplittableRandom;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;

/**
 * Random draws for one account. Uniform picks come straight from a {@link SplittableRandom};
 * named distributions (normal, Poisson, beta) come from Hipparchus's {@link RandomDataGenerator}
 * reading the same stream, so one seed fixes every value. One instance serves every account in
 * turn through {@link #use(SplittableRandom)}, which keeps the hot loops free of allocation.
 */
final class Draws {

    private final Stream stream = new Stream();
    private final RandomDataGenerator distributions = RandomDataGenerator.of(stream);

    /** Makes the following draws read {@code random}. */
    void use(SplittableRandom random) {
        stream.random = random;
    }

    boolean chance(double probability) {
        return stream.random.nextDouble() < probability;
    }

    /** Returns a uniform integer from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low == high ? low : stream.random.nextInt(low, high + 1);
    }

    double uniform(double low, double high) {
        return stream.random.nextDouble(low, high);
    }

    /** Returns a uniform pick from {@code values}. */
    <T> T pick(T[] values) {
        return values[stream.random.nextInt(values.length)];
    }

    /**
     * Returns the index i with probability {@code weights[i] / sum(weights)}, for weights that
     * change between draws. {@code cumulative} is a caller-owned scratch array at least as long as weights.
     */
    int weighted(double[] weights, int count, double[] cumulative) {
        cumulate(weights, count, cumulative);
        return pickCumulative(cumulative, count);
    }

    /** Stores the running sums of {@code weights[0..count)} in {@code cumulative} and returns the total. */
    static double cumulate(double[] weights, int count, double[] cumulative) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        return total;
    }

    /**
     * Returns the index i with probability proportional to its weight, given the running sums
     * from {@link #cumulate}, by inverting them with a binary search. The total must be positive.
     */
    int pickCumulative(double[] cumulative, int count) {
        double target = stream.random.nextDouble() * cumulative[count - 1];
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (target < cumulative[middle]) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    double normal(double mean, double standardDeviation) {
        return distributions.nextNormal(mean, standardDeviation);
    }

    /** Returns a log-normal value given its median and the standard deviation of its logarithm. */
    double logNormal(double median, double logStandardDeviation) {
        return Math.exp(distributions.nextNormal(Math.log(median), logStandardDeviation));
    }

    /** Returns a Poisson count; a mean of zero or less gives zero. */
    int poisson(double mean) {
        return mean <= 0 ? 0 : distributions.nextPoisson(mean);
    }

    double beta(double alpha, double beta) {
        return distributions.nextBeta(alpha, beta);
    }

    /** Adapts the current SplittableRandom to the generator interface that Hipparchus samplers read. */
    private static final class Stream implements RandomGenerator {

        private SplittableRandom random = new SplittableRandom(0);

        @Override
        public void setSeed(int seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        public void setSeed(int[] seed) {
            long combined = 0;
            for (int value : seed) {
                combined = combined * 31 + value;
            }
            random = new SplittableRandom(combined);
        }

        @Override
        public void setSeed(long seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        public void nextBytes(byte[] bytes, int offset, int length) {
            byte[] part = new byte[length];
            random.nextBytes(part);
            System.arraycopy(part, 0, bytes, offset, length);
        }

        @Override
        public int nextInt() {
            return random.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public long nextLong() {
            return random.nextLong();
        }

        @Override
        public long nextLong(long bound) {
            return random.nextLong(bound);
        }

        @Override
        public boolean nextBoolean() {
            return random.nextBoolean();
        }

        @Override
        public float nextFloat() {
            return random.nextFloat();
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public double nextGaussian() {
            return random.nextGaussian();
        }
    }
}
