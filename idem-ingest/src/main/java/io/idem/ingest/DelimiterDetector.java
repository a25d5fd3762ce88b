package io.idem.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Picks the field delimiter of a file from its header line: the candidate among ',', ';', tab and
 * '|' that occurs most often outside quotes. Ties go to the earlier candidate in that order, and a
 * header with none of them (a single column) gets ','.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private DelimiterDetector() {
    }

    static char detect(Reader reader) throws IOException {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        int read = 0;
        int c;
        while ((c = reader.read()) >= 0 && read++ < MAX_HEADER_CHARS) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
