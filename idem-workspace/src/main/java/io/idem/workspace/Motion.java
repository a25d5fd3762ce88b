package io.idem.workspace;

/** The three expansion motions. */
public enum Motion {
    /** A higher plan, more seats or an add-on. */
    UPSELL,
    /** Another product. */
    CROSS_SELL,
    /** A package of products at a package price. */
    BUNDLE;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
