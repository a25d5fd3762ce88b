package io.idem.workspace;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A success plan template from idem.yaml: the objectives a plan starts with, the plan's target in
 * days after its creation, and the journey stage whose entry creates it ({@code forStage}, null
 * when only a playbook step or the Java API creates it).
 */
public record SuccessPlanTemplate(String name, String description, String forStage, int targetDays, List<ObjectiveTemplate> objectives,
                                  Location location) {

    public SuccessPlanTemplate {
        requireNonNull(name, "name is null");
        objectives = List.copyOf(requireNonNull(objectives, "objectives is null"));
        if (targetDays < 0) {
            throw new IllegalArgumentException("targetDays must be 0 or more, was " + targetDays);
        }
    }

    /**
     * One objective of a template. {@code targetDays} counts from the plan's creation; {@code owner}
     * null means the account's owner; {@code condition} null means people set the status by hand.
     */
    public record ObjectiveTemplate(int index, String title, int targetDays, String owner, String condition, Location location) {

        public ObjectiveTemplate {
            requireNonNull(title, "title is null");
        }

        /** Returns the field path of the objective's condition in idem.yaml. */
        public String field(String planName) {
            return "success_plans." + planName + ".objectives[" + index + "].when";
        }
    }
}
