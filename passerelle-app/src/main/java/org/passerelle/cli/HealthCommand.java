package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code passerelle health}: asks a running gateway whether it is healthy, for container health
 * checks where no curl is at hand (the image has only a Java runtime). Exit 0 healthy, 1 not.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Asks a running gateway's /health whether it is up (for container health checks).",
                "Exit codes: 0 healthy, 1 unhealthy or unreachable."})
final class HealthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/health",
            description = "The gateway's health address (default: ${DEFAULT-VALUE}).")
    URI url;

    @Override
    public Integer call() throws InterruptedException {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(response.body());
            String status = body == null ? "" : body.path("status").asText("");
            spec.commandLine().getOut().println(url + ": HTTP " + response.statusCode() + (status.isEmpty() ? "" : ", " + status));
            return response.statusCode() == 200 && status.equals("ok") ? Main.OK : Main.FAILURE;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getOut().println(url + ": unreachable (" + e.getClass().getSimpleName() + ")");
            return Main.FAILURE;
        }
    }
}
