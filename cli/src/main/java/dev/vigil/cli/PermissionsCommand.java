package dev.vigil.cli;

import dev.vigil.collect.Permissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil permissions aws}: the least-privilege IAM policy built from the collectors' declarations. */
@Command(name = "permissions", mixinStandardHelpOptions = true,
        description = "Print the least-privilege IAM policy the scanner needs.")
public final class PermissionsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "Cloud provider: aws")
    String provider;

    @Option(names = "--for", defaultValue = "scanner",
            description = "scanner: the role assumed in every account; discovery: the starting identity.")
    String forWhom;

    @Override
    public Integer call() throws Exception {
        if (!"aws".equals(provider)) {
            throw new IllegalArgumentException("unknown provider '" + provider + "' (supported: aws)");
        }
        String json = switch (forWhom) {
            case "scanner" -> Permissions.scannerPolicy();
            case "discovery" -> Permissions.discoveryPolicy();
            default -> throw new IllegalArgumentException("--for must be scanner or discovery, got " + forWhom);
        };
        System.out.println(json);
        return 0;
    }
}
