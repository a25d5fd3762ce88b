package io.idem.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of idem.yaml with its dotted field path and position. Typed reads never throw: a wrong
 * value is added to the shared problem list and a null is returned, so one pass reports every
 * problem in the file.
 */
final class YamlNode {

    private final Node node;
    private final String path;
    private final Path file;
    private final List<ConfigProblem> problems;
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();

    private final Map<String, Location> valueLocations;

    private final List<String> sourceLines;

    YamlNode(Node node, String path, Path file, List<ConfigProblem> problems, String content) {
        this(node, path, file, problems, new LinkedHashMap<>(), true, content.lines().toList());
    }

    private YamlNode(Node node, String path, Path file, List<ConfigProblem> problems, Map<String, Location> valueLocations,
                     boolean isValue, List<String> sourceLines) {
        this.sourceLines = sourceLines;
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
        this.valueLocations = valueLocations;
        if (isValue && node != null && !path.isEmpty()) {
            valueLocations.putIfAbsent(path, valueLocation());
        }
    }

    /** Returns where the value of every field read so far starts, by dotted path, shared by all nodes of a file. */
    Map<String, Location> valueLocations() {
        return valueLocations;
    }

    /**
     * Returns where the text of a scalar starts: inside its quotes if it is quoted, and on the line
     * after the indicator of a block scalar ({@code |} or {@code >}), at its first character.
     */
    private Location valueLocation() {
        Location start = location();
        if (!(node instanceof ScalarNode scalar)) {
            return start;
        }
        var style = scalar.getScalarStyle();
        if (style == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL || style == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED) {
            int line = start.line() + 1;
            int column = start.column();
            if (line - 1 < sourceLines.size()) {
                String text = sourceLines.get(line - 1);
                column = text.length() - text.stripLeading().length() + 1;
            }
            return new Location(start.file(), line, column, start.field());
        }
        if (style != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            return new Location(start.file(), start.line(), start.column() + 1, start.field());
        }
        return start;
    }

    String path() {
        return path;
    }

    Location location() {
        if (node == null) {
            return Location.unknown(file, path);
        }
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, path);
    }

    void problem(String value, String message, String fix) {
        problems.add(new ConfigProblem(location(), value, message, fix));
    }

    /** Reports that a required field is missing from this mapping. */
    void problems(String missingKey) {
        problem(null, "missing required field '" + missingKey + "'", "add '" + missingKey + ":' under " + (path.isEmpty() ? "the top level" : path));
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** Returns the entries of a mapping in file order; reports a problem and returns none for other nodes. */
    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            if (node != null) {
                problem(null, "expected a mapping of names to values", "write it as 'name: value' lines indented under " + path);
            }
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (entries.containsKey(key)) {
                new YamlNode(tuple.getKeyNode(), childPath, file, problems, valueLocations, false, sourceLines)
                        .problem(key, "duplicate key", "keep one '" + key + "' under " + (path.isEmpty() ? "the top level" : path));
            }
            entries.put(key, new YamlNode(tuple.getValueNode(), childPath, file, problems, valueLocations, true, sourceLines));
            keys.put(key, new YamlNode(tuple.getKeyNode(), childPath, file, problems, valueLocations, false, sourceLines));
        }
        return entries;
    }

    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            if (node != null) {
                problem(scalarOrNull(), "expected a list", "write each item on its own line starting with '- '");
            }
            return items;
        }
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlNode(values.get(i), path + "[" + i + "]", file, problems, valueLocations, true, sourceLines));
        }
        return items;
    }

    /** Returns the node of a key of this mapping (for problems about the key itself), after {@link #entries()}. */
    YamlNode keyNode(String key) {
        YamlNode node = keys.get(key);
        return node == null ? this : node;
    }

    String scalarOrNull() {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** Returns the scalar text, or null (with a problem) when the node is a mapping or list. */
    String text() {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.isEmpty() || value.equals("~") || value.equals("null") ? null : value;
        }
        problem(null, "expected a single value", "write a plain value, not a list or mapping");
        return null;
    }
}
