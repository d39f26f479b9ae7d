package org.passerelle.cli;

import org.passerelle.api.Gateway;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.GatewayConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.PasserelleException;
import org.passerelle.upstream.embedded.GgufFile;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code passerelle serve}: runs the gateway until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the gateway: the OpenAI-compatible API, scan and footprint endpoints.",
                "With no configuration: an H2 database under ./data and a local Ollama at localhost:11434.",
                "On first start, creates an administrator and prints its API key once."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: the configuration's, 8080).")
    Integer port;

    @Option(names = "--model-file", paramLabel = "FILE.gguf",
            description = "Also serves this GGUF model in the gateway's own process (llama.cpp): a local model, no other software needed.")
    Path modelFile;

    @Option(names = "--model-id", paramLabel = "ID", description = "The name clients use for --model-file (default: the file's name).")
    String modelId;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Files.createDirectories(options.data);
        GatewayConfig configuration = options.load();
        if (modelFile != null) {
            String id = modelId != null ? modelId : modelFile.getFileName().toString().replaceFirst("(?i)\\.gguf$", "");
            GgufFile gguf = GgufFile.read(modelFile);
            configuration = configuration.withEmbeddedModel(modelFile, id, gguf);
        } else if (modelId != null) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "missing-model-file", "--model-id goes with --model-file");
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        Gateway gateway = Gateway.start(configuration, port != null ? port : configuration.port(), Clock.systemUTC(),
                VersionProvider.version());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "passerelle-shutdown"));
        String admin = null;
        if (!gateway.keys().hasUsers()) {
            try {
                admin = gateway.keys().createUser("admin", Role.ADMIN);
            } catch (PasserelleException e) {
                admin = null; // another replica, starting at the same time, created it first and printed its key
            }
        }
        if (admin != null) {
            IssuedKey key = gateway.keys().issue(admin, "personal");
            out.println("First start: administrator 'admin' created. Its API key, shown this once:");
            out.println("  " + key.secret());
            out.println("Keep it safe; './passerelle admin' manages users and keys.");
            if (configuration.policy().training().required()) {
                out.println("Training comes first: record yours before using the models, e.g.");
                out.println("  ./passerelle admin attest admin --training 'Découvrir les IA génératives' --ethics-acknowledged");
                out.println("(catalogue: http://localhost:" + (port != null ? port : configuration.port()) + "/training)");
            }
        }
        if (modelFile != null) {
            GatewayConfig.Model model = configuration.models().getLast();
            out.printf(java.util.Locale.ROOT, "Embedded model %s (%.2f B parameters, local) served in-process from %s%n", model.id(),
                    model.parameters(), modelFile);
        }
        out.println("Passerelle listening on http://localhost:" + gateway.port()
                + " (OpenAI base URL: http://localhost:" + gateway.port() + "/v1)");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
