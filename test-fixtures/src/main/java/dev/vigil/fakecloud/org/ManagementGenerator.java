package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the Systems Manager documents and EventBridge buses of an account's home region. Clean: documents
 * {@code app-patching} (shared with the management account) and {@code app-bootstrap} (not shared), public sharing of
 * documents blocked in every region; the {@code default} bus lets every account of the organization put events
 * (Principal {@code *} with {@code aws:PrincipalOrgID}), {@code app-events} the management account. Plants: a document
 * shared with {@code all}, public sharing left enabled in the home region (the other regions are its twins), and a
 * bus whose {@code *} statement lost its organization condition.
 */
final class ManagementGenerator {
    static final String PUBLIC_SHARING = "/ssm/documents/console/public-sharing-permission";

    private final AccountContext ctx;
    private final String region;

    ManagementGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    List<SsmDocument> documents() {
        List<SsmDocument> docs = new ArrayList<>();
        docs.add(new SsmDocument("app-patching", "Command", List.of(ctx.managementAccountId()), ctx.daysAgo(200)));
        docs.add(new SsmDocument("app-bootstrap", "Command", List.of(), ctx.daysAgo(200)));
        if (ctx.has(Plant.SSM_PUBLIC_DOCUMENT)) {
            SsmDocument open = new SsmDocument("public-runbook", "Automation", List.of(ctx.managementAccountId(), "all"),
                    ctx.daysAgo(60));
            docs.add(open);
            ctx.found(Plant.SSM_PUBLIC_DOCUMENT, open.arn(region, ctx.accountId()));
        }
        return docs;
    }

    boolean publicSharing() {
        if (ctx.has(Plant.SSM_PUBLIC_SHARING_ALLOWED)) {
            ctx.found(Plant.SSM_PUBLIC_SHARING_ALLOWED, "arn:aws:ssm:" + region + ":" + ctx.accountId()
                    + ":servicesetting" + PUBLIC_SHARING);
            return true;
        }
        return false;
    }

    List<EventBus> buses() {
        List<EventBus> buses = new ArrayList<>();
        buses.add(new EventBus("default", busPolicy("default", true)));
        buses.add(new EventBus("app-events", PolicyDocuments.doc("{\"Sid\":\"management\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ctx.managementAccountId() + ":root\"},"
                + "\"Action\":\"events:PutEvents\",\"Resource\":\"" + ctx.arn("events", region, "event-bus/app-events")
                + "\"}")));
        if (ctx.has(Plant.EVENTBRIDGE_PUBLIC_BUS)) {
            EventBus open = new EventBus("partner-events", busPolicy("partner-events", false));
            buses.add(open);
            ctx.found(Plant.EVENTBRIDGE_PUBLIC_BUS, open.arn(region, ctx.accountId()));
        }
        return buses;
    }

    /** PutEvents for {@code *}, within the organization only unless {@code orgOnly} is false. */
    private String busPolicy(String bus, boolean orgOnly) {
        String principal = ctx.index() % 2 == 0 ? "\"*\"" : "{\"AWS\":\"*\"}";
        return PolicyDocuments.doc("{\"Sid\":\"org-put\",\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"events:PutEvents\",\"Resource\":\"" + ctx.arn("events", region, "event-bus/" + bus) + "\""
                + (orgOnly ? ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-"
                        + ctx.accountId().substring(0, 10) + "\"}}" : "") + "}");
    }
}
