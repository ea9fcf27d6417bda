package dev.vigil.collect.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads {@code vigil.yaml} strictly: an unknown key or a wrong type is one clear error with file:line:column. */
public final class ConfigLoader {
    private final ObjectMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("vigil-durations")
                    .addDeserializer(java.time.Duration.class, new DurationDeserializer()))
            .build();

    public VigilConfig load(Path file) {
        return parse(readText(file), file.toString());
    }

    /** Reads a part of the same file as {@code type} (e.g. the evaluation sections), equally strictly. */
    public <T> T loadAs(Path file, Class<T> type) {
        return parseAs(readText(file), file.toString(), type);
    }

    private static String readText(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return text;
    }

    public VigilConfig parse(String text, String source) {
        if (text.isBlank()) {
            return VigilConfig.DEFAULT;
        }
        VigilConfig config = parseAs(text, source, VigilConfig.class);
        EmptyLists.refuse(text, source);
        try {
            return (config == null ? VigilConfig.DEFAULT : config).validate(source);
        } catch (ConfigKeyException e) {
            throw located(text, source, e);
        }
    }

    /** {@code e} again, pointing at the line and column of its key in {@code text} when it is there. */
    public static ConfigException located(String text, String source, ConfigKeyException e) {
        return new ConfigException(at(text, source, e.key()) + e.key() + ": " + e.problem(), e);
    }

    /** {@code file:line:column: } of a dotted key in {@code file} ({@code file: } when it cannot be found). */
    public static String at(Path file, String key) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return file + ": ";
        }
        return at(text, file.toString(), key);
    }

    static String at(String text, String source, String key) {
        return YamlKeyLocator.locate(text, key).map(lc -> source + ":" + lc[0] + ":" + lc[1] + ": ").orElse(source + ": ");
    }

    /** Reads {@code text} as {@code target} with the same strictness and error messages; null for an empty document. */
    public <T> T parseAs(String text, String source, Class<T> target) {
        try {
            return yaml.readValue(text, target);
        } catch (JsonProcessingException e) {
            duplicateKey(text, source, e);
            throw describe(text, source, e);
        }
    }

    /** A duplicate key would silently let the last one win: which one did the user mean? */
    private static void duplicateKey(String text, String source, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException p && p.getOriginalMessage() != null
                    && p.getOriginalMessage().startsWith("Duplicate field ")) {
                String quoted = p.getOriginalMessage().substring("Duplicate field ".length());
                throw new ConfigException(atKeyOnLine(text, source, p.getLocation(), quoted.replace("'", ""))
                        + "duplicate key " + quoted + " (each key may appear once)", e);
            }
        }
    }

    /** The parser stands after the key; point at the key itself on that line. */
    private static String atKeyOnLine(String text, String source, JsonLocation location, String key) {
        if (location == null || location.getLineNr() < 1) {
            return where(source, location);
        }
        String[] lines = text.split("\n", -1);
        int line = location.getLineNr();
        int column = line <= lines.length ? lines[line - 1].indexOf(key) : -1;
        return column < 0 ? where(source, location) : source + ":" + line + ":" + (column + 1) + ": ";
    }

    private static ConfigException describe(String text, String source, JsonProcessingException error) {
        try {
            throw error;
        } catch (UnrecognizedPropertyException e) {
            return new ConfigException(where(source, text, e) + "unknown key '" + path(e) + "' (known keys here: "
                    + known(e.getKnownPropertyIds()) + ")", e);
        } catch (MismatchedInputException e) {
            String type = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            return new ConfigException(where(source, text, e) + "key '" + path(e) + "' must be " + type, e);
        } catch (JsonMappingException e) {
            return new ConfigException(where(source, text, e) + "key '" + path(e) + "': " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            return new ConfigException(where(source, text, e) + "not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static String where(String source, String text, JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            var at = YamlKeyLocator.locate(text, m.getPath());
            if (at.isPresent()) {
                return source + ":" + at.get()[0] + ":" + at.get()[1] + ": ";
            }
        }
        return where(source, e.getLocation());
    }

    private static String where(String source, JsonLocation location) {
        if (location == null) {
            return source + ": ";
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : new TreeSet<>(ids.stream().map(Object::toString).toList()).toString();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Duration.class) {
            return "a positive duration such as 500ms, 5s, 2m or 1h";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "a map";
        }
        return "a mapping of " + type.getSimpleName() + " keys";
    }
}
