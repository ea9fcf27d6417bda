package dev.vigil.fakecloud.org;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Generates the Secrets Manager secrets of an account's home region. Clean secrets rotate every 30 days (last rotated
 * 10 days ago), were read yesterday, are encrypted with the region's customer-managed key and have a policy that names
 * the account's own role ({@code prod/db-credentials}) or allows {@code *} within the organization only
 * ({@code prod/partner-token}); {@code new/onboarding-token}, created 5 days ago, was never read nor rotated yet. Each
 * planted secret is {@code prod/db-credentials} with one setting changed.
 */
final class SecretsGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String kmsKeyArn;
    private final List<Secret> secrets = new ArrayList<>();

    SecretsGenerator(AccountContext ctx, String region, String kmsKeyArn) {
        this.ctx = ctx;
        this.region = region;
        this.kmsKeyArn = kmsKeyArn;
    }

    List<Secret> generate() {
        secrets.add(clean("prod/db-credentials"));
        Secret partner = clean("prod/partner-token");
        secrets.add(with(partner, s -> new Secret(s.name(), s.suffix(), true, 30, s.lastRotated(), s.lastChanged(),
                s.lastAccessed(), s.created(), s.kmsKeyId(), orgPolicy(true))));
        secrets.add(with(clean("new/onboarding-token"), s -> new Secret(s.name(), s.suffix(), true, 30, null,
                ctx.daysAgo(5), null, ctx.daysAgo(5), s.kmsKeyId(), s.policy())));
        plant(Plant.SECRET_NO_ROTATION, "legacy/api-key", s -> new Secret(s.name(), s.suffix(), false, null, null,
                ctx.daysAgo(20), s.lastAccessed(), s.created(), s.kmsKeyId(), s.policy()));
        // rotation is on but has not succeeded for 120 days (the rotation function fails)
        plant(Plant.SECRET_NOT_ROTATED, "prod/stale-rotation", s -> new Secret(s.name(), s.suffix(), true, 30,
                ctx.daysAgo(120), ctx.daysAgo(120), s.lastAccessed(), s.created(), s.kmsKeyId(), s.policy()));
        plant(Plant.SECRET_UNUSED, "old/reporting-password", s -> new Secret(s.name(), s.suffix(), true, 30,
                s.lastRotated(), s.lastChanged(), ctx.daysAgo(120), s.created(), s.kmsKeyId(), s.policy()));
        plant(Plant.SECRET_PUBLIC_POLICY, "shared/open-token", s -> new Secret(s.name(), s.suffix(), true, 30,
                s.lastRotated(), s.lastChanged(), s.lastAccessed(), s.created(), s.kmsKeyId(), orgPolicy(false)));
        plant(Plant.SECRET_DEFAULT_KEY, "app/default-key", s -> new Secret(s.name(), s.suffix(), true, 30,
                s.lastRotated(), s.lastChanged(), s.lastAccessed(), s.created(), null, s.policy()));
        return secrets;
    }

    private void plant(Plant plant, String name, UnaryOperator<Secret> change) {
        if (ctx.has(plant)) {
            Secret s = change.apply(clean(name));
            secrets.add(s);
            ctx.found(plant, s.arn(region, ctx.accountId()));
        }
    }

    private static Secret with(Secret s, UnaryOperator<Secret> change) {
        return change.apply(s);
    }

    private Secret clean(String name) {
        String suffix = UUID.nameUUIDFromBytes((ctx.accountId() + name).getBytes(StandardCharsets.UTF_8)).toString()
                .substring(0, 6);
        return new Secret(name, suffix, true, 30, ctx.daysAgo(10), ctx.daysAgo(10), ctx.daysAgo(1), ctx.daysAgo(400),
                kmsKeyArn, PolicyDocuments.doc("{\"Sid\":\"app\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::" + ctx.accountId() + ":role/app\"},\"Action\":"
                        + "\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}"));
    }

    /** Reads by anyone — within the organization only ({@code aws:PrincipalOrgID}) unless {@code orgOnly} is false. */
    private String orgPolicy(boolean orgOnly) {
        String principal = ctx.index() % 2 == 0 ? "\"*\"" : "{\"AWS\":\"*\"}";
        return PolicyDocuments.doc("{\"Sid\":\"org-read\",\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\""
                + (orgOnly ? ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-"
                        + ctx.accountId().substring(0, 10) + "\"}}" : "") + "}");
    }
}
