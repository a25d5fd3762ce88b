package io.idem.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** ISO-8601 dates ({@code 2024-12-31}) as ASCII bytes, cached for the days the generator writes. */
final class DateText {

    private final int firstDay;
    private final byte[][] texts;

    /** Caches the days from {@code firstDay} to {@code lastDay}, both included; other days are formatted on demand. */
    DateText(int firstDay, int lastDay) {
        this.firstDay = firstDay;
        this.texts = new byte[lastDay - firstDay + 1][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = format(firstDay + i);
        }
    }

    byte[] of(int epochDay) {
        int index = epochDay - firstDay;
        if (index >= 0 && index < texts.length) {
            return texts[index];
        }
        return format(epochDay);
    }

    private static byte[] format(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
    }
}
