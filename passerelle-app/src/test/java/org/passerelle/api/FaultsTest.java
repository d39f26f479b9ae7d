package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditQuery;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import org.passerelle.detect.Recognizer;
import org.passerelle.detect.RecognizerRegistry;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;
import org.passerelle.testing.MisbehavingUpstream;
import org.passerelle.testing.MisbehavingUpstream.Mode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults over real HTTP, each from a fake model server that misbehaves on command: a clean
 * OpenAI-style error, or a failover to the next allowed model before the first byte, never a
 * half-forwarded garbage stream; the audit says what happened.
 */
class FaultsTest {

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Gateway gateway;
    private Http http;
    private String key;

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    /** A gateway whose preferred model "primary" is on {@code primaryUrl}, and, if given, a healthy "backup". */
    private void start(String primaryUrl, String backupUrl, Detector detector) {
        String backup = backupUrl == null ? "" : """
                  - {id: backup-lab, type: openai, base-url: '%s', hosting: local}
                """.formatted(backupUrl);
        String backupModel = backupUrl == null ? "" : """
                  - {id: backup, provider: backup-lab, parameters: 8}
                """;
        GatewayConfig config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                server: {stream-idle-timeout-ms: 400, stream-heartbeat-ms: 100, upstream-timeout-ms: 500}
                policy: {training: {required: false}}
                providers:
                  - {id: primary-lab, type: openai, base-url: '%s', hosting: internal}
                %smodels:
                  - {id: primary, provider: primary-lab, parameters: 8}
                %s""".formatted(data.toString().replace('\\', '/'), primaryUrl, backup, backupModel), data);
        gateway = detector == null ? Gateway.start(config, 0, Clock.systemUTC(), "test")
                : Gateway.start(config, 0, Clock.systemUTC(), "test", detector);
        http = new Http(gateway.port());
        key = gateway.keys().issue(gateway.keys().createUser("alice" + (++starts), Role.USER), "personal").secret();
    }

    private int starts;

    private static String deadUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private List<AuditEvent> audit(int expected) throws InterruptedException {
        gateway.awaitAudited(expected);
        return AuditQuery.find(gateway.database().jdbi(), new AuditQuery.Filter(null, null, null, null, null, null, null, 0));
    }

    private static String streamed(String model) {
        return "{\"model\": \"" + model + "\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}";
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ERROR", "GARBAGE", "SLOW"})
    void a_failing_model_server_fails_over_to_the_next_allowed_model(Mode mode) throws Exception {
        MisbehavingUpstream broken = keep(new MisbehavingUpstream(mode));
        FakeUpstream healthy = keep(new FakeUpstream("Réponse de secours."));
        start(broken.baseUrl(), healthy.baseUrl(), null);

        HttpResponse<String> response = http.post("/v1/chat/completions", key, Http.chat("primary", "Bonjour"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(broken.received()).isEqualTo(1);
        assertThat(healthy.received()).hasSize(1);
        JsonNode provenance = Http.json(response).get("passerelle");
        assertThat(provenance.get("served_model").asText()).isEqualTo("backup");
        assertThat(provenance.get("failover").get(0).get("model").asText()).isEqualTo("primary");
        assertThat(response.headers().firstValue("X-Passerelle-Failover").orElseThrow()).startsWith("primary:upstream_");
        AuditEvent event = audit(1).get(0);
        assertThat(event.reason()).isEqualTo("failover");
        assertThat(event.servedModel()).isEqualTo("backup");
        assertThat(event.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ERROR", "GARBAGE", "SLOW"})
    void with_no_other_model_the_client_gets_a_clean_openai_error(Mode mode) throws Exception {
        MisbehavingUpstream broken = keep(new MisbehavingUpstream(mode));
        start(broken.baseUrl(), null, null);

        HttpResponse<String> response = http.post("/v1/chat/completions", key, Http.chat("primary", "Bonjour"));

        assertThat(response.statusCode()).isIn(502, 504);
        JsonNode error = Http.json(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("upstream_error");
        assertThat(error.get("code").asText()).startsWith("upstream_");
        assertThat(response.body()).doesNotContain("502 Bad Gateway", "<html>");
        AuditEvent event = audit(1).get(0);
        assertThat(event.status()).isEqualTo(response.statusCode());
        assertThat(event.reason()).isEqualTo(error.get("code").asText());
    }

    @Test
    void a_model_server_that_is_down_fails_over_or_answers_503() throws Exception {
        FakeUpstream healthy = keep(new FakeUpstream("Réponse de secours."));
        start(deadUrl(), healthy.baseUrl(), null);
        HttpResponse<String> failedOver = http.post("/v1/chat/completions", key, Http.chat("primary", "Bonjour"));
        gateway.close();
        start(deadUrl(), null, null);
        HttpResponse<String> alone = http.post("/v1/chat/completions", key, Http.chat("primary", "Bonjour"));

        assertThat(failedOver.statusCode()).isEqualTo(200);
        assertThat(Http.json(failedOver).get("passerelle").get("failover").get(0).get("code").asText())
                .isEqualTo("upstream_unreachable");
        assertThat(alone.statusCode()).isEqualTo(503);
        assertThat(Http.json(alone).get("error").get("code").asText()).isEqualTo("upstream_unreachable");
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"GARBAGE_STREAM", "SILENT"})
    void a_stream_that_fails_before_its_first_event_fails_over_or_is_an_ordinary_error(Mode mode) throws Exception {
        MisbehavingUpstream broken = keep(new MisbehavingUpstream(mode));
        FakeUpstream healthy = keep(new FakeUpstream("Réponse de secours."));
        start(broken.baseUrl(), healthy.baseUrl(), null);
        HttpResponse<String> failedOver = http.post("/v1/chat/completions", key, streamed("primary"));
        gateway.close();
        start(broken.baseUrl(), null, null);
        HttpResponse<String> alone = http.post("/v1/chat/completions", key, streamed("primary"));

        assertThat(failedOver.statusCode()).isEqualTo(200);
        assertThat(failedOver.body()).contains("secours").contains("\"served_model\":\"backup\"").endsWith("data: [DONE]\n\n");
        assertThat(alone.statusCode()).isIn(502, 504);
        assertThat(alone.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(alone.body()).doesNotContain("\"delta\"");
    }

    @Test
    void a_stream_cut_in_the_middle_ends_with_an_error_event_and_is_audited_with_what_was_generated() throws Exception {
        MisbehavingUpstream broken = keep(new MisbehavingUpstream(Mode.CUT_STREAM));
        FakeUpstream healthy = keep(new FakeUpstream("Jamais utilisé."));
        start(broken.baseUrl(), healthy.baseUrl(), null);

        HttpResponse<String> response = http.post("/v1/chat/completions", key, streamed("primary"));

        assertThat(response.statusCode()).isEqualTo(200); // committed at the first event: no failover after that
        List<String> events = response.body().lines().filter(line -> line.startsWith("data: ")).toList();
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).contains("Début");
        assertThat(events.get(3)).contains("\"error\"").contains("upstream_stream_broken").doesNotContain("[DONE]");
        assertThat(healthy.received()).isEmpty();
        AuditEvent event = audit(1).get(0);
        assertThat(event.reason()).isEqualTo("upstream_stream_broken");
        assertThat(event.outputTokens()).isEqualTo(3);
        assertThat(event.energyWh()).isPositive();
    }

    @Test
    void a_detector_that_fails_makes_the_request_sensitive() throws Exception {
        Recognizer failing = new Recognizer() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public List<Label> labels() {
                return List.of(Label.LAST_NAME);
            }

            @Override
            public void recognize(org.passerelle.detect.Document document, List<org.passerelle.detect.Finding> out) {
                throw new IllegalStateException("injected fault");
            }
        };
        FakeUpstream local = keep(new FakeUpstream("Réponse locale."));
        FakeUpstream cloud = keep(new FakeUpstream("Réponse externe."));
        GatewayConfig config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}, allow-external: true}
                providers:
                  - {id: lab, type: openai, base-url: '%s', hosting: local}
                  - {id: cloud, type: openai, base-url: '%s', hosting: external}
                models:
                  - {id: small, provider: lab, parameters: 1}
                  - {id: big, provider: cloud, parameters: 300}
                """.formatted(data.toString().replace('\\', '/'), local.baseUrl(), cloud.baseUrl()), data);
        gateway = Gateway.start(config, 0, Clock.systemUTC(), "test", new Detector(RecognizerRegistry.of(List.of(failing))));
        http = new Http(gateway.port());
        key = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();

        HttpResponse<String> response = http.post("/v1/chat/completions", key, Http.chat("big", "Une question anodine."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(cloud.received()).isEmpty();
        assertThat(local.received()).hasSize(1);
        JsonNode provenance = Http.json(response).get("passerelle");
        assertThat(provenance.get("sensitive").asBoolean()).isTrue();
        assertThat(provenance.get("reasons").get(0).asText()).isEqualTo("DETECTION_FAILED");
    }

    @Test
    void too_many_streams_at_once_and_oversized_token_requests_are_refused() throws Exception {
        org.passerelle.testing.PacedUpstream stalling = keep(new org.passerelle.testing.PacedUpstream(5, 0, 1));
        GatewayConfig config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                server: {max-streams-per-key: 1, max-output-tokens: 4096}
                policy: {training: {required: false}}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1}]
                """.formatted(data.toString().replace('\\', '/'), stalling.baseUrl()), data);
        gateway = Gateway.start(config, 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
        key = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();

        // The first stream is open once its headers arrive (its first event was relayed); it then stalls.
        HttpResponse<java.io.InputStream> first = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(streamed("small"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<String> second = http.post("/v1/chat/completions", key, streamed("small"));
        HttpResponse<String> huge = http.post("/v1/chat/completions", key,
                "{\"model\": \"small\", \"max_tokens\": 5000, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
        HttpResponse<String> notANumber = http.post("/v1/chat/completions", key,
                "{\"model\": \"small\", \"max_completion_tokens\": \"many\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
        first.body().close();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(Http.json(second).get("error").get("code").asText()).isEqualTo("too_many_streams");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(Http.json(huge).get("error").get("code").asText()).isEqualTo("invalid_max_tokens");
        assertThat(Http.json(notANumber).get("error").get("param").asText()).isEqualTo("max_completion_tokens");
    }
}
