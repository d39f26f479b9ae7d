package org.passerelle.upstream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleException;
import org.passerelle.testing.TinyGguf;
import org.passerelle.upstream.embedded.EmbeddedModel;
import org.passerelle.upstream.embedded.GgufFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** llama.cpp in process on a tiny random model the test writes: header, loading, generation, cancellation. */
class EmbeddedModelTest {

    private static Path dir;
    private static Path file;
    private static long parameters;
    private static EmbeddedModel model;

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("passerelle-gguf");
        file = dir.resolve("tiny-random.gguf");
        parameters = TinyGguf.write(file, 1);
        model = EmbeddedModel.load(file, 1, 256);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void the_header_gives_the_architecture_context_and_parameter_count() {
        GgufFile gguf = GgufFile.read(file);
        assertThat(gguf.architecture()).isEqualTo("llama");
        assertThat(gguf.name()).isEqualTo("passerelle-test-random");
        assertThat(gguf.contextLength()).isEqualTo(512);
        assertThat(gguf.parameters()).isEqualTo(parameters).isBetween(100_000L, 200_000L);
    }

    @Test
    void a_file_that_is_not_a_model_is_a_clear_error() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "Bonjour, ceci n'est pas un modèle.");
        Path truncated = dir.resolve("truncated.gguf");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(file), 4000));
        assertThatThrownBy(() -> GgufFile.read(text)).isInstanceOf(PasserelleException.class).hasMessageContaining("not a GGUF model file");
        assertThatThrownBy(() -> GgufFile.read(truncated)).hasMessageContaining("truncated or damaged");
        assertThatThrownBy(() -> GgufFile.read(dir.resolve("none.gguf"))).hasMessageContaining("no such model file");
        assertThatThrownBy(() -> EmbeddedModel.load(text, 1, 256)).hasMessageContaining("not a GGUF model file");
    }

    @Test
    void the_loopback_endpoint_answers_only_under_its_secret_path() throws Exception {
        try (var loaded = EmbeddedModel.load(file, 1, 256); var server = org.passerelle.upstream.embedded.EmbeddedServer.start(loaded, "tiny")) {
            java.net.URI base = java.net.URI.create(server.baseUrl());
            var client = java.net.http.HttpClient.newHttpClient();
            String body = "{\"model\":\"tiny\",\"max_tokens\":4,\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
            var guessed = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/v1/chat/completions"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            var known = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/chat/completions"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(guessed.statusCode()).isEqualTo(404);
            assertThat(known.statusCode()).isEqualTo(200);
            assertThat(known.body()).contains("\"object\":\"chat.completion\"").contains("\"completion_tokens\"");
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void tokens_stream_in_and_a_generation_stops_when_its_caller_leaves() {
        List<String> pieces = new ArrayList<>();
        EmbeddedModel.Generation whole = model.chat(List.of(new EmbeddedModel.Message("user", "bonjour le patient")), 16, 0.8,
                pieces::add, () -> false);
        assertThat(whole.cancelled()).isFalse();
        assertThat(whole.promptTokens()).isPositive();
        assertThat(whole.completionTokens()).isBetween(1, 16);

        // Greedy (temperature 0): sampled, the random model now and then ends its answer right after
        // its first piece, before the caller can leave (seen once in a fresh clone's run of ./test)
        long before = model.cancellations();
        List<String> cut = new ArrayList<>();
        EmbeddedModel.Generation left = model.chat(List.of(new EmbeddedModel.Message("user", "hello data model")), 200, 0.0,
                cut::add, () -> !cut.isEmpty());
        assertThat(left.cancelled()).isTrue();
        assertThat(left.completionTokens()).isLessThan(200);
        assertThat(model.cancellations()).isEqualTo(before + 1);
    }
}
