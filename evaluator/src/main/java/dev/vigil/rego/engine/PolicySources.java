package dev.vigil.rego.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Rego modules and base document named by {@code -d} arguments, loaded the way OPA does:
 * a directory contributes every {@code .rego} file below it, and each {@code data.json} /
 * {@code data.yaml} under the path of its directory relative to the argument; a JSON or YAML file
 * named directly is merged at the root. Hidden directories are skipped.
 */
public record PolicySources(Map<String, String> modules, Value data) {
  /** Modules keep their load order (sorted paths), so reports are stable. */
  public PolicySources {
    modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
  }

  public static PolicySources load(List<Path> paths) {
    Map<String, String> modules = new LinkedHashMap<>();
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (Path root : paths) {
      if (!Files.exists(root)) {
        throw new PolicyEngineException(root + ": no such file or directory");
      }
      for (Path file : filesUnder(root)) {
        String name = file.getFileName().toString();
        if (name.endsWith(".rego")) {
          modules.put(file.toString(), read(file));
        } else if (Files.isDirectory(root) && DataDocuments.isDataFile(name)) {
          mergeFile(data, segments(root, file), file);
        } else if (!Files.isDirectory(root) && isDataExtension(name)) {
          mergeFile(data, List.of(), file);
        }
      }
    }
    return new PolicySources(modules, Values.fromJson(data));
  }

  /** Parses a JSON or YAML input document. */
  public static Value readDocument(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyEngineException(file + ": cannot read: " + e.getMessage(), e);
    }
    return Values.fromJson(DataDocuments.parse(bytes, file.toString()));
  }

  private static void mergeFile(ObjectNode data, List<String> segments, Path file) {
    JsonNode doc = DataDocuments.parse(readBytes(file), file.toString());
    DataDocuments.mergeAt(data, segments, doc, file.toString());
  }

  private static boolean isDataExtension(String name) {
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static List<String> segments(Path root, Path file) {
    List<String> segments = new ArrayList<>();
    Path parent = root.relativize(file).getParent();
    if (parent != null) {
      parent.forEach(p -> segments.add(p.toString()));
    }
    return segments;
  }

  private static List<Path> filesUnder(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !skippedBelow(root, p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new PolicyEngineException(root + ": cannot list directory: " + e.getMessage(), e);
    }
  }

  /**
   * Hidden directories, and Maven's {@code target} build output (which holds a copy of a module's
   * policies: loading it would run every policy and test twice).
   */
  private static boolean skippedBelow(Path root, Path file) {
    Path relative = root.relativize(file).getParent();
    if (relative == null) {
      return false;
    }
    for (Path part : relative) {
      if (part.toString().startsWith(".") || part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) {
    return new String(readBytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyEngineException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
