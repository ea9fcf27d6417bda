package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the Resource Groups Tagging API returns for one account and region: every resource with tags. */
public final class TaggedResources {

    /** One tagged resource. */
    public record Tagged(String arn, Map<String, String> tags) {
    }

    private TaggedResources() {
    }

    public static List<Tagged> inRegion(AccountResources r, String region) {
        List<Tagged> out = new ArrayList<>();
        RegionResources rr = r.region(region);
        if (rr == null) {
            return out;
        }
        String prefix = "arn:aws:ec2:" + region + ":" + r.accountId() + ":";
        rr.vpcs().forEach(v -> add(out, prefix + "vpc/" + v.id(), v.tags()));
        rr.instances().forEach(i -> add(out, prefix + "instance/" + i.id(), i.tags()));
        rr.volumes().forEach(v -> add(out, prefix + "volume/" + v.id(), v.tags()));
        rr.keys().forEach(k -> add(out, k.arn(), k.tags()));
        r.buckets().stream().filter(b -> b.region().equals(region)).forEach(b -> add(out, b.arn(), b.tags()));
        return out;
    }

    private static void add(List<Tagged> out, String arn, Map<String, String> tags) {
        if (!tags.isEmpty()) {
            out.add(new Tagged(arn, tags));
        }
    }
}
