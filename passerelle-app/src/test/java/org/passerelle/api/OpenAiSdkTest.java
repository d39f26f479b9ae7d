package org.passerelle.api;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.testing.FakeUpstream;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official OpenAI Java SDK pointed at the gateway: everything an existing client does works. */
class OpenAiSdkTest {

    @TempDir
    Path data;
    private FakeUpstream local;
    private FakeUpstream external;
    private Gateway gateway;
    private OpenAIClient client;

    @BeforeEach
    void start() throws Exception {
        local = new FakeUpstream("Bonjour depuis le modèle local.");
        external = new FakeUpstream("Hello from the cloud.");
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {on-sensitive: refuse, allow-external: true, training: {required: false}}
                providers:
                  - {id: lab, type: openai, base-url: '%s', hosting: local}
                  - {id: cloud, type: openai, base-url: '%s', hosting: external}
                models:
                  - {id: small, provider: lab, parameters: 1, capabilities: [chat, embedding]}
                  - {id: big, provider: cloud, parameters: 100}
                """.formatted(data.toString().replace('\\', '/'), local.baseUrl(), external.baseUrl()), data),
                0, Clock.systemUTC(), "test");
        String key = gateway.keys().issue(gateway.keys().createUser("carol", Role.USER), "personal").secret();
        client = OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:" + gateway.port() + "/v1").apiKey(key)
                .maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
        local.close();
        external.close();
    }

    @Test
    void chat_completion() {
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("big").addUserMessage("What is a hazard ratio?").build());

        assertThat(completion.choices().getFirst().message().content()).contains("Hello from the cloud.");
        assertThat(completion.model()).isEqualTo("big");
        assertThat(completion._additionalProperties()).containsKey("passerelle");
    }

    @Test
    void streaming_chat_completion() {
        StringBuilder text = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("small").addUserMessage("Bonjour").build())) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append)));
        }

        assertThat(text.toString()).isEqualTo("Bonjour depuis le modèle local.");
    }

    @Test
    void embeddings() {
        CreateEmbeddingResponse response = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("small").input("effet indésirable").build());

        assertThat(response.data().getFirst().embedding()).containsExactly(0.1f, -0.2f, 0.3f);
    }

    @Test
    void models() {
        List<Model> models = client.models().list().data();

        assertThat(models).extracting(Model::id).contains("auto", "auto:summary", "small", "big");
        assertThat(models).extracting(Model::id).endsWith("small", "big");
    }

    @Test
    void error_shapes_become_the_sdks_exceptions() {
        assertThatThrownBy(() -> client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("no-such-model").addUserMessage("hi").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.chat().completions().create(ChatCompletionCreateParams.builder().model("big")
                .addUserMessage("Patient M. Jean DUPONT, né le 12/03/1961, IPP 8002741396, diabète de type 2.").build()))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("sensitive");
        OpenAIClient stranger = OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:" + gateway.port() + "/v1")
                .apiKey("psk_wrong").maxRetries(0).build();
        try {
            assertThatThrownBy(() -> stranger.models().list()).isInstanceOf(UnauthorizedException.class);
        } finally {
            stranger.close();
        }
        assertThat(external.received()).isEmpty();
    }
}
