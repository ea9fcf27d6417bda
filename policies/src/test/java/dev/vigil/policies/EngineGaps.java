package dev.vigil.policies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Library tests known to fail because of a gap in Vigil's Rego engine, one per line as
 * {@code <file> <test rule> | <reason>}. A listed test that starts passing fails the build, so the list
 * only shrinks; a test not listed must pass.
 */
record EngineGaps(Map<String, String> reasons) {
    static final String RESOURCE = "engine-gaps.txt";

    static EngineGaps load() {
        Map<String, String> reasons = new TreeMap<>();
        try (InputStream in = EngineGaps.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new EngineGaps(reasons);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : text.lines().toList()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                if (bar < 0) {
                    throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected '<file> <test> | <reason>'");
                }
                reasons.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EngineGaps(reasons);
    }

    Optional<String> reason(String testName) {
        return Optional.ofNullable(reasons.get(testName));
    }
}
