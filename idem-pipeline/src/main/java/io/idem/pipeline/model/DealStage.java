package io.idem.pipeline.model;

import java.util.Arrays;
import java.util.Optional;

/** Stage of an opportunity in the sales pipeline: Prospecting, then Engaging, then Won or Lost. */
public enum DealStage {
    PROSPECTING("Prospecting"),
    ENGAGING("Engaging"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    DealStage(String label) {
        this.label = label;
    }

    /** Returns the stage as the CRM export writes it, for example {@code Won}. */
    public String label() {
        return label;
    }

    /** Returns whether the deal has ended, won or lost; only closed deals have a close date and a close value. */
    public boolean isClosed() {
        return switch (this) {
            case PROSPECTING, ENGAGING -> false;
            case WON, LOST -> true;
        };
    }

    /** Returns the stage whose label equals {@code label} exactly, or empty when there is none. */
    public static Optional<DealStage> fromLabel(String label) {
        return Arrays.stream(values()).filter(stage -> stage.label.equals(label)).findFirst();
    }
}
