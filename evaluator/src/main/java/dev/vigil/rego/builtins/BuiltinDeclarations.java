package dev.vigil.rego.builtins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads declarations from a capabilities.json-shaped document. */
public final class BuiltinDeclarations {
  /** The resource listing every builtin Vigil implements (derived from OPA's capabilities). */
  public static final String RESOURCE = "/dev/vigil/rego/builtins/builtins.json";

  private BuiltinDeclarations() {}

  /** The declarations of the builtins this project implements, keyed by name. */
  public static Map<String, BuiltinDeclaration> standard() {
    try (InputStream in = BuiltinDeclarations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses {@code {"builtins":[{"name":..,"decl":{..}}, ..]}}. */
  public static Map<String, BuiltinDeclaration> parse(JsonNode root) {
    Map<String, BuiltinDeclaration> out = new LinkedHashMap<>();
    for (JsonNode b : root.path("builtins")) {
      BuiltinDeclaration d = parseOne(b);
      if (out.put(d.name(), d) != null) {
        throw new IllegalArgumentException("duplicate builtin declaration: " + d.name());
      }
    }
    return out;
  }

  private static BuiltinDeclaration parseOne(JsonNode b) {
    String name = b.path("name").asText();
    JsonNode decl = b.path("decl");
    List<BuiltinType> args = new ArrayList<>();
    decl.path("args").forEach(a -> args.add(BuiltinType.parse(a)));
    Optional<BuiltinType> result =
        decl.has("result") ? Optional.of(BuiltinType.parse(decl.get("result"))) : Optional.empty();
    Optional<BuiltinType> variadic =
        decl.has("variadic")
            ? Optional.of(BuiltinType.parse(decl.get("variadic")))
            : Optional.empty();
    Optional<String> infix =
        b.hasNonNull("infix") ? Optional.of(b.get("infix").asText()) : Optional.empty();
    return new BuiltinDeclaration(
        name,
        args,
        result,
        variadic,
        infix,
        BuiltinDeclaration.categoryOf(name, infix),
        b.path("nondeterministic").asBoolean(false),
        b.path("relation").asBoolean(false));
  }
}
