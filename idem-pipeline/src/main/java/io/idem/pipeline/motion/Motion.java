package io.idem.pipeline.motion;

/** Sales motion of a closed deal, judged from the account's earlier won deals. */
public enum Motion {
    /** The account had no won deal before. */
    NEW_BUSINESS("new_business"),
    /** The account had already bought a product of the same series. */
    UPSELL("upsell"),
    /** The account had won deals, but none in this product's series. */
    CROSS_SELL("cross_sell");

    private final String code;

    Motion(String code) {
        this.code = code;
    }

    /** Returns the name used in output files, for example {@code cross_sell}. */
    public String code() {
        return code;
    }

    /** Returns whether the motion sells more to an existing customer. */
    public boolean isExpansion() {
        return switch (this) {
            case NEW_BUSINESS -> false;
            case UPSELL, CROSS_SELL -> true;
        };
    }
}
