package io.idem.cli;

import io.idem.cycle.RunListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Draws a one-line progress bar per stage on a terminal, redrawn in place with a carriage return.
 * When the output is not a terminal (CI, a pipe), prints one line when each stage finishes instead.
 */
final class ProgressBar implements RunListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean interactive;
    private String stage;
    private long total;
    private int lastPercent = -1;

    ProgressBar(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public void stageStarted(String stage, long totalUnits) {
        this.stage = stage;
        this.total = totalUnits;
        this.lastPercent = -1;
        if (interactive) {
            draw(0);
        }
    }

    @Override
    public void progress(long unitsDone) {
        if (interactive && total > 0) {
            draw(unitsDone);
        }
    }

    @Override
    public void stageFinished(String stage, long elapsedMillis) {
        if (interactive) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        out.printf(Locale.ROOT, "  %-34s %8.2f s%n", stage, elapsedMillis / 1000.0);
        out.flush();
    }

    private void draw(long done) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r  " + String.format(Locale.ROOT, "%-34s", stage) + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + percent + "%");
        out.flush();
    }
}
