package io.idem.workspace;

import static io.idem.workspace.TemplateParameter.identifier;
import static io.idem.workspace.TemplateParameter.number;
import static io.idem.workspace.TemplateParameter.requiredText;
import static io.idem.workspace.TemplateParameter.text;
import static io.idem.workspace.TemplateParameter.whole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A ready-made trigger: its kind and its parameters with their defaults. {@link TriggerTemplates}
 * turns a template and its parameter values into a {@code when} condition. Every template also
 * takes {@code source}, the source to read when the workspace has several of the needed kind.
 */
enum TriggerTemplate {
    RENEWAL_WITHIN(TriggerKind.TIME, whole("days", 60, 0), text("billing_period", null)),
    TENURE_MILESTONE(TriggerKind.TIME, whole("days", 365, 0), whole("window", 30, 1)),
    SATISFACTION_DROP(TriggerKind.SENTIMENT, number("points", "1"), whole("days", 90, 1), identifier("column")),
    DETRACTOR_RESPONSE(TriggerKind.SENTIMENT, whole("days", 30, 1), whole("max_score", 6, 0), text("survey", "nps")),
    USAGE_GROWTH(TriggerKind.USAGE_TREND, number("percent", "20"), whole("days", 30, 1), identifier("column")),
    USAGE_TREND_DOWN(TriggerKind.USAGE_TREND, number("percent", "5"), whole("weeks", 12, 2), identifier("column")),
    SEAT_UTILISATION(TriggerKind.USAGE_TREND, number("percent", "80"), whole("days", 30, 1)),
    FEATURE_ADOPTED(TriggerKind.USAGE_TREND, requiredText("feature"), whole("users", 5, 0), whole("days", 30, 1)),
    MRR_GROWTH(TriggerKind.FINANCIAL_TREND, number("percent", "10"), whole("days", 90, 1)),
    OVERDUE_INVOICE(TriggerKind.FINANCIAL_TREND, whole("days", 0, 0)),
    NO_TOUCHPOINT(TriggerKind.TOUCHPOINT, whole("days", 60, 0)),
    QBR_HELD(TriggerKind.TOUCHPOINT, whole("days", 90, 1), text("type", "qbr"));

    private final TriggerKind kind;
    private final List<TemplateParameter> parameters;

    TriggerTemplate(TriggerKind kind, TemplateParameter... parameters) {
        this.kind = kind;
        List<TemplateParameter> all = new ArrayList<>(Arrays.asList(parameters));
        all.add(identifier("source"));
        this.parameters = List.copyOf(all);
    }

    TriggerKind kind() {
        return kind;
    }

    /** Returns the template's parameters in documentation order, {@code source} last. */
    List<TemplateParameter> parameters() {
        return parameters;
    }

    Optional<TemplateParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TriggerTemplate> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.configName().equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(TriggerTemplate::configName).toList();
    }

    /** Returns the names of all parameters of all templates, for the unknown-field check of a trigger. */
    static Set<String> allParameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (TriggerTemplate template : values()) {
            template.parameters.forEach(p -> names.add(p.name()));
        }
        return names;
    }
}
