package dev.vigil.collect.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds where a key path (as Jackson reports it) stands in a YAML text, so that an error points at the
 * offending key itself rather than wherever the parser happened to be.
 */
final class YamlKeyLocator {

    private YamlKeyLocator() {}

    /** 1-based line and column of the last key of {@code path}, if the text contains it. */
    static Optional<int[]> locate(String text, List<JsonMappingException.Reference> path) {
        List<Object> steps = new java.util.ArrayList<>();
        for (JsonMappingException.Reference ref : path) {
            steps.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
        }
        return locateSteps(text, steps);
    }

    /** The same for a dotted key such as {@code waivers[2].expires} or {@code policies.settings.required_tags}. */
    static Optional<int[]> locate(String text, String dottedKey) {
        List<Object> steps = new java.util.ArrayList<>();
        for (String part : dottedKey.split("\\.")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^\\[]*)((?:\\[\\d+\\])*)").matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            if (!m.group(1).isEmpty()) {
                steps.add(m.group(1));
            }
            java.util.regex.Matcher idx = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
            while (idx.find()) {
                steps.add(Integer.parseInt(idx.group(1)));
            }
        }
        return locateSteps(text, steps);
    }

    private static Optional<int[]> locateSteps(String text, List<Object> path) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Mark mark = null;
        for (Object ref : path) {
            if (node instanceof MappingNode map && ref instanceof String name) {
                Node next = null;
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && matches(k.getValue(), name)) {
                        mark = k.getStartMark();
                        next = t.getValueNode();
                        break;
                    }
                }
                node = next;
            } else if (node instanceof SequenceNode seq && ref instanceof Integer i && i >= 0 && i < seq.getValue().size()) {
                node = seq.getValue().get(i);
                mark = node.getStartMark();
            } else {
                node = null;
            }
            if (node == null) {
                break;
            }
        }
        return mark == null ? Optional.empty() : Optional.of(new int[] {mark.getLine() + 1, mark.getColumn() + 1});
    }

    private static boolean matches(String yamlKey, String jsonName) {
        return yamlKey.equals(jsonName) || yamlKey.replace('-', '_').equals(jsonName);
    }
}
