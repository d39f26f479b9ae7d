package org.passerelle.upstream.embedded;

import org.passerelle.config.GatewayConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration's embedded providers, each loaded and served on loopback, and the
 * configuration as the gateway then uses it: the same providers, the embedded ones reached at
 * their loopback URLs. Closing stops the servers and frees the models.
 */
public final class EmbeddedProviders implements AutoCloseable {

    private static final String NATIVE_DIRECTORY = "de.kherud.llama.tmpdir";

    private final GatewayConfig config;
    private final List<EmbeddedServer> servers;

    private EmbeddedProviders(GatewayConfig config, List<EmbeddedServer> servers) {
        this.config = config;
        this.servers = servers;
    }

    /** Loads every embedded provider's model (none: nothing happens). */
    public static EmbeddedProviders start(GatewayConfig config) {
        List<EmbeddedServer> servers = new ArrayList<>();
        List<GatewayConfig.Provider> providers = new ArrayList<>();
        if (config.providers().stream().anyMatch(p -> p.modelFile() != null) && config.dataDirectory() != null
                && System.getProperty(NATIVE_DIRECTORY) == null) {
            // The binding extracts llama.cpp's library before loading it: into the gateway's own data
            // folder rather than a shared /tmp where another user could have put a file of that name.
            java.nio.file.Path directory = config.dataDirectory().toAbsolutePath().resolve("native");
            try {
                java.nio.file.Files.createDirectories(directory);
            } catch (java.io.IOException e) {
                throw new org.passerelle.PasserelleException(org.passerelle.PasserelleException.Kind.UNAVAILABLE,
                        "native-not-extracted", directory + ": cannot be created (" + e.getClass().getSimpleName() + ")");
            }
            System.setProperty(NATIVE_DIRECTORY, directory.toString());
        }
        try {
            for (GatewayConfig.Provider provider : config.providers()) {
                if (provider.modelFile() == null) {
                    providers.add(provider);
                    continue;
                }
                String upstream = config.models().stream().filter(m -> m.provider().equals(provider.id()))
                        .map(GatewayConfig.Model::upstreamName).findFirst().orElse(provider.id());
                EmbeddedModel model = EmbeddedModel.load(provider.modelFile(), Runtime.getRuntime().availableProcessors(), 0);
                EmbeddedServer server = EmbeddedServer.start(model, upstream);
                servers.add(server);
                providers.add(provider.at(server.baseUrl()));
            }
        } catch (RuntimeException e) {
            servers.forEach(EmbeddedServer::close);
            throw e;
        }
        return new EmbeddedProviders(servers.isEmpty() ? config : config.withProviders(providers), List.copyOf(servers));
    }

    public GatewayConfig config() {
        return config;
    }

    /** The embedded models, for tests and metrics. */
    public List<EmbeddedModel> models() {
        return servers.stream().map(EmbeddedServer::model).toList();
    }

    @Override
    public void close() {
        servers.forEach(EmbeddedServer::close);
    }
}
