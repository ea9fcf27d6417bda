package dev.vigil.rego.conformance;

import java.util.List;
import java.util.Map;

/** One case from OPA's YAML test corpus; field meanings in the corpus README. */
record ConformanceCase(
        String id,
        String dir,
        String note,
        String query,
        List<String> modules,
        Object data,
        Object input,
        String inputTerm,
        boolean hasInput,
        List<Map<String, Object>> wantResult,
        String wantErrorCode,
        String wantError,
        boolean strictError,
        boolean sortBindings) {}
