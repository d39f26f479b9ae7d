package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.testing.FakeOllama;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider of type {@code ollama}: its native API translated both ways, streaming included. */
class OllamaProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    private FakeOllama ollama;
    private Gateway gateway;
    private String key;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        ollama = new FakeOllama("Bonjour à vous");
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}}
                providers: [{id: laptop, type: ollama, base-url: '%s', hosting: local}]
                models:
                  - {id: llama3.2:1b, provider: laptop, parameters: 1.24, capabilities: [chat, embedding]}
                """.formatted(data.toString().replace('\\', '/'), ollama.baseUrl()), data), 0, Clock.systemUTC(), "test");
        key = gateway.keys().issue(gateway.keys().createUser("eve", Role.USER), "personal").secret();
    }

    @AfterEach
    void stop() {
        gateway.close();
        ollama.close();
    }

    @Test
    void a_chat_is_translated_to_the_native_api_and_back() throws Exception {
        JsonNode answer = JSON.readTree(post("/v1/chat/completions", """
                {"model": "llama3.2:1b", "max_tokens": 64, "temperature": 0.3, "keep_alive": "5m",
                 "messages": [{"role": "user", "content": [{"type": "text", "text": "Bonjour"}]}]}""").body());

        assertThat(answer.at("/choices/0/message/content").asText()).isEqualTo("Bonjour à vous");
        assertThat(answer.at("/usage/completion_tokens").asLong()).isEqualTo(6);
        assertThat(answer.at("/passerelle/footprint/output_tokens").asLong()).isEqualTo(6);
        JsonNode sent = JSON.readTree(ollama.received().getFirst());
        assertThat(sent.at("/options/num_predict").asInt()).isEqualTo(64);
        assertThat(sent.at("/options/temperature").asDouble()).isEqualTo(0.3);
        assertThat(sent.get("keep_alive").asText()).isEqualTo("5m");
        assertThat(sent.at("/messages/0/content").asText()).isEqualTo("Bonjour");
        assertThat(sent.get("stream").asBoolean()).isFalse();
    }

    @Test
    void an_ndjson_stream_becomes_server_sent_events() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(HttpRequest.newBuilder(uri("/v1/chat/completions"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\": \"llama3.2:1b\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofLines());

        List<String> events = response.body().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
        StringBuilder text = new StringBuilder();
        for (String event : events.subList(0, events.size() - 1)) {
            text.append(JSON.readTree(event).at("/choices/0/delta/content").asText(""));
        }
        assertThat(text.toString()).isEqualTo("Bonjour à vous ");
        assertThat(JSON.readTree(events.get(events.size() - 2)).at("/passerelle/footprint/output_tokens").asLong()).isEqualTo(11);
        assertThat(events.getLast()).isEqualTo("[DONE]");
    }

    @Test
    void embeddings_are_translated() throws Exception {
        JsonNode answer = JSON.readTree(post("/v1/embeddings", "{\"model\": \"llama3.2:1b\", \"input\": \"fièvre\"}").body());

        assertThat(answer.at("/data/0/embedding").toString()).isEqualTo("[0.5,0.25]");
        assertThat(answer.get("object").asText()).isEqualTo("list");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
