package io.idem.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code journey} and {@code success_plans} sections of idem.yaml. */
final class JourneyReader {

    private static final Set<String> JOURNEY_FIELDS = Set.of("names", "default", "stages");
    private static final Set<String> RULE_FIELDS = Set.of("stage", "when");
    private static final Set<String> PLAN_FIELDS = Set.of("description", "for_stage", "target", "objectives");
    private static final Set<String> OBJECTIVE_FIELDS = Set.of("title", "target", "owner", "when");
    private static final int DEFAULT_PLAN_TARGET_DAYS = 90;

    private JourneyReader() {
    }

    static Journey journey(YamlNode section) {
        if (section == null) {
            return Journey.NONE;
        }
        FieldReader fields = new FieldReader(section, JOURNEY_FIELDS);
        List<String> names = stageNames(fields);
        String defaultStage = fields.string("default", true);
        if (defaultStage != null && !names.contains(defaultStage)) {
            fields.node("default").problem(defaultStage, "unknown journey stage", Suggestions.hint(defaultStage, names));
        }
        List<JourneyRule> rules = new ArrayList<>();
        YamlNode stagesNode = fields.node("stages");
        List<YamlNode> items = stagesNode == null ? List.of() : stagesNode.items();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            FieldReader rule = new FieldReader(item, RULE_FIELDS);
            String stage = rule.string("stage", true);
            String condition = rule.string("when", true);
            if (stage != null && !names.contains(stage)) {
                rule.node("stage").problem(stage, "unknown journey stage", Suggestions.hint(stage, names)
                        + "; list your own stage names under journey.names");
                continue;
            }
            if (stage != null && condition != null) {
                rules.add(new JourneyRule(i, stage, condition, item.location()));
            }
        }
        return new Journey(names, defaultStage == null ? Journey.DEFAULT_NAMES.get(1) : defaultStage, rules, section.location());
    }

    private static List<String> stageNames(FieldReader fields) {
        if (fields.node("names") == null) {
            return Journey.DEFAULT_NAMES;
        }
        Set<String> names = new LinkedHashSet<>();
        for (YamlNode item : fields.node("names").items()) {
            String name = item.text();
            if (name == null || !FieldReader.NAME.matcher(name).matches()) {
                item.problem(name, "invalid stage name", "use lower-case letters, digits and underscores, starting with a letter");
            } else if (!names.add(name)) {
                item.problem(name, "duplicate stage name", "list each stage once under journey.names");
            }
        }
        if (names.isEmpty()) {
            fields.node("names").problem(null, "journey.names lists no stage", "list the stages, or remove 'names' to use "
                    + String.join(", ", Journey.DEFAULT_NAMES));
            return Journey.DEFAULT_NAMES;
        }
        return List.copyOf(names);
    }

    /** Reads the success plan templates; {@code journey} is the workspace's, to check each {@code for_stage}. */
    static Map<String, SuccessPlanTemplate> successPlans(YamlNode section, Journey journey) {
        Map<String, SuccessPlanTemplate> plans = new LinkedHashMap<>();
        if (section == null) {
            return plans;
        }
        for (Map.Entry<String, YamlNode> entry : section.entries().entrySet()) {
            String name = entry.getKey();
            YamlNode node = entry.getValue();
            if (!FieldReader.NAME.matcher(name).matches()) {
                node.problem(name, "invalid name", "use lower-case letters, digits and underscores, starting with a letter");
            }
            FieldReader fields = new FieldReader(node, PLAN_FIELDS);
            String forStage = fields.string("for_stage", false);
            if (forStage != null && !journey.defined()) {
                fields.node("for_stage").problem(forStage, "for_stage needs journey stages, and idem.yaml has no 'journey' section",
                        "add a 'journey' section with 'default' and 'stages', or remove for_stage");
            } else if (forStage != null && !journey.names().contains(forStage)) {
                fields.node("for_stage").problem(forStage, "unknown journey stage", Suggestions.hint(forStage, journey.names()));
            }
            int target = fields.days("target", DEFAULT_PLAN_TARGET_DAYS);
            List<SuccessPlanTemplate.ObjectiveTemplate> objectives = new ArrayList<>();
            YamlNode objectivesNode = fields.node("objectives");
            if (objectivesNode == null) {
                fields.missing("objectives");
            } else {
                List<YamlNode> items = objectivesNode.items();
                for (int i = 0; i < items.size(); i++) {
                    FieldReader objective = new FieldReader(items.get(i), OBJECTIVE_FIELDS);
                    String title = objective.string("title", true);
                    if (title != null) {
                        objectives.add(new SuccessPlanTemplate.ObjectiveTemplate(i, title, objective.days("target", target),
                                objective.string("owner", false), objective.string("when", false), items.get(i).location()));
                    }
                }
                if (items.isEmpty()) {
                    objectivesNode.problem(null, "a success plan needs at least one objective", "add for example "
                            + "'- {title: Invite the team, target: 30d, when: \"seats_now >= 5\"}'");
                }
            }
            plans.put(name, new SuccessPlanTemplate(name, fields.string("description", false), forStage, target, objectives,
                    node.location()));
        }
        return plans;
    }
}
