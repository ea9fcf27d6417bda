package dev.vigil.report;

import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Check metadata by id, and the frameworks that map each check (from the framework side). */
public final class CheckIndex {

    private final Map<String, CheckMetadata> byId = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> frameworksByCheck = new LinkedHashMap<>();

    public CheckIndex(ScanResult result) {
        for (CheckMetadata check : result.checks()) {
            byId.put(check.id(), check);
        }
        for (Framework framework : result.frameworks()) {
            for (Framework.Requirement requirement : framework.requirements()) {
                for (String check : requirement.checks()) {
                    frameworksByCheck.computeIfAbsent(check, k -> new TreeSet<>()).add(framework.id());
                }
            }
        }
    }

    /** The check's metadata, or a placeholder naming the id when the scan result lacks it. */
    public CheckMetadata get(String checkId) {
        CheckMetadata check = byId.get(checkId);
        if (check != null) {
            return check;
        }
        return new CheckMetadata(checkId, "", checkId.contains("_") ? checkId.substring(0, checkId.indexOf('_')) : "",
                checkId, "", Severity.MEDIUM, List.of(), "", Remediation.NONE, List.of(), "", "");
    }

    /** The check's provider, or empty when the scan result has no metadata for it. */
    public Optional<String> provider(String checkId) {
        CheckMetadata check = byId.get(checkId);
        return check == null || check.provider() == null || check.provider().isBlank()
                ? Optional.empty() : Optional.of(check.provider());
    }

    /** Framework ids whose requirements list the check, sorted. */
    public List<String> frameworksOf(String checkId) {
        TreeSet<String> ids = frameworksByCheck.get(checkId);
        return ids == null ? List.of() : new ArrayList<>(ids);
    }
}
