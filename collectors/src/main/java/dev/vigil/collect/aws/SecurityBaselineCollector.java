package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ACCESS_ANALYZER;
import static dev.vigil.collect.aws.AwsServices.CONFIG;
import static dev.vigil.collect.aws.AwsServices.GUARDDUTY;
import static dev.vigil.collect.aws.AwsServices.INSPECTOR2;
import static dev.vigil.collect.aws.AwsServices.MACIE2;
import static dev.vigil.collect.aws.AwsServices.SECURITYHUB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.SdkJson;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detective baseline of one enabled region, one record per account and region: GuardDuty detectors, the
 * Security Hub subscription, AWS Config recorders, their status and delivery channels, and IAM Access Analyzer
 * analyzers, the Macie session and Amazon Inspector's scan status. Each attribute is left unknown when its call fails; Security Hub's {@code InvalidAccessException}
 * ("not subscribed") is an answer, not a failure: {@code SecurityHub} is then null.
 */
public final class SecurityBaselineCollector implements Collector {
    public static final String TYPE = "aws.securitybaseline.region";
    static final Operation LIST_DETECTORS = Operation.of("guardduty", "ListDetectors");
    static final Operation GET_DETECTOR = Operation.of("guardduty", "GetDetector");
    static final Operation DESCRIBE_HUB = Operation.of("securityhub", "DescribeHub");
    static final Operation RECORDERS = Operation.of("config", "DescribeConfigurationRecorders");
    static final Operation RECORDER_STATUS = Operation.of("config", "DescribeConfigurationRecorderStatus");
    static final Operation DELIVERY_CHANNELS = Operation.of("config", "DescribeDeliveryChannels");
    static final Operation LIST_ANALYZERS = Operation.of("access-analyzer", "ListAnalyzers");
    static final Operation MACIE_SESSION = Operation.of("macie2", "GetMacieSession");
    static final Operation INSPECTOR_STATUS = Operation.of("inspector2", "BatchGetAccountStatus");

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Scope scope() {
        return Scope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_DETECTORS, GET_DETECTOR, DESCRIBE_HUB, RECORDERS, RECORDER_STATUS, DELIVERY_CHANNELS,
                LIST_ANALYZERS, MACIE_SESSION, INSPECTOR_STATUS);
    }

    @Override
    public void collect(UnitContext unit) {
        String region = unit.region();
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("RegionName", region);
        UnknownInputs unknown = new UnknownInputs();
        detectors(unit, attributes, unknown);
        unknown.put(attributes, "SecurityHub", unit.call(DESCRIBE_HUB, region, Set.of("InvalidAccessException"),
                () -> (JsonNode) SdkJson.toJson(unit.client(SECURITYHUB).describeHub(r -> { }))), NullNode.getInstance());
        unknown.put(attributes, "ConfigurationRecorders", unit.call(RECORDERS, region, Set.of(),
                () -> SdkJson.value(unit.client(CONFIG).describeConfigurationRecorders(r -> { })
                        .configurationRecorders())), NullNode.getInstance());
        unknown.put(attributes, "ConfigurationRecordersStatus", unit.call(RECORDER_STATUS, region, Set.of(),
                () -> SdkJson.value(unit.client(CONFIG).describeConfigurationRecorderStatus(r -> { })
                        .configurationRecordersStatus())), NullNode.getInstance());
        unknown.put(attributes, "DeliveryChannels", unit.call(DELIVERY_CHANNELS, region, Set.of(),
                () -> SdkJson.value(unit.client(CONFIG).describeDeliveryChannels(r -> { }).deliveryChannels())),
                NullNode.getInstance());
        unknown.put(attributes, "AccessAnalyzers", unit.call(LIST_ANALYZERS, region, Set.of(), () -> {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            unit.client(ACCESS_ANALYZER).listAnalyzersPaginator(r -> r.maxResults(100)).analyzers()
                    .forEach(a -> list.add(SdkJson.toJson(a)));
            return (JsonNode) list;
        }), NullNode.getInstance());
        unknown.put(attributes, "MacieSession", unit.call(MACIE_SESSION, region, Set.of(), () -> macieSession(unit)),
                NullNode.getInstance());
        unknown.put(attributes, "InspectorStatus", unit.call(INSPECTOR_STATUS, region, Set.of(),
                () -> inspectorStatus(unit)), NullNode.getInstance());
        unit.emit(unit.record("securitybaseline", TYPE, region, region, region, uid(unit.accountId(), region),
                Map.of(), attributes).withUnknown(unknown.list()));
    }

    /** GuardDutyDetectors: [{DetectorId, Status, ...GetDetector}]; unknown when the listing or any detail fails. */
    private static void detectors(UnitContext unit, ObjectNode attributes, UnknownInputs unknown) {
        String region = unit.region();
        Outcome<List<String>> ids = unit.call(LIST_DETECTORS, region, Set.of(),
                () -> unit.client(GUARDDUTY).listDetectorsPaginator(r -> r.maxResults(50)).detectorIds().stream().toList());
        if (ids.failed()) {
            unknown.add(ids.unknown("GuardDutyDetectors"));
            return;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String id : ids.value()) {
            Outcome<ObjectNode> detail = unit.call(GET_DETECTOR, region, Set.of(),
                    () -> SdkJson.toJson(unit.client(GUARDDUTY).getDetector(r -> r.detectorId(id))));
            if (detail.failed()) {
                unknown.add(detail.unknown("GuardDutyDetectors"));
                return;
            }
            ObjectNode detector = JsonNodeFactory.instance.objectNode().put("DetectorId", id);
            detail.value().fields().forEachRemaining(e -> detector.set(e.getKey(), e.getValue()));
            list.add(detector);
        }
        attributes.set("GuardDutyDetectors", list);
    }

    /**
     * GetMacieSession; null where Macie is not enabled, which Macie answers with AccessDeniedException "Macie is not
     * enabled." (any other AccessDeniedException is a missing permission and stays a gap).
     */
    private static JsonNode macieSession(UnitContext unit) {
        try {
            return SdkJson.toJson(unit.client(MACIE2).getMacieSession(r -> { }));
        } catch (software.amazon.awssdk.services.macie2.model.AccessDeniedException e) {
            String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
            if (message != null && message.contains("Macie is not enabled")) {
                return NullNode.getInstance();
            }
            throw e;
        }
    }

    /** BatchGetAccountStatus for the account itself: {accountId, state, resourceState: {ec2, ecr, lambda, ...}}. */
    private static JsonNode inspectorStatus(UnitContext unit) {
        var response = unit.client(INSPECTOR2).batchGetAccountStatus(r -> r.accountIds(unit.accountId()));
        return response.accounts().stream().filter(a -> unit.accountId().equals(a.accountId())).findFirst()
                .map(a -> (JsonNode) SdkJson.toJson(a))
                .orElseThrow(() -> new IllegalStateException("BatchGetAccountStatus did not return account "
                        + unit.accountId() + ": " + response.failedAccounts()));
    }

    /** Vigil's uid for the record (no AWS resource has an ARN for "the baseline of a region"). */
    public static String uid(String accountId, String region) {
        return "arn:aws:securitybaseline:" + region + ":" + accountId + ":region";
    }
}
