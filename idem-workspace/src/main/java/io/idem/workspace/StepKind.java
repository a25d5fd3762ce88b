package io.idem.workspace;

import java.util.Locale;

/** Kinds of playbook steps, by the action a step takes when a play reaches it. */
public enum StepKind {
    /** Creates a task for its owner, optionally with a checklist. */
    TASK,
    /** Renders an email draft for the owner to send; Idem sends nothing. */
    EMAIL,
    /** POSTs a JSON body to a URL. */
    WEBHOOK,
    /** Holds the play for a number of days or until a condition holds. */
    WAIT,
    /** Jumps to a named step depending on a condition. */
    BRANCH,
    /** Sets an account attribute declared under account_fields. */
    UPDATE_FIELD,
    /** Creates an opportunity or moves the play's opportunity to a stage. */
    OPPORTUNITY;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
