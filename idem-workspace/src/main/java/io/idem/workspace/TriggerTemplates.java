package io.idem.workspace;

import io.idem.store.ColumnType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Expands {@code template: NAME} in a trigger into a {@code when} condition made of aggregate calls
 * over the workspace's sources (see docs/expressions.md, "Aggregates over a source"). Each template
 * reads the single source of the kind it needs, or the one named by its {@code source} parameter,
 * and reports a problem at the trigger's {@code template} field when that source or one of its
 * columns is missing.
 *
 * <p>Text parameters become quoted string literals with quotes doubled, which the expression
 * compiler binds as SQL parameters; source and column names are checked against the workspace
 * before they are written into the condition.
 */
public final class TriggerTemplates {

    private static final Set<ColumnType> NUMERIC = Set.of(ColumnType.INTEGER, ColumnType.NUMBER, ColumnType.MONEY);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TriggerTemplate template;
    private final TemplateArguments arguments;
    private final YamlNode templateNode;
    private final Map<String, Source> sources;
    private boolean valid = true;

    private TriggerTemplates(TriggerTemplate template, TemplateArguments arguments, YamlNode templateNode, Map<String, Source> sources) {
        this.template = template;
        this.arguments = arguments;
        this.templateNode = templateNode;
        this.sources = sources;
    }

    /** A template's result: the kind it gives the trigger and the generated condition. */
    record Expansion(TriggerKind kind, String condition) {
    }

    /** Returns the names of the templates, as written after {@code template:}. */
    public static List<String> names() {
        return TriggerTemplate.names();
    }

    /**
     * Expands a template. Every problem goes to the problem list of {@code templateNode} or of the
     * parameter's node.
     *
     * @return the expansion, or null when a problem was reported
     */
    static Expansion expand(TriggerTemplate template, TemplateArguments arguments, YamlNode templateNode, Map<String, Source> sources) {
        if (!arguments.valid()) {
            return null;
        }
        TriggerTemplates expander = new TriggerTemplates(template, arguments, templateNode, sources);
        String condition = expander.condition();
        if (!expander.valid || condition == null) {
            return null;
        }
        return new Expansion(template.kind(), condition);
    }

    private String condition() {
        // usage_trend_down counts weeks and takes no days.
        int days = template.parameter("days").isPresent() ? arguments.whole("days") : 0;
        return switch (template) {
            case RENEWAL_WITHIN -> renewalWithin(days);
            case TENURE_MILESTONE -> tenureMilestone(days);
            case SATISFACTION_DROP -> satisfactionDrop(days);
            case DETRACTOR_RESPONSE -> detractorResponse(days);
            case USAGE_GROWTH -> usageGrowth(days);
            case USAGE_TREND_DOWN -> usageTrendDown(arguments.whole("weeks"));
            case SEAT_UTILISATION -> seatUtilisation(days);
            case FEATURE_ADOPTED -> featureAdopted(days);
            case MRR_GROWTH -> mrrGrowth(days);
            case OVERDUE_INVOICE -> overdueInvoice(days);
            case NO_TOUCHPOINT -> noTouchpoint(days);
            case QBR_HELD -> qbrHeld(days);
        };
    }

    private String renewalWithin(int days) {
        String period = arguments.text("billing_period");
        Source subscriptions = period == null ? source(SourceKind.SUBSCRIPTIONS)
                : source("a source of kind subscriptions with a billing_period column", List.of(SourceKind.SUBSCRIPTIONS), "billing_period");
        if (subscriptions == null) {
            return null;
        }
        String filter = period == null ? "" : " where billing_period = " + quote(period);
        return "days_to_renewal(" + subscriptions.name() + filter + ") <= " + days;
    }

    private String tenureMilestone(int days) {
        Source accounts = source("a source of kind accounts with a date column signup_date", List.of(SourceKind.ACCOUNTS), "signup_date");
        if (accounts == null) {
            return null;
        }
        if (accounts.columns().get("signup_date").type() != ColumnType.DATE) {
            return fail("needs the signup_date column of source '" + accounts.name() + "' to have type date",
                    "declare 'signup_date: {type: date}' under sources." + accounts.name() + ".columns");
        }
        String tenure = "days_between(signup_date, as_of)";
        return tenure + " >= " + days + " and " + tenure + " < " + (days + arguments.whole("window"));
    }

    private String satisfactionDrop(int days) {
        List<SourceKind> kinds = List.of(SourceKind.RESPONSES, SourceKind.TICKETS);
        String column = arguments.text("column");
        Source source = column != null ? source("a source of kind responses or tickets with a " + column + " column", kinds, column)
                : source("a source of kind responses or tickets with a score or satisfaction column", kinds, "score", "satisfaction");
        if (source == null) {
            return null;
        }
        if (column == null) {
            column = source.columns().containsKey("score") ? "score" : "satisfaction";
        }
        if (!numeric(source, column)) {
            return null;
        }
        String window = ", last " + days + "d";
        String recent = "avg(" + column + " from " + source.name() + window + ")";
        String before = "avg(" + column + " from " + source.name() + window + ", offset " + days + "d)";
        return before + " - " + recent + " >= " + plain(arguments.number("points"));
    }

    private String detractorResponse(int days) {
        Source responses = source("a source of kind responses with a score column", List.of(SourceKind.RESPONSES), "score");
        if (responses == null) {
            return null;
        }
        boolean hasSurvey = responses.columns().containsKey("survey");
        if (arguments.isGiven("survey") && !hasSurvey) {
            return fail("filters on survey, but source '" + responses.name() + "' has no survey column",
                    "declare the survey column under sources." + responses.name() + ".columns, or remove 'survey'");
        }
        String filter = "score <= " + arguments.whole("max_score")
                + (hasSurvey ? " and survey = " + quote(arguments.text("survey")) : "");
        return "count(" + responses.name() + " where " + filter + ", last " + days + "d) >= 1";
    }

    private String usageGrowth(int days) {
        String column = arguments.text("column");
        Source usage = column == null ? source(SourceKind.USAGE)
                : source("a source of kind usage with a " + column + " column", List.of(SourceKind.USAGE), column);
        if (usage == null || column != null && !numeric(usage, column)) {
            return null;
        }
        String rows = column == null ? "count(" + usage.name() : "sum(" + column + " from " + usage.name();
        String window = ", last " + days + "d";
        return "pct_change(" + rows + window + "), " + rows + window + ", offset " + days + "d)) > " + fraction(arguments.number("percent"));
    }

    /**
     * Usage falling by more than P of an average week, per week, over the last W weeks: the trend is
     * compared with P times the window's weekly mean, so the threshold scales with the account's size.
     * Multiplying instead of dividing keeps an account without usage at 0 &lt; 0, which is false.
     */
    private String usageTrendDown(int weeks) {
        String column = arguments.text("column");
        Source usage = column == null ? source(SourceKind.USAGE)
                : source("a source of kind usage with a " + column + " column", List.of(SourceKind.USAGE), column);
        if (usage == null || column != null && !numeric(usage, column)) {
            return null;
        }
        String rows = column == null ? usage.name() : column + " from " + usage.name();
        String window = ", last " + weeks + "w)";
        String total = column == null ? "count(" + rows + window : "sum(" + rows + window;
        return "trend(" + rows + window + " < -" + fraction(arguments.number("percent")) + " * " + total + " / " + weeks;
    }

    private String seatUtilisation(int days) {
        Source usage = source("a source of kind usage with a user_id column", List.of(SourceKind.USAGE), "user_id");
        if (usage == null) {
            return null;
        }
        String seats = seats();
        if (seats == null) {
            return null;
        }
        return "count_distinct(user_id from " + usage.name() + ", last " + days + "d) / " + seats
                + " > " + fraction(arguments.number("percent"));
    }

    /** Returns the seats of an account: the active subscriptions' seats when declared, else the accounts column. */
    private String seats() {
        Source subscriptions = sources.values().stream().filter(s -> s.kind() == SourceKind.SUBSCRIPTIONS).findFirst().orElse(null);
        if (subscriptions != null && subscriptions.columns().containsKey("seats")) {
            return "sum_active(seats from " + subscriptions.name() + ")";
        }
        Source accounts = sources.values().stream().filter(s -> s.kind() == SourceKind.ACCOUNTS).findFirst().orElse(null);
        if (accounts != null && accounts.columns().containsKey("seats")) {
            return "seats";
        }
        return fail("needs a seats column on the subscriptions or the accounts source",
                "declare 'seats: integer' under the columns of the subscriptions or the accounts source");
    }

    private String featureAdopted(int days) {
        Source usage = source("a source of kind usage with user_id and feature columns", List.of(SourceKind.USAGE), "user_id", "feature");
        if (usage == null) {
            return null;
        }
        return "count_distinct(user_id from " + usage.name() + " where feature = " + quote(arguments.text("feature"))
                + ", last " + days + "d) > " + arguments.whole("users");
    }

    private String mrrGrowth(int days) {
        Source subscriptions = source(SourceKind.SUBSCRIPTIONS);
        if (subscriptions == null) {
            return null;
        }
        String now = "sum_active(mrr from " + subscriptions.name() + ")";
        String before = "sum_active(mrr from " + subscriptions.name() + ", offset " + days + "d)";
        return "pct_change(" + now + ", " + before + ") > " + fraction(arguments.number("percent"));
    }

    /**
     * Builds the overdue-invoice condition. An invoice counts as unpaid at the as-of date when it has
     * no payment date or was paid after that date, so backtests at earlier dates see the invoices
     * that were open then.
     */
    private String overdueInvoice(int days) {
        Source invoices = source("a source of kind invoices with a paid_on column", List.of(SourceKind.INVOICES), "paid_on");
        if (invoices == null) {
            return null;
        }
        if (invoices.columns().get("paid_on").type() != ColumnType.DATE) {
            return fail("needs the paid_on column of source '" + invoices.name() + "' to have type date",
                    "declare 'paid_on: {type: date}' under sources." + invoices.name() + ".columns");
        }
        String limit = days == 0 ? "as_of" : "as_of - " + days + "d";
        return "count(" + invoices.name() + " where (paid_on is missing or paid_on > as_of) and due_on < " + limit + ") >= 1";
    }

    private String noTouchpoint(int days) {
        Source touchpoints = source(SourceKind.TOUCHPOINTS);
        if (touchpoints == null) {
            return null;
        }
        String silence = "days_since_last(" + touchpoints.name() + ")";
        return silence + " > " + days + " or " + silence + " is missing";
    }

    private String qbrHeld(int days) {
        Source touchpoints = source("a source of kind touchpoints with a type column", List.of(SourceKind.TOUCHPOINTS), "type");
        if (touchpoints == null) {
            return null;
        }
        return "count(" + touchpoints.name() + " where type = " + quote(arguments.text("type")) + ", last " + days + "d) >= 1";
    }

    private Source source(SourceKind kind) {
        return source("a source of kind " + kind.configName(), List.of(kind));
    }

    /**
     * Returns the source named by the {@code source} parameter, or else the single source of one of
     * the kinds, after checking that it declares {@code columns}; null after reporting a problem.
     */
    private Source source(String need, List<SourceKind> kinds, String... columns) {
        String named = arguments.text("source");
        Source source;
        if (named != null) {
            source = sources.get(named);
            if (source == null || !kinds.contains(source.kind())) {
                List<String> candidates = ofKinds(kinds).stream().map(Source::name).toList();
                String fix = source == null ? Suggestions.hint(named, candidates) : "name " + describe(candidates, kinds);
                return fail("needs " + need + ", and '" + named + "' is " + (source == null ? "not a source"
                        : "of kind " + source.kind().configName()), fix);
            }
        } else {
            List<Source> candidates = ofKinds(kinds);
            if (candidates.isEmpty()) {
                return fail("needs " + need, "declare such a source under sources, or write the condition yourself with 'when'");
            }
            if (candidates.size() > 1) {
                return fail("needs " + need + ", and the workspace has several: "
                        + candidates.stream().map(Source::name).collect(Collectors.joining(", ")),
                        "name one with 'source: " + candidates.get(0).name() + "'");
            }
            source = candidates.get(0);
        }
        return hasColumns(source, need, columns) ? source : null;
    }

    private boolean hasColumns(Source source, String need, String... columns) {
        // satisfaction_drop accepts either of its two column names; the other templates need each listed column.
        boolean either = template == TriggerTemplate.SATISFACTION_DROP && arguments.text("column") == null;
        boolean found = either ? Arrays.stream(columns).anyMatch(source.columns()::containsKey)
                : Arrays.stream(columns).allMatch(source.columns()::containsKey);
        if (!found) {
            fail("needs " + need + ", and source '" + source.name() + "' has no such column",
                    "declare the column under sources." + source.name() + ".columns (declared: "
                            + String.join(", ", source.columns().keySet()) + ")");
        }
        return found;
    }

    private boolean numeric(Source source, String column) {
        if (!NUMERIC.contains(source.columns().get(column).type())) {
            fail("needs a number column, and column '" + column + "' of source '" + source.name() + "' has type "
                    + source.columns().get(column).type().configName(), "name a column of type integer, number or money");
            return false;
        }
        return true;
    }

    private List<Source> ofKinds(List<SourceKind> kinds) {
        return sources.values().stream().filter(s -> kinds.contains(s.kind())).toList();
    }

    private static String describe(List<String> candidates, List<SourceKind> kinds) {
        String kindNames = kinds.stream().map(SourceKind::configName).collect(Collectors.joining(" or "));
        return candidates.isEmpty() ? "a source of kind " + kindNames + " (none is declared)"
                : "one of: " + String.join(", ", candidates);
    }

    private <T> T fail(String message, String fix) {
        templateNode.problem(template.configName(), "template " + template.configName() + " " + message, fix);
        valid = false;
        return null;
    }

    /** Returns a string literal of the expression language: single quotes, with each quote inside doubled. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String fraction(BigDecimal percent) {
        return plain(percent.divide(HUNDRED));
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
