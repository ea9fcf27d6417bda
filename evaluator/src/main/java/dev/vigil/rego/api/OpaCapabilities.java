package dev.vigil.rego.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinDeclarations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Every builtin OPA declares (its capabilities.json): the compiler needs all signatures for arity
 * and unknown-function checks, even for builtins Vigil does not implement yet.
 */
final class OpaCapabilities {
    private static final String RESOURCE = "/dev/vigil/rego/compile/opa-capabilities.json";

    private OpaCapabilities() {}

    static Map<String, BuiltinDeclaration> declarations() {
        try (InputStream in = OpaCapabilities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return BuiltinDeclarations.parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
