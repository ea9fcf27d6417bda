package dev.vigil.cli;

import dev.vigil.collect.Permissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil permissions aws|gcp|azure}: the least-privilege IAM policy (AWS), custom role (GCP) or role
 * definition (Azure) built from the collectors' declarations.
 */
@Command(name = "permissions", mixinStandardHelpOptions = true,
        description = "Print the least-privilege policy or role the scanner needs (aws, gcp, azure).")
public final class PermissionsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "Cloud provider: aws, gcp or azure")
    String provider;

    @Option(names = "--for", defaultValue = "scanner",
            description = "scanner: the role assumed in every account; discovery: the starting identity; "
                    + "management: the starting identity when it is in the management account (discovery plus "
                    + "scanner, since that account is collected with its own credentials); azure: scanner (the "
                    + "RBAC role) or graph (the Microsoft Graph application permissions for Entra ID data).")
    String forWhom;

    @Override
    public Integer call() throws Exception {
        if ("gcp".equals(provider)) {
            System.out.println(dev.vigil.collect.gcp.GcpPermissions.customRole());
            return 0;
        }
        if ("azure".equals(provider)) {
            switch (forWhom) {
                case "scanner" -> {
                    System.out.println(dev.vigil.collect.azure.AzurePermissions.roleDefinition());
                    System.err.println("Entra ID data is read through Microsoft Graph, with application permissions "
                            + "instead of a role: vigil permissions azure --for graph");
                }
                case "graph" -> System.out.print(dev.vigil.collect.azure.AzurePermissions.graphPermissions());
                default -> throw new IllegalArgumentException("for azure, --for must be scanner (the RBAC role) or "
                        + "graph (the Microsoft Graph application permissions), got " + forWhom);
            }
            return 0;
        }
        if (!"aws".equals(provider)) {
            throw new IllegalArgumentException("unknown provider '" + provider + "' (supported: aws, gcp, azure)");
        }
        String json = switch (forWhom) {
            case "scanner" -> Permissions.scannerPolicy();
            case "discovery" -> Permissions.discoveryPolicy();
            case "management" -> Permissions.managementPolicy();
            default -> throw new IllegalArgumentException("--for must be scanner, discovery or management, got "
                    + forWhom);
        };
        System.out.println(json);
        return 0;
    }
}
