package io.idem.workspace;

/** The five kinds of expansion trigger. */
public enum TriggerKind {
    TIME,
    SENTIMENT,
    USAGE_TREND,
    FINANCIAL_TREND,
    TOUCHPOINT;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
