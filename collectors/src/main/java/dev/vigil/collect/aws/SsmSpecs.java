package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.SSM;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentPermissionType;

/**
 * Systems Manager, per region: the documents the account owns (ListDocuments, {@code Owner=Self}) with who they are
 * shared with (DescribeDocumentPermission), and the service setting that blocks sharing documents publicly. Document
 * contents are never read.
 */
public final class SsmSpecs {
    private SsmSpecs() {}

    /** The setting id of "Block public sharing" for SSM documents. */
    public static final String PUBLIC_SHARING = "/ssm/documents/console/public-sharing-permission";

    public static final ResourceSpec<SsmClient> DOCUMENT = ResourceSpec.builder("aws.ssm.document", SSM)
            .list(Operation.of("ssm", "ListDocuments"),
                    c -> c.listDocumentsPaginator(r -> r.maxResults(50)
                            .filters(f -> f.key("Owner").values("Self"))).stream()
                            .flatMap(p -> p.documentIdentifiers().stream()))
            .detail(Detail.of("Permission", Operation.of("ssm", "DescribeDocumentPermission"),
                    (c, item) -> c.describeDocumentPermission(r -> r.name(Extract.text(item, "Name"))
                            .permissionType(DocumentPermissionType.SHARE)),
                    Extract.members("AccountIds", "AccountSharingInfoList")))
            .id("Name").name("Name")
            .uid(Uid.template("arn:aws:ssm:{region}:{account}:document/{id}"))
            .build();

    public static final ResourceSpec<SsmClient> SERVICE_SETTING = ResourceSpec.builder("aws.ssm.service_setting", SSM)
            .list(Operation.of("ssm", "GetServiceSetting"),
                    c -> Stream.of(c.getServiceSetting(r -> r.settingId(PUBLIC_SHARING)).serviceSetting()))
            .id("SettingId").name("SettingId")
            .uid(Uid.template("arn:aws:ssm:{region}:{account}:servicesetting{id}"))
            .build();
}
