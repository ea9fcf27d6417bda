package dev.vigil.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the data flow discover → collect → snapshot → evaluate → report in the code: a stage
 * depends only on the stages before it, and collectors call only read-only cloud APIs.
 */
class ArchitectureTest {
    private static JavaClasses vigil;

    @BeforeAll
    static void importClasses() {
        vigil = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vigil");
    }

    @Test
    void snapshotModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("dev.vigil.snapshot..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vigil.collect..", "dev.vigil.evaluate..", "dev.vigil.rego..", "dev.vigil.report..",
                        "dev.vigil.cli..", "dev.vigil.fakecloud..")
                .check(vigil);
    }

    @Test
    void collectionDoesNotReachForward() {
        noClasses().that().resideInAPackage("dev.vigil.collect..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vigil.evaluate..", "dev.vigil.rego..", "dev.vigil.report..", "dev.vigil.cli..",
                        "dev.vigil.fakecloud..")
                .check(vigil);
    }

    @Test
    void regoEngineIsIndependentOfTheScanner() {
        noClasses().that().resideInAPackage("dev.vigil.rego..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vigil.collect..", "dev.vigil.evaluate..", "dev.vigil.report..", "dev.vigil.cli..",
                        "dev.vigil.snapshot..", "dev.vigil.fakecloud..")
                .check(vigil);
    }

    @Test
    void evaluationDoesNotDependOnCollectionOrReports() {
        noClasses().that().resideInAPackage("dev.vigil.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vigil.collect..", "dev.vigil.report..", "dev.vigil.cli..", "dev.vigil.fakecloud..")
                .check(vigil);
    }

    @Test
    void reportsDoNotDependOnCollection() {
        noClasses().that().resideInAPackage("dev.vigil.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.vigil.collect..", "dev.vigil.cli..", "dev.vigil.fakecloud..")
                .check(vigil);
    }

    /**
     * Azure goes through the SDK's HTTP pipeline, where the verb is data, not a method name: only ArmClient may
     * send, and it sends GET plus POST to the two query endpoints that read.
     */
    @Test
    void onlyArmClientSendsAzureRequests() {
        noClasses().that().resideInAPackage("dev.vigil.collect..")
                .and().doNotHaveFullyQualifiedName("dev.vigil.collect.azure.ArmClient")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "HttpPipeline.send", (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                call.getTargetOwner().getName().equals("com.azure.core.http.HttpPipeline")
                                        && call.getName().equals("send")))
                .check(vigil);
    }

    /** Read-only by construction: no collector calls a cloud SDK method that could change anything. */
    @Test
    void collectorsCallOnlyReadOnlyCloudApis() {
        classes().that().resideInAPackage("dev.vigil.collect..")
                .should(callOnlyReadOnlySdkOperations())
                .check(vigil);
    }

    private static final Pattern SDK_CLIENT = Pattern.compile(
            "software\\.amazon\\.awssdk\\.services\\..*(Client|AsyncClient)"
                    + "|com\\.google\\.cloud\\..*Client|com\\.azure\\.resourcemanager\\..*");
    private static final Pattern READ_ONLY = Pattern.compile(
            "(list|describe|get|generateCredentialReport|assumeRole|search|query|batchGet|lookup)[A-Za-z0-9]*"
                    + "|close|serviceName|serviceClientConfiguration|builder|create|utilities|waiter");

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaClass> callOnlyReadOnlySdkOperations() {
        return new ArchCondition<>("call only List/Describe/Get cloud SDK operations") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass item, ConditionEvents events) {
                List<JavaCodeUnitAccess<?>> accesses = new ArrayList<>(item.getCodeUnitCallsFromSelf());
                accesses.addAll(item.getCodeUnitReferencesFromSelf());
                for (JavaCodeUnitAccess<?> access : accesses) {
                    String owner = access.getTargetOwner().getName();
                    if (SDK_CLIENT.matcher(owner).matches() && !READ_ONLY.matcher(access.getName()).matches()) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()
                                + " is not a read-only cloud operation"));
                    }
                }
            }
        };
    }
}
