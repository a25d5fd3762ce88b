package io.idem.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.expression.Expressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TriggerTemplatesTest {

    /** Sources of every kind the templates read; triggers are appended per test. */
    static final String SOURCES = """
            idem: 1
            workspace: templates
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  signup_date: date
                  seats: integer
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: string
                  account_id: string
                  start_date: date
                  end_date: date
                  mrr: money
                  seats: integer
                  billing_period: string
              usage:
                kind: usage
                file: usage.csv
                columns:
                  account_id: string
                  event_date: date
                  user_id: string
                  feature: string
                  usage_count: integer
              responses:
                kind: responses
                file: responses.csv
                columns:
                  account_id: string
                  responded_on: date
                  score: number
                  survey: string
              tickets:
                kind: tickets
                file: tickets.csv
                columns:
                  account_id: string
                  opened_on: date
                  satisfaction: number
                  priority: string
              invoices:
                kind: invoices
                file: invoices.csv
                columns:
                  account_id: string
                  due_on: date
                  paid_on: date
              touchpoints:
                kind: touchpoints
                file: touchpoints.csv
                columns:
                  account_id: string
                  occurred_on: date
                  type: string
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("expansions")
    void templateExpandsToCondition(String name, String template, String parameters, TriggerKind kind, String condition)
            throws IOException {
        WorkspaceLoader.Result result = read(SOURCES, "triggers:\n  signal:\n    template: " + template + parameters);

        assertThat(result.problems()).isEmpty();
        Trigger trigger = result.workspace().triggers().get("signal");
        assertThat(trigger.condition()).isEqualTo(condition);
        assertThat(trigger.kind()).isEqualTo(kind);
        assertThatCode(() -> Expressions.parse(trigger.condition())).as("the expression parser accepts %s", condition)
                .doesNotThrowAnyException();
    }

    static Stream<Arguments> expansions() {
        return Stream.of(
                expansion("renewal_within", "", TriggerKind.TIME, "days_to_renewal(subscriptions) <= 60"),
                expansion("renewal_within", "\n    days: 90\n    billing_period: annual", TriggerKind.TIME,
                        "days_to_renewal(subscriptions where billing_period = 'annual') <= 90"),
                expansion("tenure_milestone", "", TriggerKind.TIME,
                        "days_between(signup_date, as_of) >= 365 and days_between(signup_date, as_of) < 395"),
                expansion("tenure_milestone", "\n    days: 730\n    window: 14", TriggerKind.TIME,
                        "days_between(signup_date, as_of) >= 730 and days_between(signup_date, as_of) < 744"),
                expansion("satisfaction_drop", "\n    source: responses", TriggerKind.SENTIMENT,
                        "avg(score from responses, last 90d, offset 90d) - avg(score from responses, last 90d) >= 1"),
                expansion("satisfaction_drop", "\n    source: tickets\n    points: 0.5\n    days: 60", TriggerKind.SENTIMENT,
                        "avg(satisfaction from tickets, last 60d, offset 60d) - avg(satisfaction from tickets, last 60d) >= 0.5"),
                expansion("detractor_response", "", TriggerKind.SENTIMENT,
                        "count(responses where score <= 6 and survey = 'nps', last 30d) >= 1"),
                expansion("detractor_response", "\n    max_score: 4\n    days: 14\n    survey: csat", TriggerKind.SENTIMENT,
                        "count(responses where score <= 4 and survey = 'csat', last 14d) >= 1"),
                expansion("usage_growth", "", TriggerKind.USAGE_TREND,
                        "pct_change(count(usage, last 30d), count(usage, last 30d, offset 30d)) > 0.2"),
                expansion("usage_growth", "\n    column: usage_count\n    percent: 12.5\n    days: 7", TriggerKind.USAGE_TREND,
                        "pct_change(sum(usage_count from usage, last 7d), sum(usage_count from usage, last 7d, offset 7d)) > 0.125"),
                expansion("usage_trend_down", "", TriggerKind.USAGE_TREND,
                        "trend(usage, last 12w) < -0.05 * count(usage, last 12w) / 12"),
                expansion("usage_trend_down", "\n    column: usage_count\n    percent: 2.5\n    weeks: 4", TriggerKind.USAGE_TREND,
                        "trend(usage_count from usage, last 4w) < -0.025 * sum(usage_count from usage, last 4w) / 4"),
                expansion("seat_utilisation", "", TriggerKind.USAGE_TREND,
                        "count_distinct(user_id from usage, last 30d) / sum_active(seats from subscriptions) > 0.8"),
                expansion("seat_utilisation", "\n    percent: 95\n    days: 60", TriggerKind.USAGE_TREND,
                        "count_distinct(user_id from usage, last 60d) / sum_active(seats from subscriptions) > 0.95"),
                expansion("feature_adopted", "\n    feature: reports", TriggerKind.USAGE_TREND,
                        "count_distinct(user_id from usage where feature = 'reports', last 30d) > 5"),
                expansion("feature_adopted", "\n    feature: \"O'Neil report\"\n    users: 10\n    days: 90", TriggerKind.USAGE_TREND,
                        "count_distinct(user_id from usage where feature = 'O''Neil report', last 90d) > 10"),
                expansion("mrr_growth", "", TriggerKind.FINANCIAL_TREND,
                        "pct_change(sum_active(mrr from subscriptions), sum_active(mrr from subscriptions, offset 90d)) > 0.1"),
                expansion("mrr_growth", "\n    percent: 25\n    days: 180", TriggerKind.FINANCIAL_TREND,
                        "pct_change(sum_active(mrr from subscriptions), sum_active(mrr from subscriptions, offset 180d)) > 0.25"),
                expansion("overdue_invoice", "", TriggerKind.FINANCIAL_TREND,
                        "count(invoices where (paid_on is missing or paid_on > as_of) and due_on < as_of) >= 1"),
                expansion("overdue_invoice", "\n    days: 15", TriggerKind.FINANCIAL_TREND,
                        "count(invoices where (paid_on is missing or paid_on > as_of) and due_on < as_of - 15d) >= 1"),
                expansion("no_touchpoint", "", TriggerKind.TOUCHPOINT,
                        "days_since_last(touchpoints) > 60 or days_since_last(touchpoints) is missing"),
                expansion("no_touchpoint", "\n    days: 120", TriggerKind.TOUCHPOINT,
                        "days_since_last(touchpoints) > 120 or days_since_last(touchpoints) is missing"),
                expansion("qbr_held", "", TriggerKind.TOUCHPOINT, "count(touchpoints where type = 'qbr', last 90d) >= 1"),
                expansion("qbr_held", "\n    type: executive review\n    days: 180", TriggerKind.TOUCHPOINT,
                        "count(touchpoints where type = 'executive review', last 180d) >= 1"));
    }

    private static Arguments expansion(String template, String parameters, TriggerKind kind, String condition) {
        String name = parameters.isEmpty() ? template + " with defaults" : template + parameters.replace("\n    ", ", ");
        return Arguments.of(name, template, parameters, kind, condition);
    }

    @Test
    void givenKindOverridesTemplateKind() throws IOException {
        WorkspaceLoader.Result result = read(SOURCES, """
                triggers:
                  quiet:
                    template: no_touchpoint
                    kind: sentiment
                    description: No call for a while
                    fire: while_true
                    cooldown: 30d
                """);

        assertThat(result.problems()).isEmpty();
        Trigger trigger = result.workspace().triggers().get("quiet");
        assertThat(trigger.kind()).isEqualTo(TriggerKind.SENTIMENT);
        assertThat(trigger.description()).isEqualTo("No call for a while");
        assertThat(trigger.fire()).isEqualTo(FireMode.WHILE_TRUE);
        assertThat(trigger.cooldownDays()).isEqualTo(30);
    }

    @Test
    void detractorWithoutSurveyColumnOmitsFilter() throws IOException {
        String sources = SOURCES.replace("      survey: string\n", "");

        WorkspaceLoader.Result result = read(sources, "triggers:\n  detractor: {template: detractor_response}\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().triggers().get("detractor").condition())
                .isEqualTo("count(responses where score <= 6, last 30d) >= 1");
    }

    @Test
    void seatsFallBackToAccountsColumn() throws IOException {
        String sources = SOURCES.replace("      mrr: money\n      seats: integer\n", "      mrr: money\n");

        WorkspaceLoader.Result result = read(sources, "triggers:\n  crowded: {template: seat_utilisation}\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().triggers().get("crowded").condition())
                .isEqualTo("count_distinct(user_id from usage, last 30d) / seats > 0.8");
    }

    @Test
    void satisfactionDropFindsSingleSentimentSource() throws IOException {
        String sources = SOURCES.substring(0, SOURCES.indexOf("  responses:")) + SOURCES.substring(SOURCES.indexOf("  tickets:"));

        WorkspaceLoader.Result result = read(sources, "triggers:\n  unhappier: {template: satisfaction_drop}\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().triggers().get("unhappier").condition())
                .isEqualTo("avg(satisfaction from tickets, last 90d, offset 90d) - avg(satisfaction from tickets, last 90d) >= 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void templateProblemNamesFieldValueAndFix(String name, String sourceEdit, String trigger, String field, String value,
                                              String message, String fix) throws IOException {
        String sources = sourceEdit.isEmpty() ? SOURCES : edit(sourceEdit);

        WorkspaceLoader.Result result = read(sources, "triggers:\n  signal:\n" + trigger.indent(4));

        assertThat(result.workspace()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo(field);
            assertThat(problem.location().line()).isPositive();
            assertThat(problem.value()).isEqualTo(value);
            assertThat(problem.message()).isEqualTo(message);
            assertThat(problem.fix()).contains(fix);
        });
    }

    static Stream<Arguments> problems() {
        String template = "triggers.signal.template";
        return Stream.of(
                Arguments.of("unknown template", "", "template: renewal_withn", template, "renewal_withn",
                        "unknown trigger template", "did you mean 'renewal_within'?"),
                Arguments.of("template and when", "", "template: qbr_held\nkind: touchpoint\nwhen: true", "triggers.signal", "signal",
                        "a trigger has either 'when' or 'template', not both", "remove 'template'"),
                Arguments.of("parameter of another template", "", "template: no_touchpoint\nfeature: reports", "triggers.signal.feature",
                        "feature", "template no_touchpoint has no parameter 'feature'", "the template takes days, source"),
                Arguments.of("parameter without template", "", "kind: time\nwhen: true\ndays: 30", "triggers.signal.days", "days",
                        "'days' is a template parameter, and this trigger has no template", "replace 'when' with 'template: NAME'"),
                Arguments.of("required parameter missing", "", "template: feature_adopted", "triggers.signal", null,
                        "template feature_adopted needs the parameter 'feature'", "add 'feature: VALUE'"),
                Arguments.of("days not a number", "", "template: no_touchpoint\ndays: 60d", "triggers.signal.days", "60d",
                        "'days' must be a whole number of at least 0", "without a unit"),
                Arguments.of("window of zero days", "", "template: qbr_held\ndays: 0", "triggers.signal.days", "0",
                        "'days' must be a whole number of at least 1", "days: 90"),
                Arguments.of("trend over one week", "", "template: usage_trend_down\nweeks: 1", "triggers.signal.weeks", "1",
                        "'weeks' must be a whole number of at least 2", "weeks: 12"),
                Arguments.of("negative percent", "", "template: usage_growth\npercent: -5", "triggers.signal.percent", "-5",
                        "'percent' must be a number from 0 to 1000000", "percent: 20"),
                Arguments.of("column with quote", "", "template: usage_growth\ncolumn: \"usage') or true or ('\"", "triggers.signal.column",
                        "usage') or true or ('", "'column' may contain only letters, digits, spaces, '_' and '-'", "declared under sources"),
                Arguments.of("unknown column", "", "template: usage_growth\ncolumn: usage_cnt", template, "usage_growth",
                        "template usage_growth needs a source of kind usage with a usage_cnt column, and source 'usage' has no such column",
                        "declared: account_id, event_date, user_id, feature, usage_count"),
                Arguments.of("text column summed", "", "template: usage_growth\ncolumn: feature", template, "usage_growth",
                        "template usage_growth needs a number column, and column 'feature' of source 'usage' has type string",
                        "integer, number or money"),
                Arguments.of("unknown source", "", "template: no_touchpoint\nsource: touchpoint", template, "no_touchpoint",
                        "template no_touchpoint needs a source of kind touchpoints, and 'touchpoint' is not a source",
                        "did you mean 'touchpoints'?"),
                Arguments.of("source of wrong kind", "", "template: no_touchpoint\nsource: tickets", template, "no_touchpoint",
                        "template no_touchpoint needs a source of kind touchpoints, and 'tickets' is of kind tickets", "one of: touchpoints"),
                Arguments.of("two sentiment sources", "", "template: satisfaction_drop", template, "satisfaction_drop",
                        "template satisfaction_drop needs a source of kind responses or tickets with a score or satisfaction column,"
                                + " and the workspace has several: responses, tickets", "source: responses"),
                Arguments.of("no touchpoints source", "touchpoints", "template: no_touchpoint", template, "no_touchpoint",
                        "template no_touchpoint needs a source of kind touchpoints", "declare such a source"),
                Arguments.of("no responses source", "responses", "template: detractor_response", template, "detractor_response",
                        "template detractor_response needs a source of kind responses with a score column", "declare such a source"),
                Arguments.of("no invoices source", "invoices", "template: overdue_invoice", template, "overdue_invoice",
                        "template overdue_invoice needs a source of kind invoices with a paid_on column", "declare such a source"),
                Arguments.of("no usage source", "usage", "template: usage_growth", template, "usage_growth",
                        "template usage_growth needs a source of kind usage", "declare such a source"),
                Arguments.of("invoices without paid_on", "      paid_on: date\n", "template: overdue_invoice", template, "overdue_invoice",
                        "template overdue_invoice needs a source of kind invoices with a paid_on column, and source 'invoices' has no such column",
                        "sources.invoices.columns"),
                Arguments.of("paid_on not a date", "      paid_on: date\n=      paid_on: string\n", "template: overdue_invoice", template,
                        "overdue_invoice", "template overdue_invoice needs the paid_on column of source 'invoices' to have type date",
                        "paid_on: {type: date}"),
                Arguments.of("touchpoints without type", "      type: string\n", "template: qbr_held", template, "qbr_held",
                        "template qbr_held needs a source of kind touchpoints with a type column, and source 'touchpoints' has no such column",
                        "declared: account_id, occurred_on"),
                Arguments.of("usage without user_id", "      user_id: string\n", "template: feature_adopted\nfeature: reports", template,
                        "feature_adopted", "template feature_adopted needs a source of kind usage with user_id and feature columns,"
                                + " and source 'usage' has no such column", "sources.usage.columns"),
                Arguments.of("no seats anywhere", "      seats: integer\n", "template: seat_utilisation", template, "seat_utilisation",
                        "template seat_utilisation needs a seats column on the subscriptions or the accounts source", "seats: integer"),
                Arguments.of("subscriptions without billing period", "      billing_period: string\n",
                        "template: renewal_within\nbilling_period: annual", template, "renewal_within",
                        "template renewal_within needs a source of kind subscriptions with a billing_period column,"
                                + " and source 'subscriptions' has no such column", "sources.subscriptions.columns"),
                Arguments.of("accounts without signup_date", "      signup_date: date\n", "template: tenure_milestone", template,
                        "tenure_milestone", "template tenure_milestone needs a source of kind accounts with a date column signup_date,"
                                + " and source 'accounts' has no such column", "sources.accounts.columns"),
                Arguments.of("survey without survey column", "      survey: string\n", "template: detractor_response\nsurvey: nps", template,
                        "detractor_response", "template detractor_response filters on survey, but source 'responses' has no survey column",
                        "remove 'survey'"));
    }

    @Test
    void templatedTriggerWithoutKindOrWhenLoads() throws IOException {
        WorkspaceLoader.Result result = read(SOURCES, """
                triggers:
                  renewal_soon: {template: renewal_within, days: 45}
                  plain: {kind: time, when: "days_between(signup_date, as_of) > 10"}
                segments:
                  renewing: {when: renewal_soon}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().triggers().values())
                .extracting(Trigger::name, Trigger::kind, Trigger::condition)
                .containsExactly(
                        tuple("renewal_soon", TriggerKind.TIME, "days_to_renewal(subscriptions) <= 45"),
                        tuple("plain", TriggerKind.TIME, "days_between(signup_date, as_of) > 10"));
    }

    @Test
    void everyTemplateIsDocumented() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "configuration.md"));

        assertThat(TriggerTemplates.names()).hasSize(12);
        for (String name : TriggerTemplates.names()) {
            assertThat(documentation).as("docs/configuration.md describes template %s", name).contains("`" + name + "`");
        }
    }

    @Test
    void ravenStackExampleStillLoads() {
        WorkspaceLoader.Result result = WorkspaceLoader.read(SchemaValidatorTest.RAVENSTACK);

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().triggers()).containsKeys("renewal_within_60d", "no_recent_touchpoint");
    }

    /**
     * Applies a source edit: a source name removes that source, {@code old=new} replaces text, and
     * any other text is removed.
     */
    private static String edit(String sourceEdit) {
        if (sourceEdit.matches("[a-z_]+")) {
            String without = SOURCES.replaceAll("(?m)^  " + sourceEdit + ":\n(    .*\n)*", "");
            assertThat(without).as("the edit removes source %s", sourceEdit).isNotEqualTo(SOURCES);
            return without;
        }
        String[] parts = sourceEdit.split("=", 2);
        String replacement = parts.length == 2 ? parts[1] : "";
        assertThat(SOURCES).as("the edit changes the test workspace").contains(parts[0]);
        return SOURCES.replace(parts[0], replacement);
    }

    private WorkspaceLoader.Result read(String sources, String triggers) throws IOException {
        Files.writeString(folder.resolve("idem.yaml"), sources + triggers);
        return WorkspaceLoader.read(folder);
    }
}
