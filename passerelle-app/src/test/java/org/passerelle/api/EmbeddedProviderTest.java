package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigException;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.TinyGguf;
import org.passerelle.upstream.embedded.GgufFile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider type {@code embedded}: a GGUF model run by llama.cpp inside the gateway, reached like
 * any other provider over real HTTP. A tiny random model the test writes stands in for a real one.
 */
class EmbeddedProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTER = "Patient : M. Gérard LEBRETON, né le 02/11/1949, IPP 8002741396, hospitalisé "
            + "pour syndrome coronarien aigu. Résume ce courrier.";

    @TempDir
    Path data;
    private FakeUpstream external;
    private Gateway gateway;
    private String key;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        TinyGguf.write(data.resolve("tiny.gguf"), 3);
        external = new FakeUpstream("Réponse externe.");
        Path config = Files.writeString(data.resolve("passerelle.yaml"), """
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {allow-external: true, training: {required: false}}
                providers:
                  - {id: laptop, type: embedded, model-file: tiny.gguf}
                  - {id: bigcloud, type: openai, base-url: '%s', hosting: external}
                models:
                  - {id: tiny-local, provider: laptop, parameters: 0.001, capabilities: [chat, summary]}
                  - {id: big-external, provider: bigcloud, parameters: 400, capabilities: [chat, summary]}
                """.formatted(data.toString().replace('\\', '/'), external.baseUrl()));
        gateway = Gateway.start(ConfigLoader.load(config, data), 0, Clock.systemUTC(), "test");
        key = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
    }

    @AfterEach
    void stop() {
        gateway.close();
        external.close();
    }

    private HttpRequest chat(String model, String text, boolean stream) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("model", model).put("stream", stream).put("max_tokens", 24)
                .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", text))));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void a_streamed_chat_comes_token_by_token_from_the_model_in_the_gateways_process() throws Exception {
        HttpResponse<Stream<String>> response = client.send(chat("tiny-local", "bonjour le patient", true),
                HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = response.body().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
        assertThat(events.getLast()).isEqualTo("[DONE]");
        long pieces = events.stream().filter(e -> !e.equals("[DONE]"))
                .filter(e -> e.contains("\"delta\":{\"content\"")).count();
        assertThat(pieces).isPositive();
        JsonNode provenance = events.stream().filter(e -> e.contains("\"passerelle\"")).map(this::json).findFirst().orElseThrow()
                .get("passerelle");
        assertThat(provenance.get("served_model").asText()).isEqualTo("tiny-local");
        assertThat(provenance.get("provider").asText()).isEqualTo("laptop");
        assertThat(provenance.get("hosting").asText()).isEqualTo("local");
        assertThat(response.headers().firstValue("X-Passerelle-Hosting")).contains("local");
    }

    @Test
    void a_sensitive_prompt_for_an_external_model_is_served_by_the_embedded_one() throws Exception {
        HttpResponse<String> response = client.send(chat("big-external", LETTER, false), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/passerelle/decision").asText()).isEqualTo("reroute");
        assertThat(body.at("/passerelle/served_model").asText()).isEqualTo("tiny-local");
        assertThat(body.at("/usage/completion_tokens").asInt()).isBetween(1, 24);
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(external.received()).isEmpty();
    }

    @Test
    void closing_the_gateway_frees_the_model() {
        var model = gateway.embeddedModels().getFirst();
        gateway.close();
        assertThatThrownBy(() -> model.chat(List.of(new org.passerelle.upstream.embedded.EmbeddedModel.Message("user", "x")), 4,
                null, piece -> { }, () -> false)).hasMessageContaining("closed");
    }

    @Test
    void an_embedded_provider_is_local_by_construction_and_its_file_is_checked() throws Exception {
        String head = "providers:\n  - {id: p, type: embedded, ";
        assertThatThrownBy(() -> ConfigLoader.parse(head + "model-file: tiny.gguf, hosting: external}\n", data, data))
                .isInstanceOf(ConfigException.class).hasMessageContaining("providers[0].hosting: an embedded model runs in the gateway's process");
        assertThatThrownBy(() -> ConfigLoader.parse(head + "model-file: tiny.gguf, base-url: 'http://x'}\n", data, data))
                .hasMessageContaining("providers[0].base-url: an embedded provider has no URL");
        assertThatThrownBy(() -> ConfigLoader.parse(head + "model-file: none.gguf}\n", data, data))
                .hasMessageContaining("providers[0].model-file").hasMessageContaining("no such file");
        assertThatThrownBy(() -> ConfigLoader.parse(head + "}\n", data, data)).hasMessageContaining("providers[0].model-file: required");
    }

    @Test
    void serve_model_file_adds_a_local_model_sized_from_the_file() throws Exception {
        GatewayConfig config = GatewayConfig.defaults(data).withEmbeddedModel(data.resolve("tiny.gguf"), "tiny",
                GgufFile.read(data.resolve("tiny.gguf")));
        assertThat(config.model("tiny")).hasValueSatisfying(model -> {
            assertThat(model.provider()).isEqualTo("embedded");
            assertThat(model.parameters()).isEqualTo(0.001); // under a million parameters: the footprint method's floor
            assertThat(model.contextLength()).isEqualTo(512);
        });
        assertThat(config.provider("embedded").orElseThrow().hosting().id()).isEqualTo("local");
        Path notModel = Files.writeString(data.resolve("notes.gguf"), "pas un modèle");
        CliRun bad = CliRun.of("serve", "--model-file", notModel.toString(), "--data", data.resolve("d").toString(), "--port", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not a GGUF model file");
    }

    private JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
