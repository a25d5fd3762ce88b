package io.idem.demo;

/**
 * Receives progress while {@link DemoGenerator} writes the data files. Accounts are written one at
 * a time with all their rows, so {@code accountsDone / accountsTotal} is an exact fraction for a
 * progress bar. Updates start after a first pass that simulates every account without writing,
 * which takes roughly a fifth of the run time. The callback runs on the generating thread, so it must
 * return quickly.
 */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (accountsDone, accountsTotal, rowsWritten) -> {
    };

    /**
     * Reports that {@code accountsDone} of {@code accountsTotal} accounts are written, with
     * {@code rowsWritten} data rows over all files so far. Called at least once, after the last account.
     */
    void update(int accountsDone, int accountsTotal, long rowsWritten);
}
