package io.idem.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads one playbook step: its {@code kind} (default {@code task}) and the fields of that kind.
 * {@link StepChecks} checks references between steps (jump targets, loops) and to account fields,
 * and the identify stage checks expressions.
 */
final class StepReader {

    /** Opportunity stages a step may move to. Won is not one, because it needs the booked MRR, which a person enters. */
    static final List<String> STEP_STAGES = List.of("identified", "engaged", "proposal", "negotiation", "lost");

    private static final Set<String> TASK_FIELDS = Set.of("kind", "title", "due", "owner", "checklist", "blocking");
    private static final Set<String> EMAIL_FIELDS = Set.of("kind", "subject", "body", "template", "owner");
    private static final Set<String> WEBHOOK_FIELDS = Set.of("kind", "url", "fields", "secret_env", "timeout_seconds", "retries");
    private static final Set<String> WAIT_FIELDS = Set.of("kind", "for", "until", "timeout");
    private static final Set<String> BRANCH_FIELDS = Set.of("kind", "if", "then", "else");
    private static final Set<String> UPDATE_FIELDS = Set.of("kind", "field", "value", "expression");
    private static final Set<String> OPPORTUNITY_FIELDS = Set.of("kind", "motion", "offer", "stage", "owner");
    private static final java.util.regex.Pattern ENV_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path workspaceFolder;
    private final BiFunction<YamlNode, OwnerRule, OwnerRule> ownerReader;

    StepReader(Path workspaceFolder, BiFunction<YamlNode, OwnerRule, OwnerRule> ownerReader) {
        this.workspaceFolder = workspaceFolder;
        this.ownerReader = ownerReader;
    }

    /** Returns the step, or null after reporting a problem that leaves no usable step. */
    PlaybookStep read(String name, YamlNode node, OwnerRule playbookOwner) {
        if (!node.isMapping()) {
            node.problem(node.scalarOrNull(), "a step is a mapping of its fields", "write for example 'call: {title: \"Call {account_name}\", due: 3d}'");
            return null;
        }
        StepKind kind = kind(node);
        if (kind == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, allowedFields(kind));
        OwnerRule owner = ownerReader.apply(fields.node("owner"), playbookOwner);
        int due = fields.days("due", 7);
        String title = fields.string("title", kind == StepKind.TASK);
        PlaybookStep.Action action = switch (kind) {
            case TASK -> new PlaybookStep.TaskAction(fields.strings("checklist"), fields.bool("blocking", true));
            case EMAIL -> email(fields, node);
            case WEBHOOK -> webhook(fields);
            case WAIT -> waitAction(fields, node);
            case BRANCH -> branch(fields);
            case UPDATE_FIELD -> updateField(fields, node);
            case OPPORTUNITY -> opportunity(fields, node);
        };
        if (action == null) {
            return null;
        }
        return new PlaybookStep(name, kind, title == null ? name : title, due, owner, node.location(), action);
    }

    private static StepKind kind(YamlNode node) {
        YamlNode kindNode = node.entries().get("kind");
        String text = kindNode == null ? null : kindNode.text();
        if (text == null) {
            return StepKind.TASK;
        }
        try {
            if (!text.equals(text.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("kinds are lower case");
            }
            return StepKind.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            kindNode.problem(text, "invalid step kind", Suggestions.hint(text.toLowerCase(Locale.ROOT),
                    Arrays.stream(StepKind.values()).map(StepKind::configName).toList()));
            return null;
        }
    }

    private static Set<String> allowedFields(StepKind kind) {
        return switch (kind) {
            case TASK -> TASK_FIELDS;
            case EMAIL -> EMAIL_FIELDS;
            case WEBHOOK -> WEBHOOK_FIELDS;
            case WAIT -> WAIT_FIELDS;
            case BRANCH -> BRANCH_FIELDS;
            case UPDATE_FIELD -> UPDATE_FIELDS;
            case OPPORTUNITY -> OPPORTUNITY_FIELDS;
        };
    }

    private PlaybookStep.Action email(FieldReader fields, YamlNode node) {
        String subject = fields.string("subject", true);
        String body = fields.string("body", false);
        String template = fields.string("template", false);
        if ((body == null) == (template == null)) {
            node.problem(null, "an email step needs exactly one of 'body' and 'template'",
                    "write the text under 'body:', or name a file under the workspace folder with 'template: emails/NAME.txt'");
            return null;
        }
        if (template == null) {
            return subject == null ? null : new PlaybookStep.EmailAction(subject, body, false, null);
        }
        Path folder = workspaceFolder.toAbsolutePath().normalize();
        Path file = folder.resolve(template).normalize();
        if (!file.startsWith(folder)) {
            fields.node("template").problem(template, "the template file is outside the workspace folder",
                    "put the file under " + folder + " and give its path relative to that folder");
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean html = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
            return subject == null ? null : new PlaybookStep.EmailAction(subject, text, html, template);
        } catch (IOException e) {
            fields.node("template").problem(template, "cannot read the template file: " + e.getMessage(),
                    "create " + file + " (UTF-8 text, or .html for an HTML body), or fix the path");
            return null;
        }
    }

    private static PlaybookStep.Action webhook(FieldReader fields) {
        String url = fields.string("url", true);
        String secretEnv = fields.string("secret_env", false);
        if (secretEnv != null && !ENV_NAME.matcher(secretEnv).matches()) {
            fields.node("secret_env").problem(secretEnv, "invalid environment variable name",
                    "write the name of the variable that holds the secret, for example IDEM_WEBHOOK_SECRET, not the secret itself");
            secretEnv = null;
        }
        Double timeout = fields.number("timeout_seconds", 10.0);
        if (timeout < 1 || timeout > 300 || timeout != Math.rint(timeout)) {
            fields.node("timeout_seconds").problem(String.valueOf(timeout), "timeout_seconds is not a whole number from 1 to 300",
                    "write for example 'timeout_seconds: 10'");
            timeout = 10.0;
        }
        Double retries = fields.number("retries", 2.0);
        if (retries < 0 || retries > 10 || retries != Math.rint(retries)) {
            fields.node("retries").problem(String.valueOf(retries), "retries is not a whole number from 0 to 10",
                    "write for example 'retries: 2' for three attempts in all");
            retries = 2.0;
        }
        if (url == null) {
            return null;
        }
        URI uri = httpUri(url);
        if (uri == null) {
            fields.node("url").problem(url, "a webhook url must be an absolute http or https URL with a host",
                    "write for example 'url: https://hooks.example.com/idem'");
            return null;
        }
        return new PlaybookStep.WebhookAction(uri, fields.strings("fields"), secretEnv, timeout.intValue(), retries.intValue());
    }

    private static URI httpUri(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static PlaybookStep.Action waitAction(FieldReader fields, YamlNode node) {
        Integer days = fields.days("for", null);
        String until = fields.string("until", false);
        Integer timeout = fields.days("timeout", null);
        if ((days == null) == (until == null)) {
            node.problem(null, "a wait step needs exactly one of 'for' and 'until'",
                    "write 'for: 14d' to wait a fixed time, or 'until: CONDITION' with 'timeout: 30d'");
            return null;
        }
        if (until != null && timeout == null) {
            fields.missing("timeout");
            return null;
        }
        if (days != null && timeout != null) {
            fields.node("timeout").problem(String.valueOf(timeout), "'timeout' applies to 'until', not to 'for'",
                    "remove 'timeout'; 'for' already ends the wait");
        }
        return new PlaybookStep.WaitAction(days, until, until == null ? null : timeout);
    }

    private static PlaybookStep.Action branch(FieldReader fields) {
        String condition = fields.string("if", true);
        if (fields.node("then") == null && fields.node("else") == null) {
            fields.missing("then");
            return null;
        }
        return condition == null ? null : new PlaybookStep.BranchAction(condition, fields.name("then", false), fields.name("else", false));
    }

    private static PlaybookStep.Action updateField(FieldReader fields, YamlNode node) {
        String field = fields.name("field", true);
        String value = fields.string("value", false);
        String expression = fields.string("expression", false);
        if ((value == null) == (expression == null)) {
            node.problem(null, "an update_field step needs exactly one of 'value' and 'expression'",
                    "write 'value: strategic' for a fixed value, or 'expression: seats * 2' to compute it per account");
            return null;
        }
        return field == null ? null : new PlaybookStep.UpdateFieldAction(field, value, expression);
    }

    private static PlaybookStep.Action opportunity(FieldReader fields, YamlNode node) {
        Motion motion = fields.optionalEnum("motion", Motion.class);
        String offer = fields.string("offer", false);
        String stage = fields.string("stage", false);
        if (motion != null && stage != null || motion == null && stage == null) {
            node.problem(null, "an opportunity step either creates one ('motion' and 'offer') or moves the play's opportunity ('stage')",
                    "write 'motion: upsell' with 'offer: seats', or 'stage: proposal'");
            return null;
        }
        if (motion != null && offer == null) {
            fields.missing("offer");
            return null;
        }
        if (stage != null && !STEP_STAGES.contains(stage.trim().toLowerCase(Locale.ROOT))) {
            String fix = stage.trim().equalsIgnoreCase("won")
                    ? "a step cannot win an opportunity because that needs the booked MRR; use 'idem opportunities move ID --stage won'"
                    : Suggestions.hint(stage, STEP_STAGES);
            fields.node("stage").problem(stage, "invalid stage for an opportunity step", fix);
            return null;
        }
        return new PlaybookStep.OpportunityAction(motion, offer, stage == null ? null : stage.trim().toLowerCase(Locale.ROOT));
    }
}
