package io.idem.lifetimevalue.cli;

/**
 * Layouts of transaction files that {@link TransactionFileReader} detects.
 */
public enum TransactionFormat {
    /** Comma-separated values with a header row naming the customer, date and amount columns. */
    CSV("csv", "yyyy-MM-dd"),
    /**
     * The CDNOW sample layout: no header, fields separated by runs of spaces, in the order master customer id,
     * sample customer id, date (yyyymmdd), number of CDs, dollar value.
     */
    CDNOW("cdnow", "yyyyMMdd");

    private final String jsonName;
    private final String defaultDatePattern;

    TransactionFormat(String jsonName, String defaultDatePattern) {
        this.jsonName = jsonName;
        this.defaultDatePattern = defaultDatePattern;
    }

    public String jsonName() {
        return jsonName;
    }

    public String defaultDatePattern() {
        return defaultDatePattern;
    }
}
