package dev.vigil.collect.config;

import java.io.StringReader;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Refuses an empty list where leaving the key out means "all": {@code regions: []} reads as "no region" but would
 * scan every region, {@code include: []} as "nothing" but would include everything.
 */
final class EmptyLists {
    static final Set<String> MEANING_ALL_WHEN_ABSENT = Set.of("regions", "include", "providers", "organizations",
            "tenants");

    private EmptyLists() {
    }

    static void refuse(String text, String source) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            return;
        }
        walk(root, "", source);
    }

    private static void walk(Node node, String path, String source) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String at = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                if (MEANING_ALL_WHEN_ABSENT.contains(key.getValue()) && t.getValueNode() instanceof SequenceNode list
                        && list.getValue().isEmpty()) {
                    throw new ConfigException(source + ":" + (key.getStartMark().getLine() + 1) + ":"
                            + (key.getStartMark().getColumn() + 1) + ": " + at + " is an empty list, which would mean "
                            + "all of them; remove the key to mean all, or list what you mean");
                }
                walk(t.getValueNode(), at, source);
            }
        } else if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                walk(list.getValue().get(i), path + "[" + i + "]", source);
            }
        }
    }
}
