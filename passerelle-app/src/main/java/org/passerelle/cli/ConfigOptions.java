package org.passerelle.cli;

import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config} and {@code --data}, shared by the commands that use the gateway's configuration. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (default: $PASSERELLE_CONFIG if set, else built-in; see config/passerelle.example.yaml).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the embedded database (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path data;

    GatewayConfig load() {
        return load(System.getenv("PASSERELLE_CONFIG"));
    }

    /** @param fromEnvironment the configuration file named by the environment (containers), or null */
    GatewayConfig load(String fromEnvironment) {
        Path file = config != null ? config : fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
        return file != null ? ConfigLoader.load(file, data) : GatewayConfig.defaults(data);
    }
}
