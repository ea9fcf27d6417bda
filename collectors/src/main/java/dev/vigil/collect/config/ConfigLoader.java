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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
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
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    public VigilConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public VigilConfig parse(String text, String source) {
        if (text.isBlank()) {
            return VigilConfig.DEFAULT;
        }
        try {
            VigilConfig config = yaml.readValue(text, VigilConfig.class);
            return (config == null ? VigilConfig.DEFAULT : config).validate(source);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(where(source, locate(text, e)) + "unknown key '" + path(e) + "' (known keys here: "
                    + known(e.getKnownPropertyIds()) + ")", e);
        } catch (MismatchedInputException e) {
            String type = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            throw new ConfigException(where(source, locate(text, e)) + "key '" + path(e) + "' must be " + type, e);
        } catch (JsonMappingException e) {
            throw new ConfigException(where(source, e.getLocation()) + "key '" + path(e) + "': " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(where(source, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Where the offending key is written. Records are bound through their constructor, so Jackson reports
     * errors after reading the whole mapping; the key's own line is found again by walking the YAML tokens.
     */
    private JsonLocation locate(String text, JsonMappingException e) {
        List<String> target = e.getPath().stream().map(r -> r.getFieldName()).filter(Objects::nonNull).toList();
        try (JsonParser parser = yaml.getFactory().createParser(text)) {
            Deque<String> stack = new ArrayDeque<>();
            String lastField = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        lastField = parser.currentName();
                        List<String> path = new ArrayList<>(stack);
                        Collections.reverse(path);
                        path.removeIf(String::isEmpty);
                        path.add(lastField);
                        if (path.equals(target)) {
                            return parser.currentTokenLocation();
                        }
                    }
                    case START_OBJECT -> stack.push(lastField == null ? "" : lastField);
                    case END_OBJECT -> stack.pop();
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to Jackson's own location
        }
        return e.getLocation();
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
