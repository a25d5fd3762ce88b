package io.idem.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Checks idem.yaml against the JSON Schema {@code idem.schema.json} (draft 2020-12), the same file
 * editors use for completion and hover help. The YAML is composed with SnakeYAML so that every
 * node keeps its line and column, converted to a Jackson tree, and each schema error is mapped
 * back to the YAML node it concerns.
 *
 * <p>Positions follow {@link WorkspaceLoader}: a problem with a value points at the value, and a
 * missing field or a broken rule of a mapping points at the mapping's first entry. A problem with a
 * key (unknown field, invalid name, duplicate key) points at the key. Schema nodes may carry
 * {@code x-message} and {@code x-fix}; an error takes them from the nearest enclosing schema node
 * that has them, so each rule states its own message and fix next to its definition.
 *
 * <p>The schema checks single fields and rules within one mapping. References between sections
 * (a playbook's segment, a feature's source) and expressions are checked by {@link WorkspaceLoader}
 * and the identify stage.
 */
public final class SchemaValidator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaValidator.class);

    /** Classpath resource of the schema, next to this class. */
    public static final String SCHEMA_RESOURCE = "idem.schema.json";

    private static final String MESSAGE = "x-message";
    private static final String FIX = "x-fix";
    private static final Set<String> DESCENDING_KEYWORDS = Set.of("properties", "patternProperties", "additionalProperties",
            "items", "prefixItems");

    private SchemaValidator() {
    }

    /**
     * Validates {@code idem.yaml} in a workspace folder, or the file itself when given a file.
     * Returns every problem found, sorted by line and column; empty when the file matches the
     * schema. An unreadable file or invalid YAML comes back as one problem rather than an exception.
     */
    public static List<ConfigProblem> validate(Path workspaceDirOrFile) {
        Path file = Files.isDirectory(workspaceDirOrFile) ? workspaceDirOrFile.resolve(WorkspaceLoader.CONFIG_FILE) : workspaceDirOrFile;
        String content;
        try {
            // Decoded as WorkspaceLoader decodes it, so both see the same text and positions.
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug("Cannot read workspace configuration {}", file, e);
            return List.of(new ConfigProblem(Location.unknown(file, "(file)"), null,
                    "cannot read the workspace configuration: " + e.getMessage(),
                    "create " + WorkspaceLoader.CONFIG_FILE + " in the workspace folder, or pass --workspace with the right folder"));
        }

        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        } catch (YAMLException e) {
            return List.of(syntaxProblem(file, content, e));
        }
        if (root == null) {
            return List.of(new ConfigProblem(Location.unknown(file, "(file)"), null, "the file is empty",
                    "start from examples/ravenstack/idem.yaml or run 'idem demo' to generate a workspace"));
        }

        List<ConfigProblem> problems = new ArrayList<>();
        YamlTree tree = new YamlTree(file, problems);
        JsonNode document = tree.convert(root, null, List.of());
        ErrorTranslator translator = new ErrorTranslator(tree);
        for (ValidationMessage error : Schema.SCHEMA.validate(document)) {
            problems.add(translator.translate(error));
        }
        List<ConfigProblem> distinct = distinct(problems);
        LOG.debug("Schema validation of {} found {} problem(s)", file, distinct.size());
        return distinct;
    }

    private static ConfigProblem syntaxProblem(Path file, String content, YAMLException e) {
        String fix = "check the indentation and quoting near this position";
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            var mark = marked.getProblemMark();
            return new ConfigProblem(new Location(file, mark.getLine() + 1, mark.getColumn() + 1, "(syntax)"), null,
                    "invalid YAML: " + marked.getProblem(), fix);
        }
        if (e instanceof ReaderException reader) {
            // The reader reports a character offset, so the line and column are counted up to it.
            int offset = Math.min(Math.max(reader.getPosition(), 0), content.length());
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new ConfigProblem(new Location(file, line, offset - lineStart + 1, "(syntax)"), null,
                    "invalid YAML: " + reader.getMessage() + " (code point 0x" + Integer.toHexString(reader.getCodePoint()) + ")",
                    "remove the control character or save the file as UTF-8 text");
        }
        return new ConfigProblem(Location.unknown(file, "(syntax)"), null, "invalid YAML: " + e.getMessage(), fix);
    }

    private static List<ConfigProblem> distinct(List<ConfigProblem> problems) {
        // A rule written as anyOf or oneOf fails once per branch, so keep one problem per place and message.
        Map<String, ConfigProblem> unique = new LinkedHashMap<>();
        for (ConfigProblem problem : problems) {
            Location at = problem.location();
            unique.putIfAbsent(at.line() + ":" + at.column() + ":" + at.field() + ":" + problem.message(), problem);
        }
        return unique.values().stream()
                .sorted(Comparator.comparingInt((ConfigProblem p) -> p.location().line())
                        .thenComparingInt(p -> p.location().column())
                        .thenComparing(p -> p.location().field()))
                .toList();
    }

    /** The schema, read and compiled once on first use. */
    private static final class Schema {

        static final JsonNode DOCUMENT = read();
        static final JsonSchema SCHEMA = compile(DOCUMENT);

        private static JsonNode read() {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath next to " + SchemaValidator.class.getName());
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
            }
        }

        private static JsonSchema compile(JsonNode document) {
            // Declaring x-message and x-fix as annotations keeps the library from warning about unknown keywords.
            JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new AnnotationKeyword(MESSAGE))
                    .keyword(new AnnotationKeyword(FIX))
                    .build();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return factory.getSchema(document, config);
        }

        /** Returns the schema node at a fragment path, or null when the path leaves the document. */
        static JsonNode at(JsonNodePath fragment, int length) {
            JsonNode node = DOCUMENT;
            for (int i = 0; i < length && node != null; i++) {
                Object element = fragment.getElement(i);
                node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
            }
            return node;
        }

        /** Follows a local {@code $ref} such as {@code #/$defs/name}. */
        static JsonNode resolve(JsonNode node) {
            JsonNode ref = node == null ? null : node.get("$ref");
            if (ref == null || !ref.asText().startsWith("#")) {
                return node;
            }
            return DOCUMENT.at(ref.asText().substring(1));
        }
    }

    /** The YAML node of a JSON path: the key (null for the root and list items) and the value. */
    private record Marks(Node key, Node value) {
    }

    /** Converts composed YAML to a Jackson tree and remembers the YAML node of every JSON path. */
    private static final class YamlTree {

        private final Path file;
        private final List<ConfigProblem> problems;
        private final Map<List<Object>, Marks> marks = new HashMap<>();
        private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());

        YamlTree(Path file, List<ConfigProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        JsonNode convert(Node node, Node key, List<Object> path) {
            marks.put(path, new Marks(key, node));
            if (!enclosing.add(node)) {
                // An alias to an enclosing node (sources: &s {a: *s}) would make the tree infinite.
                problems.add(new ConfigProblem(location(key == null ? node : key, path), null, "recursive alias",
                        "replace the alias with the values it should repeat"));
                return JsonNodeFactory.instance.objectNode();
            }
            try {
                return convertNode(node, path);
            } finally {
                enclosing.remove(node);
            }
        }

        private JsonNode convertNode(Node node, List<Object> path) {
            if (node instanceof MappingNode mapping) {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    // WorkspaceLoader names a non-scalar key '?', so both report it the same way.
                    String name = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                    List<Object> childPath = append(path, name);
                    if (object.has(name)) {
                        String parent = path.isEmpty() ? "the top level" : field(path);
                        problems.add(new ConfigProblem(location(tuple.getKeyNode(), childPath), name, "duplicate key",
                                "keep one '" + name + "' under " + parent));
                    }
                    object.set(name, convert(tuple.getValueNode(), tuple.getKeyNode(), childPath));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), null, append(path, i)));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        }

        /** Types a scalar as YAML resolved it. A number with no decimal form (0x1F, .inf) stays text, as the loader reads it. */
        private static JsonNode scalar(ScalarNode node) {
            Tag tag = node.getTag();
            String text = node.getValue();
            if (Tag.NULL.equals(tag)) {
                return JsonNodeFactory.instance.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JsonNodeFactory.instance.booleanNode(Set.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT)));
            }
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                try {
                    return JsonNodeFactory.instance.numberNode(new BigDecimal(text.replace("_", "")));
                } catch (NumberFormatException e) {
                    LOG.debug("YAML number {} has no decimal form; validating it as text", text, e);
                }
            }
            return JsonNodeFactory.instance.textNode(text);
        }

        Marks marks(List<Object> path) {
            return marks.get(path);
        }

        Location location(Node node, List<Object> path) {
            if (node == null) {
                return Location.unknown(file, field(path));
            }
            return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, field(path));
        }

        /** Returns the scalar text at a path, or null for mappings, lists and absent nodes. */
        String value(List<Object> path) {
            Marks at = marks.get(path);
            boolean text = at != null && at.value() instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag());
            return text ? ((ScalarNode) at.value()).getValue() : null;
        }
    }

    private static List<Object> append(List<Object> path, Object element) {
        List<Object> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(element);
        return List.copyOf(longer);
    }

    /** Returns the dotted field path that {@link WorkspaceLoader} uses, for example {@code offers.plans[0].name}. */
    private static String field(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(element);
            }
        }
        return text.toString();
    }

    /** Turns schema errors into problems with the position, value, message and fix a person can act on. */
    private static final class ErrorTranslator {

        private final YamlTree tree;

        ErrorTranslator(YamlTree tree) {
            this.tree = tree;
        }

        ConfigProblem translate(ValidationMessage error) {
            List<Object> instance = path(error.getInstanceLocation());
            JsonNodePath fragment = error.getSchemaLocation().getFragment();
            return switch (error.getType()) {
                case "additionalProperties" -> unknownField(instance, error.getProperty(), Schema.at(fragment, fragment.getNameCount() - 1));
                case "propertyNames" -> invalidName(instance, error.getProperty(), Schema.resolve(Schema.at(fragment, fragment.getNameCount())));
                default -> valueProblem(error, instance, fragment);
            };
        }

        private ConfigProblem unknownField(List<Object> instance, String name, JsonNode owner) {
            List<String> allowed = new ArrayList<>();
            JsonNode properties = owner == null ? null : owner.get("properties");
            if (properties != null) {
                properties.fieldNames().forEachRemaining(allowed::add);
            }
            allowed.sort(Comparator.naturalOrder());
            String fix = Suggestions.closest(name, allowed).map(c -> "did you mean '" + c + "'?")
                    .orElse(allowed.isEmpty() ? "remove it" : "remove it, or use one of: " + String.join(", ", allowed));
            return new ConfigProblem(keyLocation(instance, name), name, "unknown field '" + name + "'", fix);
        }

        private ConfigProblem invalidName(List<Object> instance, String name, JsonNode nameSchema) {
            String message = nameSchema != null && nameSchema.has(MESSAGE) ? nameSchema.get(MESSAGE).asText() : "invalid name";
            String fix = nameSchema != null && nameSchema.has(FIX) ? nameSchema.get(FIX).asText()
                    : "use lower-case letters, digits and underscores, starting with a letter";
            return new ConfigProblem(keyLocation(instance, name), name, message, fix);
        }

        private Location keyLocation(List<Object> instance, String name) {
            List<Object> child = append(instance, name);
            Marks marks = tree.marks(child);
            return tree.location(marks == null ? null : marks.key(), child);
        }

        private ConfigProblem valueProblem(ValidationMessage error, List<Object> instance, JsonNodePath fragment) {
            Rule rule = Rule.nearest(fragment);
            // A rule applies to the mapping that declares it, even when the failing keyword sits on one of its fields.
            List<Object> at = rule == null ? instance : instance.subList(0, Math.max(0, instance.size() - rule.descents()));
            String value = tree.value(at);
            String key = at.isEmpty() || !(at.get(at.size() - 1) instanceof String last) ? "value" : last;

            Wording wording = generic(error, Schema.at(fragment, fragment.getNameCount()), at, key, value);
            if (rule != null) {
                // An enum's fix lists the allowed values, which helps more than any fixed text.
                String fix = error.getType().equals("enum") || rule.fix() == null ? wording.fix() : rule.fix();
                wording = new Wording(rule.message(), fix);
            }
            Marks marks = tree.marks(at);
            return new ConfigProblem(tree.location(marks == null ? null : marks.value(), at), value, wording.message(), wording.fix());
        }

        /** Words a schema error by its keyword, for schema nodes that carry no x-message of their own. */
        private Wording generic(ValidationMessage error, JsonNode keywordValue, List<Object> at, String key, String value) {
            Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
            String bound = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
            String where = at.isEmpty() ? "the top level" : field(at);
            return switch (error.getType()) {
                case "enum" -> new Wording("invalid " + key, allowedValues(value, keywordValue));
                case "required" -> new Wording("missing required field '" + error.getProperty() + "'",
                        "add '" + error.getProperty() + ":' under " + where);
                case "type" -> typeWording(keywordValue, tree.marks(at), key, where);
                case "const" -> new Wording("invalid " + key, "write '" + keywordValue.asText() + "'");
                case "minLength" -> new Wording("empty value", "write a value, or leave '" + key + "' out where it is optional");
                case "minimum" -> new Wording("below the minimum of " + bound, "write " + bound + " or more");
                case "maximum" -> new Wording("above the maximum of " + bound, "write " + bound + " or less");
                case "exclusiveMinimum" -> new Wording("must be above " + bound, "write a number above " + bound);
                case "minItems", "minProperties" -> new Wording("needs at least " + bound + ("1".equals(bound) ? " entry" : " entries"),
                        "add entries under " + where);
                default -> new Wording(error.getError(), "compare with the field's description in docs/configuration.md");
            };
        }

        private static String allowedValues(String value, JsonNode allowedNode) {
            List<String> allowed = new ArrayList<>();
            allowedNode.forEach(option -> {
                if (!option.isNull()) {
                    allowed.add(option.asText());
                }
            });
            String list = String.join(", ", allowed);
            return value == null ? "use one of: " + list : Suggestions.closest(value, allowed)
                    .map(c -> "did you mean '" + c + "'? Allowed values: " + list)
                    .orElse("use one of: " + list);
        }

        /** Words a value of the wrong type as {@link YamlNode} does, so both validators read alike. */
        private static Wording typeWording(JsonNode expectedNode, Marks found, String key, String where) {
            List<String> expected = new ArrayList<>();
            if (expectedNode != null && expectedNode.isArray()) {
                expectedNode.forEach(type -> expected.add(type.asText()));
            } else if (expectedNode != null) {
                expected.add(expectedNode.asText());
            }
            if (expected.contains("object")) {
                return new Wording("expected a mapping of names to values", "write it as 'name: value' lines indented under " + where);
            }
            if (expected.contains("array")) {
                return new Wording("expected a list", "write each item on its own line starting with '- '");
            }
            boolean empty = found != null && found.value() instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
            if (empty) {
                return new Wording("missing value", "write a value after '" + key + ":'");
            }
            return new Wording("expected a single value", "write a plain value, not a list or mapping");
        }

        private static List<Object> path(JsonNodePath location) {
            List<Object> path = new ArrayList<>(location.getNameCount());
            for (int i = 0; i < location.getNameCount(); i++) {
                path.add(location.getElement(i));
            }
            return List.copyOf(path);
        }
    }

    private record Wording(String message, String fix) {
    }

    /**
     * The nearest schema node above a failing keyword that carries {@code x-message}, with how many
     * levels the instance descended below the node that rule applies to.
     */
    private record Rule(String message, String fix, int descents) {

        static Rule nearest(JsonNodePath fragment) {
            for (int length = fragment.getNameCount() - 1; length >= 0; length--) {
                JsonNode node = Schema.at(fragment, length);
                if (node != null && node.isObject() && node.has(MESSAGE)) {
                    String fix = node.has(FIX) ? node.get(FIX).asText() : null;
                    return new Rule(node.get(MESSAGE).asText(), fix, descents(fragment, length));
                }
            }
            return null;
        }

        /** Counts the keywords between the rule and the failing keyword that step into a property or item. */
        private static int descents(JsonNodePath fragment, int from) {
            int descents = 0;
            int i = from;
            while (i < fragment.getNameCount() - 1) {
                String keyword = String.valueOf(fragment.getElement(i));
                if (DESCENDING_KEYWORDS.contains(keyword)) {
                    descents++;
                }
                boolean named = Set.of("properties", "patternProperties", "prefixItems", "allOf", "anyOf", "oneOf", "$defs",
                        "dependentSchemas").contains(keyword);
                i += named ? 2 : 1;
            }
            return descents;
        }
    }
}
