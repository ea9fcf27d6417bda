package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.FleetResources;
import dev.vigil.fakecloud.org.LaunchTemplate;
import dev.vigil.fakecloud.org.RegionResources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EC2's launch template reads (DescribeLaunchTemplates, DescribeLaunchTemplateVersions), in EC2's Query dialect. */
final class Ec2LaunchTemplateOperations {
    static final Set<String> OPERATIONS = Set.of("DescribeLaunchTemplates", "DescribeLaunchTemplateVersions");

    private final Ec2Protocol protocol;
    private final FakeCloudOptions options;

    Ec2LaunchTemplateOperations(Ec2Protocol protocol, FakeCloudOptions options) {
        this.protocol = protocol;
        this.options = options;
    }

    AwsResponse handle(AwsRequest request, String operation, RegionResources region) {
        FleetResources fleet = region == null || region.fleet() == null ? FleetResources.NONE : region.fleet();
        Map<String, String> form = request.form();
        Integer max = Page.intParam(form.get("MaxResults"));
        if (max != null && (max < 1 || max > 200)) {
            throw new AwsError(400, "InvalidParameterValue", "Value ( " + max + " ) for parameter maxResults is invalid.");
        }
        return switch (operation) {
            case "DescribeLaunchTemplates" -> {
                List<LaunchTemplate> templates = new Ec2Filters(form, "LaunchTemplateId", "launch-template-id")
                        .apply(fleet.launchTemplates(), t -> Map.of("launch-template-id", t.id(),
                                "launch-template-name", t.name()));
                Page<LaunchTemplate> page = Page.of(templates, form.get("NextToken"), max, options.maxPageSize(),
                        "InvalidNextToken");
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("launchTemplates");
                    page.items().forEach(t -> template(x, t));
                    x.end().leaf("nextToken", page.next());
                });
            }
            case "DescribeLaunchTemplateVersions" -> versions(request, fleet, max);
            default -> throw new AwsError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.");
        };
    }

    /** One template (LaunchTemplateId or LaunchTemplateName) and LaunchTemplateVersion.N: numbers, $Default, $Latest. */
    private AwsResponse versions(AwsRequest request, FleetResources fleet, Integer max) {
        Map<String, String> form = request.form();
        String id = form.get("LaunchTemplateId");
        String name = form.get("LaunchTemplateName");
        if (id == null && name == null) {
            throw new AwsError(400, "MissingParameter", "The request must contain the parameter LaunchTemplateId or "
                    + "LaunchTemplateName");
        }
        LaunchTemplate t = fleet.launchTemplates().stream()
                .filter(e -> id != null ? e.id().equals(id) : e.name().equals(name)).findFirst()
                .orElseThrow(() -> id != null
                        ? new AwsError(400, "InvalidLaunchTemplateId.NotFound", "The specified launch template, with "
                                + "template ID " + id + ", does not exist.")
                        : new AwsError(400, "InvalidLaunchTemplateName.NotFoundException", "The specified launch "
                                + "template, with template name " + name + ", does not exist."));
        List<Integer> numbers = new ArrayList<>();
        form.forEach((k, v) -> {
            if (k.startsWith("LaunchTemplateVersion.")) {
                numbers.add(switch (v) {
                    case "$Default" -> t.defaultVersion();
                    case "$Latest" -> t.latestVersion();
                    default -> {
                        int n = Page.intParam(v);
                        if (n < 1 || n > t.latestVersion()) {
                            throw new AwsError(400, "InvalidLaunchTemplateId.VersionNotFound", "Could not find launch "
                                    + "template version " + v + " for template " + t.id() + ".");
                        }
                        yield n;
                    }
                });
            }
        });
        if (numbers.isEmpty()) {
            for (int n = 1; n <= t.latestVersion(); n++) {
                numbers.add(n);
            }
        }
        List<Integer> sorted = numbers.stream().distinct().sorted().toList();
        Page<Integer> page = Page.of(sorted, form.get("NextToken"), max, options.maxPageSize(), "InvalidNextToken");
        return protocol.respond("DescribeLaunchTemplateVersions", request.requestId(), x -> {
            x.start("launchTemplateVersionSet");
            page.items().forEach(n -> version(x, t, n, request.accountId()));
            x.end().leaf("nextToken", page.next());
        });
    }

    private static void template(XmlWriter x, LaunchTemplate t) {
        x.start("item").leaf("launchTemplateId", t.id()).leaf("launchTemplateName", t.name())
                .leaf("createTime", t.created()).leaf("createdBy", "arn:aws:iam::123456789012:role/platform")
                .leaf("defaultVersionNumber", t.defaultVersion()).leaf("latestVersionNumber", t.latestVersion())
                .start("tagSet");
        t.tags().forEach((k, v) -> x.start("item").leaf("key", k).leaf("value", v).end());
        x.end().end();
    }

    private static void version(XmlWriter x, LaunchTemplate t, int n, String account) {
        LaunchTemplate.Version v = t.version(n);
        x.start("item").leaf("launchTemplateId", t.id()).leaf("launchTemplateName", t.name()).leaf("versionNumber", n)
                .leaf("versionDescription", "v" + n).leaf("createTime", t.created())
                .leaf("createdBy", "arn:aws:iam::" + account + ":role/platform")
                .leaf("defaultVersion", n == t.defaultVersion()).start("launchTemplateData")
                .leaf("imageId", v.imageId()).leaf("instanceType", v.instanceType())
                .start("iamInstanceProfile").leaf("arn", "arn:aws:iam::" + account + ":instance-profile/app-ec2-role")
                .end();
        if (v.httpTokens() != null) {
            x.start("metadataOptions").leaf("httpTokens", v.httpTokens()).leaf("httpPutResponseHopLimit", 2)
                    .leaf("httpEndpoint", "enabled").end();
        }
        if (v.associatePublicIp() != null) {
            x.start("networkInterfaceSet").start("item").leaf("associatePublicIpAddress", v.associatePublicIp())
                    .leaf("deleteOnTermination", true).leaf("deviceIndex", 0).start("groupSet")
                    .leaf("groupId", v.securityGroupId()).end().end().end();
        } else {
            x.start("securityGroupIdSet").leaf("item", v.securityGroupId()).end();
        }
        if (v.userData() != null) {
            x.leaf("userData", Base64.getEncoder().encodeToString(v.userData().getBytes(StandardCharsets.UTF_8)));
        }
        x.end().end();
    }
}
