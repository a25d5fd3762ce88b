package io.idem.experiment;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One arm of an experiment, such as a play or the holdout.
 *
 * @param name letters, digits, underscores, hyphens and dots, at most 100 characters, so the name is safe in
 *     CSV files, JSON and the store
 * @param weight planned allocation weight, finite and > 0; weights are normalised by their sum, so 45:45:10
 *     and 0.45:0.45:0.10 are the same design
 */
public record Variant(String name, double weight) {

    /** Characters allowed in variant names and experiment ids. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public Variant {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid variant name '" + name + "': use 1 to 100 letters, digits,"
                    + " underscores, hyphens or dots, such as play_a or holdout");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of variant " + name + " must be finite and > 0, got " + weight
                    + "; use a share such as 0.45");
        }
    }
}
