package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.ClassicLoadBalancer;
import dev.vigil.fakecloud.org.ElbResources;
import dev.vigil.fakecloud.org.LoadBalancerV2;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Elastic Load Balancing (Query protocol): one endpoint and signing name serve both APIs, told apart by the form's
 * {@code Version}: 2015-12-01 is ELBv2 (application and network load balancers), 2012-06-01 the Classic API.
 */
public final class ElbHandler implements ServiceHandler {
    public static final String V2_NAMESPACE = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    public static final String CLASSIC_NAMESPACE = "http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/";
    private static final String CLASSIC_VERSION = "2012-06-01";

    private final QueryProtocol v2;
    private final QueryProtocol classic;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public ElbHandler(QueryProtocol v2, SyntheticOrg org, FakeCloudOptions options) {
        this.v2 = v2;
        this.classic = new QueryProtocol("elasticloadbalancing", CLASSIC_NAMESPACE);
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeLoadBalancers", "DescribeListeners", "DescribeLoadBalancerAttributes",
                "DescribeLoadBalancerPolicies");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        RegionResources region = account.region(request.region());
        ElbResources elb = region == null || region.elb() == null ? ElbResources.NONE : region.elb();
        ElbWriter w = new ElbWriter(account.accountId(), request.region());
        Map<String, String> form = request.form();
        if (CLASSIC_VERSION.equals(form.get("Version"))) {
            return switch (operation) {
                case "DescribeLoadBalancers" -> paged(classic, request, operation, "LoadBalancerDescriptions",
                        named(elb.classic(), members(form, "LoadBalancerNames"), ClassicLoadBalancer::name), w::classic);
                case "DescribeLoadBalancerAttributes" -> classic.respond(operation, request.requestId(),
                        x -> w.classicAttributes(x, classicNamed(elb, form)));
                case "DescribeLoadBalancerPolicies" -> classic.respond(operation, request.requestId(),
                        x -> w.classicPolicies(x, classicNamed(elb, form)));
                default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
            };
        }
        return switch (operation) {
            case "DescribeLoadBalancers" -> paged(v2, request, operation, "LoadBalancers", v2Selected(elb, form, w),
                    w::loadBalancer);
            case "DescribeListeners" -> {
                LoadBalancerV2 lb = v2Named(elb, form, w);
                List<LoadBalancerV2.Listener> listeners = lb.listeners();
                yield paged(v2, request, operation, "Listeners", listeners, (x, l) -> w.listener(x, lb, l));
            }
            case "DescribeLoadBalancerAttributes" -> {
                LoadBalancerV2 lb = v2Named(elb, form, w);
                yield v2.respond(operation, request.requestId(), x -> w.attributes(x, lb));
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private static List<String> members(Map<String, String> form, String list) {
        List<String> out = new ArrayList<>();
        for (int i = 1; form.containsKey(list + ".member." + i); i++) {
            out.add(form.get(list + ".member." + i));
        }
        return out;
    }

    private static <T> List<T> named(List<T> all, List<String> names, Function<T, String> nameOf) {
        if (names.isEmpty()) {
            return all;
        }
        List<T> out = all.stream().filter(t -> names.contains(nameOf.apply(t))).toList();
        if (out.size() < names.size()) {
            throw new AwsError(400, "LoadBalancerNotFound", "There is no ACTIVE Load Balancer named '"
                    + names.get(0) + "'");
        }
        return out;
    }

    private static ClassicLoadBalancer classicNamed(ElbResources elb, Map<String, String> form) {
        String name = form.get("LoadBalancerName");
        if (name == null) {
            throw new AwsError(400, "ValidationError", "LoadBalancerName is required");
        }
        return named(elb.classic(), List.of(name), ClassicLoadBalancer::name).get(0);
    }

    private static List<LoadBalancerV2> v2Selected(ElbResources elb, Map<String, String> form, ElbWriter w) {
        List<String> arns = members(form, "LoadBalancerArns");
        List<LoadBalancerV2> byName = named(elb.v2(), members(form, "Names"), LoadBalancerV2::name);
        if (arns.isEmpty()) {
            return byName;
        }
        List<LoadBalancerV2> out = byName.stream().filter(lb -> arns.contains(w.arn(lb))).toList();
        if (out.size() < arns.size()) {
            throw new AwsError(400, "LoadBalancerNotFound", "One or more load balancers not found");
        }
        return out;
    }

    private static LoadBalancerV2 v2Named(ElbResources elb, Map<String, String> form, ElbWriter w) {
        String arn = form.get("LoadBalancerArn");
        if (arn == null) {
            throw new AwsError(400, "ValidationError", "LoadBalancerArn is required");
        }
        return elb.v2().stream().filter(lb -> w.arn(lb).equals(arn)).findFirst()
                .orElseThrow(() -> new AwsError(400, "LoadBalancerNotFound", "Load balancer '" + arn + "' not found"));
    }

    private <T> AwsResponse paged(QueryProtocol protocol, AwsRequest request, String operation, String list,
            List<T> items, BiConsumer<XmlWriter, T> write) {
        Integer size = Page.intParam(request.form().get("PageSize"));
        if (size != null && (size < 1 || size > 400)) {
            throw new AwsError(400, "ValidationError", "PageSize must be between 1 and 400");
        }
        Page<T> page = Page.of(items, request.form().get("Marker"), size, options.maxPageSize(), "ValidationError");
        return protocol.respond(operation, request.requestId(), x -> {
            x.start(list);
            page.items().forEach(item -> {
                x.start("member");
                write.accept(x, item);
                x.end();
            });
            x.end().leaf("NextMarker", page.next());
        });
    }
}
