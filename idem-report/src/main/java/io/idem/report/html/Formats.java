package io.idem.report.html;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Number formats of the report: thousands separators, money in the run's currency and
 * percentages with one decimal. Output is the same on every machine because the symbols come
 * from {@link Locale#US}, not the default locale. Instances are not thread-safe.
 */
public final class Formats {

    private static final Logger LOG = LoggerFactory.getLogger(Formats.class);

    private final String currencyPrefix;
    private final DecimalFormat integer = pattern("#,##0");
    private final DecimalFormat money = pattern("#,##0.00");
    private final DecimalFormat oneDecimal = pattern("#,##0.0");

    /**
     * Creates the formats for an ISO 4217 currency code such as {@code USD}; {@code null} or a
     * blank code formats money as a plain number. An unknown code is shown as a prefix as given.
     */
    public Formats(String currencyCode) {
        this.currencyPrefix = prefixFor(currencyCode);
    }

    /** Returns whether money amounts carry a currency symbol or code. */
    public boolean hasCurrency() {
        return !currencyPrefix.isEmpty();
    }

    /** Formats a count with thousands separators, rounding half-even to a whole number. */
    public String integer(double value) {
        return signed(integer, value, "");
    }

    /** Formats a number with thousands separators and the given number of fraction digits. */
    public String decimal(double value, int fractionDigits) {
        DecimalFormat format = pattern(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits));
        return signed(format, value, "");
    }

    /** Formats money with two decimals and the currency symbol, for example {@code -$1,200.50}. */
    public String money(double value) {
        return signed(money, value, currencyPrefix);
    }

    /** Formats money for an axis tick, with as many decimals as the tick step needs. */
    public String moneyTick(double value, int fractionDigits) {
        DecimalFormat format = pattern(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits));
        return signed(format, value, currencyPrefix);
    }

    /** Formats a ratio as a percentage with one decimal: 1.023 becomes {@code 102.3%}. */
    public String percent(double ratio) {
        return signed(oneDecimal, ratio * 100, "") + "%";
    }

    /** Formats a difference of two ratios in percentage points with a sign: -0.087 becomes {@code -8.7 pp}. */
    public String percentagePoints(double ratioDifference) {
        String formatted = signed(oneDecimal, ratioDifference * 100, "");
        boolean positive = ratioDifference > 0 && !isZero(formatted);
        return (positive ? "+" : "") + formatted + " pp";
    }

    /** Formats a count with its noun, singular for one: {@code 1 member}, {@code 1,200 members}. */
    public String count(long count, String singular, String plural) {
        return integer(count) + " " + (count == 1 ? singular : plural);
    }

    /** Joins items as an English list: {@code A}, {@code A and B}, {@code A, B and C}. */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * Formats the magnitude and puts the sign before the currency prefix. A value that rounds to
     * zero gets no sign, so that -0.001 never prints as {@code -0.00}.
     */
    private static String signed(DecimalFormat format, double value, String prefix) {
        String magnitude = format.format(Math.abs(value));
        boolean negative = value < 0 && !isZero(magnitude);
        return (negative ? "-" : "") + prefix + magnitude;
    }

    private static boolean isZero(String formatted) {
        return formatted.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    private static String prefixFor(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            return "";
        }

        String code = currencyCode.strip().toUpperCase(Locale.ROOT);
        try {
            String symbol = Currency.getInstance(code).getSymbol(Locale.US);
            return symbol.equals(code) ? code + " " : symbol;
        } catch (IllegalArgumentException e) {
            LOG.debug("Currency code {} is not in ISO 4217; showing it as a prefix", code, e);
            return code + " ";
        }
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
