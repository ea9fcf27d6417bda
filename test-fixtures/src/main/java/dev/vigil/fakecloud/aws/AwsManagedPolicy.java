package dev.vigil.fakecloud.aws;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The AWS-managed policies the synthetic accounts attach; listed under the AWSManagedPolicy filter. */
record AwsManagedPolicy(String name, String id, String document) {
    static final Instant CREATED = Instant.parse("2015-02-06T18:39:48Z");
    static final List<AwsManagedPolicy> ALL = List.of(
            new AwsManagedPolicy("AdministratorAccess", "ANPAIWMBCKSKIEE64ZLYK",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"),
            new AwsManagedPolicy("ReadOnlyAccess", "ANPAILL3HVNFSB6DCOWYQ",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ec2:Describe*\","
                            + "\"s3:Get*\",\"s3:List*\",\"iam:Get*\",\"iam:List*\"],\"Resource\":\"*\"}]}"),
            new AwsManagedPolicy("SecurityAudit", "ANPAIX2T3QCXHR2OGGCTO",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"cloudtrail:Describe*\","
                            + "\"config:Describe*\",\"iam:GenerateCredentialReport\",\"iam:Get*\",\"iam:List*\"],"
                            + "\"Resource\":\"*\"}]}"),
            new AwsManagedPolicy("AWSSupportAccess", "ANPAJSNKQX2OW67GF4S7E",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"support:*\"],"
                            + "\"Resource\":\"*\"}]}"),
            new AwsManagedPolicy("AWSCloudShellFullAccess", "ANPAZKAPJZG4ONFSLNKJB",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"cloudshell:*\"],"
                            + "\"Resource\":\"*\"}]}"));

    String arn() {
        return "arn:aws:iam::aws:policy/" + name;
    }

    static Optional<AwsManagedPolicy> byArn(String arn) {
        return ALL.stream().filter(p -> p.arn().equals(arn)).findFirst();
    }
}
