package io.idem.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code idem.yaml} from a workspace folder into a {@link Workspace}. Every problem in the
 * file is collected before failing, each with its line, column, field, value and fix; cross
 * references (a feature's source, a playbook's segment) are checked by {@link ReferenceChecker}.
 */
public final class WorkspaceLoader {

    public static final String CONFIG_FILE = "idem.yaml";
    private static final Set<String> TOP_LEVEL = Set.of("idem", "workspace", "version", "data", "as_of", "sources",
            "features", "triggers", "segments", "health", "offers", "playbooks", "benchmarks", "team",
            "journey", "success_plans", "account_fields");

    private WorkspaceLoader() {
    }

    /** Loads and checks the workspace; throws {@link WorkspaceException} listing every problem found. */
    public static Workspace load(Path directory) {
        Result result = read(directory);
        if (!result.problems().isEmpty()) {
            throw new WorkspaceException(result.problems());
        }
        return result.workspace();
    }

    /**
     * The outcome of reading a workspace: the workspace when there are no problems, else the
     * problems. {@code partial} is the workspace as far as it could be built, also when there are
     * problems, so that further checks can still run on its parts; it is null when the file could
     * not be parsed at all.
     */
    public record Result(Workspace workspace, Workspace partial, List<ConfigProblem> problems) {
    }

    /** Reads the workspace and returns every problem instead of throwing. */
    public static Result read(Path directory) {
        Path file = Files.isDirectory(directory) ? directory.resolve(CONFIG_FILE) : directory;
        Path folder = file.toAbsolutePath().getParent();
        List<ConfigProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new ConfigProblem(Location.unknown(file, "(file)"), null,
                    "cannot read the workspace configuration: " + e.getMessage(),
                    "create " + CONFIG_FILE + " in the workspace folder, or pass --workspace with the right folder"));
            return new Result(null, null, problems);
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(content));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.add(new ConfigProblem(new Location(file, mark.getLine() + 1, mark.getColumn() + 1, "(syntax)"), null,
                    "invalid YAML: " + e.getProblem(), "check the indentation and quoting near this position"));
            return new Result(null, null, problems);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            problems.add(new ConfigProblem(Location.unknown(file, "(syntax)"), null, "invalid YAML: " + e.getMessage(),
                    "remove control characters and check the file is plain UTF-8 text"));
            return new Result(null, null, problems);
        }
        if (root == null) {
            problems.add(new ConfigProblem(Location.unknown(file, "(file)"), null, "the file is empty",
                    "start from examples/ravenstack/idem.yaml or run 'idem demo' to generate a workspace"));
            return new Result(null, null, problems);
        }

        YamlNode top = new YamlNode(root, "", file, problems, content);
        FieldReader fields = new FieldReader(top, TOP_LEVEL);
        Double format = fields.number("idem", null);
        if (format == null) {
            fields.missing("idem");
        } else if (format != 1.0) {
            fields.node("idem").problem(String.valueOf(format), "unsupported configuration format", "set 'idem: 1'");
        }
        String name = fields.string("workspace", true);
        String version = fields.string("version", false);
        String data = fields.string("data", false);
        LocalDate asOf = fields.date("as_of");

        DefinitionReader definitions = new DefinitionReader(file);
        Map<String, Source> sources = definitions.sources(fields.node("sources"));
        if (fields.node("sources") == null) {
            fields.missing("sources");
        }
        Map<String, Feature> features = definitions.features(fields.node("features"));
        Map<String, Trigger> triggers = definitions.triggers(fields.node("triggers"), sources);
        Map<String, Segment> segments = definitions.segments(fields.node("segments"));
        List<HealthModel> health = definitions.healthModels(fields.node("health"));
        OfferCatalog offers = definitions.offers(fields.node("offers"));
        Map<String, AccountField> accountFields = definitions.accountFields(fields.node("account_fields"));
        Map<String, Playbook> playbooks = definitions.playbooks(fields.node("playbooks"));
        Map<String, Benchmark> benchmarks = definitions.benchmarks(fields.node("benchmarks"));
        List<TeamMember> team = definitions.team(fields.node("team"));
        Journey journey = JourneyReader.journey(fields.node("journey"));
        Map<String, SuccessPlanTemplate> successPlans = JourneyReader.successPlans(fields.node("success_plans"), journey);

        Path dataDirectory = data == null ? folder.resolve("data") : folder.resolve(data).normalize();
        Workspace workspace = new Workspace(folder, file, name == null ? "workspace" : name, version, dataDirectory, asOf,
                sources, features, triggers, segments, health, offers, playbooks, benchmarks, team, sha256(bytes), content,
                top.valueLocations(), journey, successPlans, accountFields);
        new ReferenceChecker(workspace, problems).check();
        return new Result(problems.isEmpty() ? workspace : null, workspace, problems);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static <V> Map<String, V> ordered() {
        return new LinkedHashMap<>();
    }
}
