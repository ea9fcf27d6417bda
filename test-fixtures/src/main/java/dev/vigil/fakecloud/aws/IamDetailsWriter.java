package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.IamGroup;
import dev.vigil.fakecloud.org.IamRole;
import dev.vigil.fakecloud.org.IamUser;
import dev.vigil.fakecloud.org.InlinePolicy;
import dev.vigil.fakecloud.org.ManagedPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Writes GetAccountAuthorizationDetails items in the Query XML shape; documents are URL-encoded JSON. */
final class IamDetailsWriter {
    private final XmlWriter x;

    IamDetailsWriter(XmlWriter x) {
        this.x = x;
    }

    static String encode(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    void user(IamUser u) {
        x.start("member").leaf("Path", "/").leaf("UserName", u.name()).leaf("UserId", u.id()).leaf("Arn", u.arn())
                .leaf("CreateDate", u.created());
        inline("UserPolicyList", u.inlinePolicies());
        x.start("GroupList");
        u.groups().forEach(g -> x.leaf("member", g));
        x.end();
        attached(u.attachedPolicyArns());
        x.empty("Tags").end();
    }

    void group(IamGroup g) {
        x.start("member").leaf("Path", "/").leaf("GroupName", g.name()).leaf("GroupId", g.id()).leaf("Arn", g.arn())
                .leaf("CreateDate", g.created());
        inline("GroupPolicyList", g.inlinePolicies());
        attached(g.attachedPolicyArns());
        x.end();
    }

    void role(IamRole r, String accountId, Instant profileCreated, String lastUsedRegion) {
        x.start("member").leaf("Path", r.path()).leaf("RoleName", r.name()).leaf("RoleId", r.id()).leaf("Arn", r.arn())
                .leaf("CreateDate", r.created()).leaf("AssumeRolePolicyDocument", encode(r.trustDocument()));
        x.start("InstanceProfileList");
        if (r.name().equals("app-ec2-role")) {
            x.start("member").leaf("Path", "/").leaf("InstanceProfileName", r.name())
                    .leaf("InstanceProfileId", "AIPA" + r.id().substring(4))
                    .leaf("Arn", "arn:aws:iam::" + accountId + ":instance-profile/" + r.name())
                    .leaf("CreateDate", profileCreated)
                    .start("Roles").start("member").leaf("Path", r.path()).leaf("RoleName", r.name())
                    .leaf("RoleId", r.id()).leaf("Arn", r.arn()).leaf("CreateDate", r.created())
                    .leaf("AssumeRolePolicyDocument", encode(r.trustDocument())).end().end()
                    .end();
        }
        x.end();
        inline("RolePolicyList", r.inlinePolicies());
        attached(r.attachedPolicyArns());
        x.empty("Tags");
        if (r.lastUsed() != null) {
            x.start("RoleLastUsed").leaf("LastUsedDate", r.lastUsed()).leaf("Region", lastUsedRegion).end();
        }
        x.end();
    }

    void policy(ManagedPolicy p) {
        policy(p.name(), p.id(), p.arn(), p.created(), p.document(), p.attachmentCount());
    }

    void policy(String name, String id, String arn, Instant created, String document, int attachments) {
        x.start("member").leaf("PolicyName", name).leaf("PolicyId", id).leaf("Arn", arn).leaf("Path", "/")
                .leaf("DefaultVersionId", "v1").leaf("AttachmentCount", attachments)
                .leaf("PermissionsBoundaryUsageCount", 0).leaf("IsAttachable", true).leaf("CreateDate", created)
                .leaf("UpdateDate", created)
                .start("PolicyVersionList").start("member").leaf("Document", encode(document)).leaf("VersionId", "v1")
                .leaf("IsDefaultVersion", true).leaf("CreateDate", created).end().end()
                .end();
    }

    private void inline(String list, List<InlinePolicy> policies) {
        x.start(list);
        for (InlinePolicy p : policies) {
            x.start("member").leaf("PolicyName", p.name()).leaf("PolicyDocument", encode(p.document())).end();
        }
        x.end();
    }

    private void attached(List<String> arns) {
        x.start("AttachedManagedPolicies");
        for (String arn : arns) {
            x.start("member").leaf("PolicyName", arn.substring(arn.lastIndexOf('/') + 1)).leaf("PolicyArn", arn).end();
        }
        x.end();
    }
}
