package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the ECR repositories of an account's home region and its registry scanning configuration: basic
 * scanning with a scan-on-push rule for {@code app/*} in even-indexed accounts, enhanced continuous scanning of
 * {@code app/*} and {@code platform/*} in the others; clean repositories are immutable, scanned (by their own flag or by the registry rule), private and
 * expire old images; each planted repository is a clean one with one setting changed.
 */
final class EcrGenerator {
    private static final String LIFECYCLE = "{\"rules\":[{\"rulePriority\":1,\"description\":\"expire untagged\","
            + "\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\","
            + "\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}";

    private final AccountContext ctx;
    private final String region;
    private final List<EcrRepository> repositories = new ArrayList<>();

    EcrGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    EcrRegistryScanning registry() {
        return ctx.index() % 2 == 0
                ? new EcrRegistryScanning("BASIC", List.of(new EcrRegistryScanning.Rule("SCAN_ON_PUSH", List.of("app/*"))))
                : new EcrRegistryScanning("ENHANCED",
                        List.of(new EcrRegistryScanning.Rule("CONTINUOUS_SCAN", List.of("app/*", "platform/*"))));
    }

    List<EcrRepository> generate() {
        repositories.add(repo("app/api", "IMMUTABLE", false, privatePolicy(), LIFECYCLE));
        repositories.add(repo("platform/base", "IMMUTABLE", true, orgPolicy(true), LIFECYCLE));
        // under enhanced scanning (odd-indexed accounts) the repository's own flag no longer counts: it is set there
        plant(Plant.ECR_NO_SCAN_ON_PUSH, repo("tools/builder", "IMMUTABLE", ctx.index() % 2 == 1, privatePolicy(),
                LIFECYCLE));
        plant(Plant.ECR_TAGS_MUTABLE, repo("app/mutable", "MUTABLE", false, privatePolicy(), LIFECYCLE));
        plant(Plant.ECR_PUBLIC_POLICY, repo("platform/open", "IMMUTABLE", true, orgPolicy(false), LIFECYCLE));
        plant(Plant.ECR_NO_LIFECYCLE, repo("app/keep-all", "IMMUTABLE", false, privatePolicy(), null));
        return repositories;
    }

    private void plant(Plant plant, EcrRepository repository) {
        if (ctx.has(plant)) {
            repositories.add(repository);
            ctx.found(plant, repository.arn(region, ctx.accountId()));
        }
    }

    private EcrRepository repo(String name, String mutability, boolean scanOnPush, String policy, String lifecycle) {
        return new EcrRepository(name, mutability, scanOnPush, policy, lifecycle, ctx.daysAgo(90));
    }

    /** Pulls by the account's own principals and by a CI role of the management account. */
    private String privatePolicy() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"pull\",\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":[\"arn:aws:iam::" + ctx.accountId() + ":root\",\"arn:aws:iam::" + ctx.managementAccountId()
                + ":role/ci\"]},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}]}";
    }

    /** Pulls by anyone — within the organization only ({@code aws:PrincipalOrgID}) unless {@code orgOnly} is false. */
    private String orgPolicy(boolean orgOnly) {
        String principal = ctx.index() % 2 == 0 ? "\"*\"" : "{\"AWS\":\"*\"}";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"org-pull\",\"Effect\":\"Allow\",\"Principal\":"
                + principal + ",\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]"
                + (orgOnly ? ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-" + ctx.accountId().substring(0, 10)
                        + "\"}}" : "") + "}]}";
    }
}
