package dev.vigil.rego.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Builds OPA's base document from data files: each file is merged under the path of the
 * directory holding it (as {@code opa eval -d dir} and bundles do); conflicting leaves are errors.
 */
public final class DataDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DataDocuments() {}

  public static boolean isDataFile(String fileName) {
    return fileName.equals("data.json") || fileName.equals("data.yaml") || fileName.equals("data.yml");
  }

  /** Parses JSON, or YAML when {@code name} ends in .yaml/.yml; an empty file is an empty object. */
  public static JsonNode parse(byte[] bytes, String name) {
    ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    try {
      JsonNode node = mapper.readTree(bytes);
      return node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
    } catch (IOException e) {
      throw new PolicyEngineException(name + ": invalid data document: " + e.getMessage(), e);
    }
  }

  /**
   * Merges {@code doc} into {@code root} under the path {@code segments}. Only the root document
   * must be an object; a nested file may hold any value if nothing else occupies its path.
   */
  public static void mergeAt(ObjectNode root, List<String> segments, JsonNode doc, String name) {
    if (segments.isEmpty() && !doc.isObject()) {
      throw new PolicyEngineException(name + ": the root data document must be a JSON object, got "
          + doc.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    ObjectNode target = root;
    int walk = doc.isObject() ? segments.size() : segments.size() - 1;
    for (String segment : segments.subList(0, walk)) {
      JsonNode child = target.get(segment);
      if (child == null) {
        child = target.putObject(segment);
      } else if (!child.isObject()) {
        throw new PolicyEngineException(name + ": merge conflict at '" + segment + "'");
      }
      target = (ObjectNode) child;
    }
    if (doc.isObject()) {
      merge(target, (ObjectNode) doc, name);
      return;
    }
    String leaf = segments.get(segments.size() - 1);
    if (target.has(leaf)) {
      throw new PolicyEngineException(name + ": merge conflict at key '" + leaf + "'");
    }
    target.set(leaf, doc);
  }

  private static void merge(ObjectNode target, ObjectNode source, String name) {
    source.properties().forEach(e -> {
      JsonNode existing = target.get(e.getKey());
      if (existing == null) {
        target.set(e.getKey(), e.getValue());
      } else if (existing.isObject() && e.getValue().isObject()) {
        merge((ObjectNode) existing, (ObjectNode) e.getValue(), name);
      } else {
        throw new PolicyEngineException(name + ": merge conflict at key '" + e.getKey() + "'");
      }
    });
  }
}
