package io.idem.demo;

import java.util.SplittableRandom;

/**
 * Produces the accounts of a spec in order, each from its own random stream split off the seed.
 * Two streams with the same spec produce identical accounts, which lets the generator simulate
 * every account twice: once to measure the total usage weight, once to write the files.
 */
final class AccountStream {

    private final int accounts;
    private final SplittableRandom seedStream;
    private final Draws draws = new Draws();
    private final ProfileFactory profiles;
    private final AccountSimulator simulator;
    private int next = 1;

    AccountStream(DemoSpec spec, HistoryWindow window) {
        this.accounts = spec.accounts();
        this.seedStream = new SplittableRandom(spec.seed());
        this.profiles = new ProfileFactory(window);
        this.simulator = new AccountSimulator(window, draws);
    }

    boolean hasNext() {
        return next <= accounts;
    }

    /**
     * Simulates the next account. When {@code usageDraws} is given, it is pointed at the account's
     * usage stream, which is separate from the lifecycle stream so that sampling usage rows never
     * changes the simulated lifecycle.
     */
    AccountHistory next(Draws usageDraws) {
        SplittableRandom account = seedStream.split();
        draws.use(account.split());
        if (usageDraws != null) {
            usageDraws.use(account.split());
        }
        AccountProfile profile = profiles.draw(next++, draws);
        return simulator.simulate(profile);
    }
}
