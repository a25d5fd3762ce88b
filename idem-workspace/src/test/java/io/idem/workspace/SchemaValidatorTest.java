package io.idem.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.idem.store.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaValidatorTest {

    static final Path RAVENSTACK = Path.of("..", "examples", "ravenstack");

    /**
     * Seven mistakes, one per kind of problem. Line numbers are 1-based from "idem: 1". The
     * unknown segment on line 29 is a reference between sections, which only the loader checks.
     */
    static final String SEVEN_MISTAKES = """
            idem: 1
            workspace: mistakes
            verison: "2"
            sources:
              accounts:
                kind: acounts
                file: accounts.csv
                columns:
                  account_id: {type: string, required: true}
                  seats: intger
            features:
              usage_30d:
                source: accounts
                aggregate: count
                window: 30days
              mixed:
                source: accounts
                aggregate: count
                expression: usage_30d * 2
            triggers:
              renewal_soon:
                kind: time
                cooldown: 90d
            segments:
              busy:
                when: usage_30d > 10
            playbooks:
              upgrade:
                segment: bussy
                steps:
                  call: {title: "Call {account_name}"}
            """;

    /** A workspace that both the schema and the loader accept; the agreement cases edit one spot of it. */
    static final String VALID = """
            idem: 1
            workspace: agreement
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  plan: string
                  seats: integer
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: subscription_id
                columns:
                  subscription_id: string
                  account_id: string
                  start_date: date
                  end_date: date
                  mrr: money
              usage:
                kind: usage
                file: usage.csv
                account_link: {source: subscriptions, column: subscription_id}
                columns:
                  subscription_id: string
                  event_date: date
            features:
              usage_30d: {source: usage, aggregate: count, window: 30d}
              mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}
            triggers:
              busy: {kind: usage_trend, when: usage_30d > 10}
            segments:
              paying: {when: mrr_now > 0}
            health:
              health:
                measures:
                  usage: {feature: usage_30d, linear: {worst: 0, best: 50}}
            offers:
              plans:
                - {name: Basic, seat_price: 10}
                - {name: Pro, seat_price: 20}
            playbooks:
              upgrade:
                segment: paying
                steps:
                  call: {title: "Call {account_name}"}
            team:
              csm: [Avery, Sam]
            """;

    @TempDir
    Path folder;

    @Test
    void ravenStackExampleMatchesSchema() {
        assertThat(RAVENSTACK.resolve("idem.yaml")).as("RavenStack example, run from the idem-workspace folder").exists();

        assertThat(SchemaValidator.validate(RAVENSTACK)).isEmpty();
    }

    @Test
    void sixStructuralMistakesReportedAtOnce() throws IOException {
        Path file = write(SEVEN_MISTAKES);

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems)
                .extracting(p -> p.location().line(), p -> p.location().column(), p -> p.location().field(), ConfigProblem::value)
                .containsExactly(
                        tuple(3, 1, "verison", "verison"),
                        tuple(6, 11, "sources.accounts.kind", "acounts"),
                        tuple(10, 14, "sources.accounts.columns.seats", "intger"),
                        tuple(15, 13, "features.usage_30d.window", "30days"),
                        tuple(17, 5, "features.mixed", null),
                        tuple(22, 5, "triggers.renewal_soon", null));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.location().file()).isEqualTo(file);
            assertThat(p.fix()).isNotBlank();
        });
        assertThat(problems).extracting(ConfigProblem::message).containsExactly(
                "unknown field 'verison'",
                "invalid kind",
                "invalid column type",
                "invalid duration",
                "a feature has either 'expression' or 'source', not both",
                "missing required field 'when'");
        assertThat(problems.get(0).fix()).isEqualTo("did you mean 'version'?");
        assertThat(problems.get(1).fix()).startsWith("did you mean 'accounts'?").contains("churn_events", "other");
        assertThat(problems.get(2).fix()).startsWith("did you mean 'integer'?").contains("money", "timestamp");
        assertThat(problems.get(3).fix()).contains("30d", "4w");
    }

    @Test
    void schemaPositionsMatchLoaderPositions() throws IOException {
        Path file = write(SEVEN_MISTAKES);

        List<ConfigProblem> schema = SchemaValidator.validate(file);
        List<ConfigProblem> loader = WorkspaceLoader.read(file).problems();

        // idem validate merges both lists and drops a schema problem that the loader reported on the same line and field.
        for (ConfigProblem problem : schema) {
            assertThat(loader)
                    .as("loader problem at line %d, field %s", problem.location().line(), problem.location().field())
                    .anySatisfy(l -> {
                        assertThat(l.location().line()).isEqualTo(problem.location().line());
                        assertThat(l.location().field()).isEqualTo(problem.location().field());
                    });
        }
    }

    @Test
    void unknownKeyPointsAtKeyNotItsBlock() throws IOException {
        Path file = write(VALID + """
                featurs:
                  extra:
                    expression: usage_30d * 2
                """);
        int keyLine = (int) VALID.lines().count() + 1;

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).extracting(p -> p.location().line(), p -> p.location().column(), ConfigProblem::message, ConfigProblem::fix)
                .containsExactly(tuple(keyLine, 1, "unknown field 'featurs'", "did you mean 'features'?"));
    }

    @Test
    void unknownFieldWithoutCloseMatchListsAllowedFields() throws IOException {
        Path file = write(VALID.replace("paying: {when: mrr_now > 0}", "paying: {when: mrr_now > 0, colour: blue}"));

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().field()).isEqualTo("segments.paying.colour");
            assertThat(p.fix()).isEqualTo("remove it, or use one of: description, when");
        });
    }

    @Test
    void invalidSyntaxReportsLineAndColumn() throws IOException {
        Path file = write("""
                idem: 1
                workspace: broken
                sources:
                  accounts:
                    kind: accounts
                    file: [accounts.csv
                    key: account_id
                """);

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(7);
            assertThat(p.location().column()).isEqualTo(8);
            assertThat(p.location().field()).isEqualTo("(syntax)");
            assertThat(p.message()).startsWith("invalid YAML: ");
        });
    }

    @Test
    void controlCharacterReportsItsPosition() throws IOException {
        Path file = write("idem: 1\nworkspace: x\nsources:\n  a: \u0001\n");

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().column()).isEqualTo(6);
            assertThat(p.message()).contains("special characters are not allowed");
        });
    }

    @Test
    void recursiveAliasReportedOnce() throws IOException {
        Path file = write("idem: 1\nworkspace: x\nsources: &all\n  accounts: *all\n");

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).filteredOn(p -> p.message().equals("recursive alias")).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().column()).isEqualTo(3);
            assertThat(p.location().field()).isEqualTo("sources.accounts");
        });
    }

    @Test
    void duplicateKeyReportedAtSecondKey() throws IOException {
        Path file = write(VALID.replace("      plan: string\n", "      plan: string\n      plan: integer\n"));
        int secondPlanLine = lineOf(VALID, "      plan: string") + 1;

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(secondPlanLine);
            assertThat(p.location().column()).isEqualTo(7);
            assertThat(p.location().field()).isEqualTo("sources.accounts.columns.plan");
            assertThat(p.message()).isEqualTo("duplicate key");
            assertThat(p.fix()).isEqualTo("keep one 'plan' under sources.accounts.columns");
        });
    }

    @Test
    void ruleProblemPointsAtItsMapping() throws IOException {
        // segment: ~ counts as not set, so the playbook starts on nothing. That is one problem, at the playbook.
        Path file = write(VALID.replace("    segment: paying\n", "    segment: ~\n    motion: upsell\n"));
        int playbookLine = lineOf(VALID, "    segment: paying");

        List<ConfigProblem> problems = SchemaValidator.validate(file);

        assertThat(problems).extracting(p -> p.location().line(), p -> p.location().field(), ConfigProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(playbookLine, "playbooks.upgrade", "a playbook starts on exactly one of 'segment' or 'trigger'"),
                        tuple(playbookLine, "playbooks.upgrade", "missing required field 'offer'"));
    }

    @Test
    void emptyAndMissingFilesAreOneProblem() throws IOException {
        Path empty = write("# nothing yet\n");

        assertThat(SchemaValidator.validate(empty)).extracting(ConfigProblem::message).containsExactly("the file is empty");
        assertThat(SchemaValidator.validate(folder.resolve("absent"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot read the workspace configuration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreementCases")
    void schemaAndLoaderAgree(String name, List<String> edits, boolean valid) throws IOException {
        String text = VALID;
        for (int i = 0; i < edits.size(); i += 2) {
            assertThat(text).as("the case edits text of the valid workspace").contains(edits.get(i));
            text = text.replace(edits.get(i), edits.get(i + 1));
        }
        Path file = write(text);

        List<ConfigProblem> schema = SchemaValidator.validate(file);
        List<ConfigProblem> loader = WorkspaceLoader.read(file).problems();

        assertThat(schema.isEmpty()).as("schema accepts; its problems: %s", schema).isEqualTo(valid);
        assertThat(loader.isEmpty()).as("loader accepts; its problems: %s", loader).isEqualTo(valid);
    }

    static Stream<Arguments> agreementCases() {
        String seats = "      seats: integer";
        String file = "    file: accounts.csv";
        String window = "window: 30d}";
        String trigger = "busy: {kind: usage_trend, when: usage_30d > 10}";
        String start = "    segment: paying\n";
        String step = "call: {title: \"Call {account_name}\"}";
        String measure = "usage: {feature: usage_30d, linear: {worst: 0, best: 50}}";
        String plans = "    - {name: Pro, seat_price: 20}\n";
        String team = "  csm: [Avery, Sam]";
        String feature = "  mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}";
        return Stream.of(
                accepted("unchanged", "idem: 1", "idem: 1"),
                accepted("column mapping", seats, "      seats: {from: Seats, type: integer, required: yes}"),
                accepted("empty short column is string", seats, "      seats:"),
                accepted("encoding and tab delimiter", file, file + "\n    encoding: windows-1252\n    delimiter: tab"),
                accepted("semicolon delimiter", file, file + "\n    delimiter: ';'"),
                accepted("weeks with a space", window, "window: 4 w}"),
                accepted("window with offset", window, "window: 30d, offset: 30d}"),
                accepted("fire mode and cooldown", trigger, "busy: {kind: usage_trend, when: usage_30d > 10, fire: while_true, cooldown: 2w}"),
                accepted("owner account_owner", start, start + "    owner: account_owner\n"),
                accepted("owner round robin", start, start + "    owner: {round_robin: csm}\n"),
                accepted("owner with fallback team", start, start + "    owner: {account_owner: csm}\n"),
                accepted("step due and owner", step, "call: {title: \"Call\", due: 3d, owner: {round_robin: csm}}"),
                accepted("bands", measure, measure + "\n    bands: {good: 60, fair: 30, poor: 0}"),
                accepted("thresholds", measure, "usage: {feature: usage_30d, weight: 2, missing: worst, thresholds: [{min: 10, score: 100}, {score: 0}]}"),
                accepted("percentile with defaults", measure, "usage: {feature: usage_30d, percentile: {}}"),
                accepted("percentile lower is better", measure, "usage: {feature: usage_30d, category: support, percentile: {lower_is_better: yes}}"),
                accepted("peer group", measure, measure + "\n    peer_group: plan"),
                accepted("graduated seat tiers", plans, "    - {name: Pro, seat_tiers: [{up_to: 10, price: 20}, {price: 18}]}\n"),
                accepted("add-on eligibility", plans, plans + "  addons:\n    - {name: sso, price: 5, requires_plan: Pro, usage_feature: usage_30d, min_usage: 2}\n"
                        + "    - {name: audit, price: 3, requires: [sso], excludes: [legacy]}\n    - {name: legacy, price: 1, currency: USD}\n"),
                accepted("upsell signals", "offers:\n", "offers:\n  cap_feature: usage_30d\n  near_cap: 0.9\n  seat_use_feature: usage_30d\n  high_seat_use: 0.85\n"),
                rejected("plan without price", plans, "    - {name: Pro}\n"),
                rejected("seat tier without price", plans, "    - {name: Pro, seat_tiers: [{up_to: 10}]}\n"),
                rejected("negative near_cap", "offers:\n", "offers:\n  near_cap: -0.5\n"),
                accepted("upsell next plan", start, start + "    motion: upsell\n    offer: next_plan\n"),
                accepted("cross-sell product", plans, plans + "  products:\n    - {name: reports, price: \"99.00\"}\n",
                        start, start + "    motion: cross-sell\n    offer: reports\n"),
                accepted("bundle", plans, plans + "  bundles:\n    - {name: suite, products: [reports, api], price: 150}\n",
                        start, start + "    motion: bundle\n    offer: suite\n"),
                accepted("playbook on trigger", start, "    trigger: busy\n"),
                accepted("benchmarks", team, team + "\nbenchmarks:\n  nrr: {target: 1.05, source: board plan}\n  custom: {target: 3}"),
                accepted("team member mappings", team, "  csm:\n    - {name: Avery, manager: Morgan}\n    - Sam"),
                accepted("as_of date and numeric version", "workspace: agreement", "workspace: agreement\nas_of: 2024-12-31\nversion: 3"),
                accepted("empty description", feature, feature + "\n  ratio:\n    description:\n    expression: usage_30d / 2"),
                accepted("null segment with trigger", start, "    segment: ~\n    trigger: busy\n"),
                rejected("unknown column field", seats, "      seats: {type: integer, requird: true}"),
                rejected("column type typo", seats, "      seats: {type: intger}"),
                rejected("source kind typo", "    kind: accounts", "    kind: acount"),
                rejected("duration without unit", window, "window: 30}"),
                rejected("duration with long unit", window, "window: 30days}"),
                rejected("trigger without kind", trigger, "busy: {when: usage_30d > 10}"),
                accepted("template with defaults", trigger, "busy: {template: mrr_growth}"),
                accepted("template with parameters and kind", trigger, "busy: {template: usage_growth, kind: usage_trend, percent: 12.5, days: 14}"),
                accepted("template with fire mode", trigger, "busy: {template: renewal_within, days: 30, fire: while_true, cooldown: 30d}"),
                rejected("template typo", trigger, "busy: {template: mrr_grwth}"),
                rejected("template and when", trigger, "busy: {template: mrr_growth, when: usage_30d > 10}"),
                rejected("template percent not a number", trigger, "busy: {template: mrr_growth, percent: lots}"),
                rejected("negative template days", trigger, "busy: {template: mrr_growth, days: -1}"),
                rejected("trigger without when or template", trigger, "busy: {kind: usage_trend}"),
                rejected("fire mode typo", trigger, "busy: {kind: usage_trend, when: usage_30d > 10, fire: becomes}"),
                rejected("feature with source and expression", window, "window: 30d, expression: 1}"),
                rejected("feature with neither", feature, "  mrr_now: {description: nothing}"),
                rejected("aggregate missing", feature, "  mrr_now: {source: subscriptions, column: mrr}"),
                rejected("playbook on segment and trigger", start, start + "    trigger: busy\n"),
                rejected("playbook on nothing", start, ""),
                rejected("motion without offer", start, start + "    motion: upsell\n"),
                rejected("owner names a team", start, start + "    owner: csm\n"),
                rejected("owner empty mapping", start, start + "    owner: {}\n"),
                rejected("measure without scoring", measure, "usage: {feature: usage_30d}"),
                rejected("weight zero", measure, "usage: {feature: usage_30d, weight: 0, linear: {worst: 0, best: 50}}"),
                rejected("score above 100", measure, "usage: {feature: usage_30d, thresholds: [{score: 150}]}"),
                rejected("linear without best", measure, "usage: {feature: usage_30d, linear: {worst: 0}}"),
                rejected("linear and thresholds", measure, "usage: {feature: usage_30d, linear: {worst: 0, best: 50}, thresholds: [{score: 0}]}"),
                rejected("linear and percentile", measure, "usage: {feature: usage_30d, linear: {worst: 0, best: 50}, percentile: {}}"),
                rejected("percentile option typo", measure, "usage: {feature: usage_30d, percentile: {lower_better: true}}"),
                rejected("percentile option not boolean", measure, "usage: {feature: usage_30d, percentile: {lower_is_better: often}}"),
                rejected("percentile without options", measure, "usage: {feature: usage_30d, percentile: true}"),
                rejected("peer group not a name", measure, measure + "\n    peer_group: Plan Tier"),
                rejected("bundle of one", plans, plans + "  bundles:\n    - {name: suite, products: [reports], price: 150}\n"),
                rejected("negative price", "seat_price: 20}", "seat_price: -20}"),
                rejected("upper-case feature name", feature, feature + "\n  Ratio: {expression: usage_30d / 2}"),
                rejected("upper-case step name", step, "Call: {title: \"Call\"}"),
                rejected("format 2", "idem: 1", "idem: 2"),
                rejected("unsupported encoding", file, file + "\n    encoding: latin-1"),
                rejected("two-character delimiter", file, file + "\n    delimiter: ';;'"),
                rejected("band without number", measure, measure + "\n    bands: {good: high}"),
                rejected("benchmark without target", team, team + "\nbenchmarks:\n  nrr: {source: board plan}"),
                rejected("member without name", team, "  csm:\n    - {manager: Morgan}"),
                rejected("impossible as_of", "workspace: agreement", "workspace: agreement\nas_of: 2024-13-45"),
                rejected("required not boolean", seats, "      seats: {type: integer, required: maybe}"),
                rejected("playbook without steps", "    steps:\n      " + step + "\n", ""),
                rejected("source without columns", "  usage:\n", "  extra:\n    file: extra.csv\n  usage:\n"),
                rejected("source without file", "    file: usage.csv\n", ""),
                rejected("empty health section", "health:\n  health:\n    measures:\n      " + measure + "\n", "health:\n"),
                rejected("no measures", measure, "{}"),
                rejected("unknown top-level field", "workspace: agreement", "workspace: agreement\nowner: me"));
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schema())).isEmpty();
    }

    @Test
    void everyPropertyHasDescription() throws IOException {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(schema(), "#", undocumented);

        assertThat(undocumented).isEmpty();
    }

    @Test
    void enumsMatchModel() throws IOException {
        JsonNode defs = schema().get("$defs");
        JsonNode source = defs.get("source").get("properties");
        JsonNode trigger = defs.get("trigger").get("properties");
        JsonNode measure = defs.get("measure").get("properties");
        JsonNode playbook = defs.get("playbook").get("properties");

        assertThat(values(source.get("kind").get("enum"))).isEqualTo(names(SourceKind.values()));
        assertThat(values(defs.get("columnType").get("enum"))).isEqualTo(names(ColumnType.values()));
        assertThat(values(defs.get("aggregate").get("enum"))).containsExactlyInAnyOrderElementsOf(names(Aggregate.values()));
        assertThat(values(trigger.get("kind").get("enum"))).isEqualTo(names(TriggerKind.values()));
        assertThat(values(trigger.get("fire").get("enum"))).isEqualTo(names(FireMode.values()));
        assertThat(values(measure.get("missing").get("enum"))).isEqualTo(names(MissingPolicy.values()));
        assertThat(values(playbook.get("motion").get("enum"))).containsExactlyInAnyOrderElementsOf(
                Stream.concat(names(Motion.values()).stream(), Arrays.stream(Motion.values()).map(Motion::configName)).distinct().toList());
    }

    @Test
    void namePatternMatchesLoader() throws IOException {
        JsonNode defs = schema().get("$defs");

        assertThat(defs.get("name").get("pattern").asText()).isEqualTo("^" + FieldReader.NAME.pattern() + "$");
        assertThat(defs.get("optionalName").get("pattern").asText()).isEqualTo("^" + FieldReader.NAME.pattern() + "$");
    }

    /** Returns a case that both validators accept. Edits are pairs of text to find in {@link #VALID} and its replacement. */
    private static Arguments accepted(String name, String... edits) {
        return Arguments.of(name, List.of(edits), true);
    }

    private static Arguments rejected(String name, String... edits) {
        return Arguments.of(name, List.of(edits), false);
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, text);
        return file;
    }

    static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        assertThat(lines).as("test text").contains(line);
        return lines.indexOf(line) + 1;
    }

    static JsonNode schema() throws IOException {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            assertThat(in).as(SchemaValidator.SCHEMA_RESOURCE + " on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static void collectUndocumented(JsonNode node, String path, List<String> undocumented) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(node.get(i), path + "/" + i, undocumented);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String container : List.of("properties", "$defs")) {
            JsonNode members = node.get(container);
            // Rules such as "source is set" also use 'properties'; the fields a person writes are those of schemas that close their field list.
            boolean fieldList = container.equals("$defs") || node.has("additionalProperties");
            if (members == null || !fieldList) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getValue().hasNonNull("description") || member.getValue().get("description").asText().isBlank()) {
                    undocumented.add(path + "/" + container + "/" + member.getKey());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            collectUndocumented(child.getValue(), path + "/" + child.getKey(), undocumented);
        }
    }

    private static List<String> values(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        enumNode.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }
}
