package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cloud Run services and Cloud Functions carry free-form configuration that often holds secrets: environment
 * variables (values kept as {@code present} + {@code sha256}; {@code valueFrom} secret references as they are) and
 * annotations (values kept only for the documented Cloud Run settings below).
 */
final class GcpServerlessRedaction {
    /** Annotations whose values are settings, not free text. */
    static final Set<String> RUN_ANNOTATIONS = Set.of("run.googleapis.com/ingress", "run.googleapis.com/ingress-status",
            "run.googleapis.com/vpc-access-connector", "run.googleapis.com/vpc-access-egress",
            "run.googleapis.com/network-interfaces", "run.googleapis.com/execution-environment",
            "run.googleapis.com/launch-stage", "run.googleapis.com/binary-authorization",
            "run.googleapis.com/cpu-throttling", "run.googleapis.com/startup-cpu-boost",
            "autoscaling.knative.dev/minScale", "autoscaling.knative.dev/maxScale");

    private GcpServerlessRedaction() {
    }

    static void runService(ObjectNode service) {
        List<JsonNode> metadata = new ArrayList<>(List.of(service.path("metadata"),
                service.path("spec").path("template").path("metadata")));
        for (JsonNode m : metadata) {
            if (m instanceof ObjectNode meta && meta.get("annotations") instanceof ObjectNode annotations) {
                ObjectNode kept = annotations.objectNode();
                annotations.fields().forEachRemaining(e -> kept.set(e.getKey(), RUN_ANNOTATIONS.contains(e.getKey())
                        ? e.getValue() : Redaction.fingerprint(e.getValue())));
                meta.set("annotations", kept);
            }
        }
        for (JsonNode container : service.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode env : container.path("env")) {
                if (env instanceof ObjectNode e && e.has("value")) {
                    e.set("value", Redaction.fingerprint(e.get("value")));
                }
            }
        }
    }

    static void function(ObjectNode function) {
        for (String field : List.of("environmentVariables", "buildEnvironmentVariables")) {
            if (function.path(field).isObject()) {
                function.set(field, Redaction.map(function.get(field), Set.of()));
            }
        }
    }
}
