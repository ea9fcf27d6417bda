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
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Mark mark = null;
        for (JsonMappingException.Reference ref : path) {
            if (node instanceof MappingNode map && ref.getFieldName() != null) {
                Node next = null;
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && matches(k.getValue(), ref.getFieldName())) {
                        mark = k.getStartMark();
                        next = t.getValueNode();
                        break;
                    }
                }
                node = next;
            } else if (node instanceof SequenceNode seq && ref.getIndex() >= 0 && ref.getIndex() < seq.getValue().size()) {
                node = seq.getValue().get(ref.getIndex());
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
