package org.passerelle.cli;

import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config} and {@code --data}, shared by the commands that use the gateway's configuration. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: built-in, see config/passerelle.example.yaml).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the embedded database (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path data;

    GatewayConfig load() {
        return config != null ? ConfigLoader.load(config, data) : GatewayConfig.defaults(data);
    }
}
