package io.idem.workspace;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The journey stages of idem.yaml: the allowed stage names, ordered rules whose first true
 * condition sets an account's stage, and the stage of accounts that no rule matches. A workspace
 * without a {@code journey} section has {@link #NONE}, which assigns no stage.
 */
public record Journey(List<String> names, String defaultStage, List<JourneyRule> rules, Location location) {

    /** The stage names used when idem.yaml lists none. */
    public static final List<String> DEFAULT_NAMES = List.of("onboarding", "adoption", "value_realised", "expansion", "renewal", "at_risk");

    /** The journey of a workspace that defines none. */
    public static final Journey NONE = new Journey(DEFAULT_NAMES, null, List.of(), null);

    /** The rule name recorded when no rule matched and the default stage applies. */
    public static final String DEFAULT_RULE = "default";

    public Journey {
        names = List.copyOf(requireNonNull(names, "names is null"));
        rules = List.copyOf(requireNonNull(rules, "rules is null"));
    }

    /** Returns whether the workspace defines journey stages, so that accounts get a stage on each run. */
    public boolean defined() {
        return defaultStage != null;
    }
}
