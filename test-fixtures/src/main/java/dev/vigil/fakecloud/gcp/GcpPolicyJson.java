package dev.vigil.fakecloud.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** IAM policies, audit configs and org policies as the Google APIs spell them. */
final class GcpPolicyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GcpPolicyJson() {
    }

    static ObjectNode iamPolicy() {
        ObjectNode iam = JSON.createObjectNode().put("version", 1);
        iam.putArray("bindings");
        return iam;
    }

    static void binding(ObjectNode iam, String role, String member) {
        for (var b : iam.withArray("bindings")) {
            if (b.path("role").asText().equals(role)) {
                ((ArrayNode) b.path("members")).add(member);
                return;
            }
        }
        ObjectNode b = iam.withArray("bindings").addObject().put("role", role);
        b.putArray("members").add(member);
    }

    static void auditConfig(ObjectNode iam) {
        ObjectNode config = iam.withArray("auditConfigs").addObject().put("service", "allServices");
        ArrayNode logs = config.putArray("auditLogConfigs");
        for (String type : List.of("ADMIN_READ", "DATA_READ", "DATA_WRITE")) {
            logs.addObject().put("logType", type);
        }
    }

    static ObjectNode orgPolicy(String constraint) {
        return JSON.createObjectNode().put("version", 1).put("constraint", "constraints/" + constraint);
    }
}
