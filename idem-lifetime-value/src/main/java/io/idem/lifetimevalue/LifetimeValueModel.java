package io.idem.lifetimevalue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Lifetime value models fitted by this module, with the names used in messages and on the command line.
 */
public enum LifetimeValueModel {
    /** Shifted-beta-geometric contract duration model (Fader and Hardie 2007). */
    SBG("sBG", "sbg"),
    /** Beta-geometric/negative binomial repeat purchase model (Fader, Hardie and Lee 2005). */
    BG_NBD("BG/NBD", "bgnbd"),
    /** Gamma-Gamma spend per transaction model (Fader, Hardie and Lee 2005, RFM and CLV). */
    GAMMA_GAMMA("Gamma-Gamma", "gamma-gamma");

    private final String displayName;
    private final String cliName;

    LifetimeValueModel(String displayName, String cliName) {
        this.displayName = displayName;
        this.cliName = cliName;
    }

    public String displayName() {
        return displayName;
    }

    public String cliName() {
        return cliName;
    }

    /** Finds the model whose command-line name equals {@code name}, ignoring case. */
    public static Optional<LifetimeValueModel> fromCliName(String name) {
        return Arrays.stream(values()).filter(model -> model.cliName.equalsIgnoreCase(name)).findFirst();
    }
}
