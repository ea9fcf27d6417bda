package dev.vigil.rego.bench;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic resources and simple deny rules: rule {@code i} applies to resource type
 * {@code TYPES[i % TYPES.length]} and fires when {@code attributes.Feature<i>.Status} is not
 * {@code "Enabled"}. The expected number of violations is computed here, independently of Rego.
 */
final class SyntheticWorkload {
  static final List<String> TYPES = List.of("aws.s3.bucket", "aws.ec2.instance", "aws.ec2.volume",
      "aws.iam.user", "aws.iam.role", "aws.kms.key", "aws.ec2.vpc", "aws.ec2.security_group",
      "aws.cloudtrail.trail", "aws.account");

  final List<Value> inputs;
  final Map<String, String> modules;
  final List<String> entrypoints;
  final long expectedViolations;

  SyntheticWorkload(int resources, int rules, long seed) {
    this.modules = new LinkedHashMap<>();
    this.entrypoints = new ArrayList<>();
    for (int i = 0; i < rules; i++) {
      String pkg = String.format("rule_%03d", i);
      modules.put("bench/" + pkg + ".rego", module(pkg, i));
      entrypoints.add("vigil/bench/" + pkg + "/deny");
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.inputs = new ArrayList<>(resources);
    long violations = 0;
    for (int r = 0; r < resources; r++) {
      int type = r % TYPES.size();
      ObjectValue.Builder attributes = ObjectValue.builder()
          .put("Name", StringValue.of("resource-" + r))
          .put("Tags", ArrayValue.of(
              ObjectValue.of("Key", StringValue.of("team")), ObjectValue.of("Key", StringValue.of("env"))));
      for (int i = type; i < rules; i += TYPES.size()) {
        boolean enabled = random.nextInt(10) < 8;
        if (!enabled) {
          violations++;
        }
        attributes.put("Feature" + i,
            ObjectValue.of("Status", StringValue.of(enabled ? "Enabled" : "Suspended")));
      }
      ObjectValue resource = ObjectValue.builder()
          .put("id", StringValue.of("arn:aws:bench:us-east-1:111122223333:r/" + r))
          .put("type", StringValue.of(TYPES.get(type)))
          .put("region", StringValue.of("us-east-1"))
          .put("attributes", attributes.build())
          .build();
      inputs.add(ObjectValue.of("resource", resource));
    }
    this.expectedViolations = violations;
  }

  private static String module(String pkg, int i) {
    return "package vigil.bench." + pkg + "\n\n"
        + "deny contains msg if {\n"
        + "\tinput.resource.type == \"" + TYPES.get(i % TYPES.size()) + "\"\n"
        + "\tnot input.resource.attributes.Feature" + i + ".Status == \"Enabled\"\n"
        + "\tmsg := sprintf(\"%s: Feature" + i + " is not enabled\", [input.resource.id])\n"
        + "}\n";
  }
}
