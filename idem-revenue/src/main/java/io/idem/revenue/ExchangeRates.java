package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dated exchange rates into the reporting currency, read from a workspace's {@code fx_rates.csv}
 * with the header {@code date,currency,rate_to_reporting}. An amount in a currency on day X is
 * multiplied by the latest rate of that currency dated on or before X. The reporting currency
 * itself always has rate 1 and needs no rows.
 */
public final class ExchangeRates {

    /** The file name Idem looks for in the workspace folder. */
    public static final String FILE = "fx_rates.csv";
    static final List<String> HEADER = List.of("date", "currency", "rate_to_reporting");
    static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRates.class);
    private static final ExchangeRates NONE = new ExchangeRates(null, Map.of());

    private final Path file;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> ratesByCurrency;

    private ExchangeRates(Path file, Map<String, NavigableMap<LocalDate, BigDecimal>> ratesByCurrency) {
        this.file = file;
        this.ratesByCurrency = ratesByCurrency;
    }

    /** Returns a table without rates: only amounts in the reporting currency can be converted. */
    public static ExchangeRates none() {
        return NONE;
    }

    /** Reads {@code fx_rates.csv} from {@code workspaceFolder}, or returns {@link #none()} when the folder has no such file. */
    public static ExchangeRates forWorkspaceFolder(Path workspaceFolder) {
        Path candidate = workspaceFolder.resolve(FILE);
        return Files.isRegularFile(candidate) ? load(candidate) : none();
    }

    /**
     * Reads a rate file. Columns may come in any order; other columns are ignored.
     *
     * @throws RevenueException naming the file, line and column of a missing header, an invalid
     *     date, currency code or rate, or a currency and date listed twice
     */
    public static ExchangeRates load(Path file) {
        requireNonNull(file, "file is null");
        Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        Map<String, Long> lineOfRate = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int[] positions = headerPositions(file, reader.readLine());
            String text;
            long line = 1;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = text.split(",", -1);
                LocalDate date = parseDate(file, line, field(file, line, fields, positions[0]));
                String currency = parseCurrency(file, line, field(file, line, fields, positions[1]));
                BigDecimal rate = parseRate(file, line, field(file, line, fields, positions[2]));
                Long earlier = lineOfRate.put(currency + " " + date, line);
                if (earlier != null) {
                    throw new RevenueException(file + " line " + line + ": the rate of " + currency + " on " + date
                            + " is already given on line " + earlier + "; keep one row per currency and date");
                }
                rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(date, rate);
            }
        } catch (IOException e) {
            throw new RevenueException("cannot read exchange rates from " + file + ": " + e.getMessage()
                    + "; check that the file exists and is readable", e);
        }
        LOG.info("Read exchange rates of {} currencies from {}", rates.size(), file);
        return new ExchangeRates(file, Map.copyOf(rates));
    }

    /**
     * Returns the rate that converts one unit of {@code currency} into the reporting currency on
     * {@code day}: the latest rate dated on or before it.
     *
     * @throws RevenueException naming the currency and the day when no such rate exists
     */
    public BigDecimal rateOn(String currency, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> rates = ratesByCurrency.get(currency);
        Entry<LocalDate, BigDecimal> rate = rates == null ? null : rates.floorEntry(day);
        if (rate == null) {
            String where = file == null ? "no " + FILE + " was found in the workspace folder" : "none in " + file;
            throw new RevenueException("no exchange rate for " + currency + " on or before " + day + " (" + where
                    + "); add a row '" + day + "," + currency + ",RATE' to " + FILE + ", where RATE converts one "
                    + currency + " into the reporting currency");
        }
        return rate.getValue();
    }

    /** Returns whether the table has at least one rate. */
    public boolean isEmpty() {
        return ratesByCurrency.isEmpty();
    }

    private static int[] headerPositions(Path file, String header) {
        if (header == null) {
            throw new RevenueException(file + " is empty; write the header " + String.join(",", HEADER) + " and one rate per line");
        }
        List<String> names = Arrays.stream(header.replace("\uFEFF", "").split(",", -1))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
        int[] positions = new int[HEADER.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            positions[i] = names.indexOf(HEADER.get(i));
            if (positions[i] < 0) {
                throw new RevenueException(file + " line 1: the header has no column '" + HEADER.get(i) + "' (found "
                        + names + "); write the header " + String.join(",", HEADER));
            }
        }
        return positions;
    }

    private static String field(Path file, long line, String[] fields, int position) {
        if (position >= fields.length) {
            throw new RevenueException(file + " line " + line + ": expected at least " + (position + 1)
                    + " fields, found " + fields.length + "; write date,currency,rate_to_reporting on each line");
        }
        return fields[position].trim();
    }

    private static LocalDate parseDate(Path file, long line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RevenueException(file + " line " + line + ", column date: '" + text
                    + "' is not a date; write it as YYYY-MM-DD", e);
        }
    }

    private static String parseCurrency(Path file, long line, String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw new RevenueException(file + " line " + line + ", column currency: '" + text
                    + "' is not an ISO 4217 code; write three letters such as EUR");
        }
        return code;
    }

    private static BigDecimal parseRate(Path file, long line, String text) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RevenueException(file + " line " + line + ", column rate_to_reporting: '" + text
                    + "' is not a number; write the value of one unit of the currency in the reporting currency", e);
        }
        if (rate.signum() <= 0) {
            throw new RevenueException(file + " line " + line + ", column rate_to_reporting: '" + text
                    + "' must be above 0; write the value of one unit of the currency in the reporting currency");
        }
        return rate;
    }
}
