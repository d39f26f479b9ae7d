package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditQuery;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import org.passerelle.testing.PacedUpstream;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Streams that pause, stall, or lose their client. */
class StreamingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = "{\"model\": \"m\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}";

    @TempDir
    Path data;

    private GatewayConfig config(String upstream) {
        return config(upstream, 3000);
    }

    private GatewayConfig config(String upstream, int idleMillis) {
        return ConfigLoader.parse("""
                server: {stream-heartbeat-ms: 50, stream-idle-timeout-ms: %d}
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: m, provider: lab, parameters: 1}]
                """.formatted(idleMillis, data.toString().replace('\\', '/'), upstream), data);
    }

    @Test
    void a_silent_upstream_gets_heartbeat_comments_and_the_stream_still_completes() throws Exception {
        try (PacedUpstream upstream = new PacedUpstream(2, 300, -1);
             Gateway gateway = Gateway.start(config(upstream.baseUrl()), 0, Clock.systemUTC(), "test")) {
            List<String> lines = stream(gateway);

            assertThat(lines).anyMatch(line -> line.startsWith(": keep-alive"));
            assertThat(lines).contains("data: [DONE]");
            assertThat(lines.stream().filter(line -> line.startsWith("data: {")).count()).isEqualTo(3); // 2 chunks + provenance
        }
    }

    @Test
    void a_stalled_upstream_ends_with_an_idle_timeout_error_and_is_cancelled() throws Exception {
        try (PacedUpstream upstream = new PacedUpstream(10, 0, 2);
             Gateway gateway = Gateway.start(config(upstream.baseUrl(), 600), 0, Clock.systemUTC(), "test")) {
            List<String> lines = stream(gateway);

            String last = lines.stream().filter(line -> line.startsWith("data: ")).reduce((a, b) -> b).orElseThrow();
            JsonNode error = JSON.readTree(last.substring(6)).get("error");
            assertThat(error.get("code").asText()).isEqualTo("upstream_idle_timeout");
            assertThat(lines).doesNotContain("data: [DONE]");
        }
    }

    @Test
    void a_client_that_leaves_cancels_the_upstream_and_the_usage_is_still_audited() throws Exception {
        GatewayConfig config;
        try (PacedUpstream upstream = new PacedUpstream(2000, 5, -1)) {
            config = config(upstream.baseUrl());
            try (Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                String key = gateway.keys().issue(gateway.keys().createUser("frank", Role.USER), "personal").secret();
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request(gateway, key),
                        HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
                for (int events = 0; events < 3; ) {
                    String line = reader.readLine();
                    if (line != null && line.startsWith("data: ")) {
                        events++;
                    }
                }
                response.body().close(); // the client goes away mid-stream

                assertThat(upstream.cancelled().await(30, TimeUnit.SECONDS)).as("upstream call cancelled").isTrue();
            }
        }
        try (Database database = Database.open(config.storageUrl())) {
            List<AuditEvent> events = AuditQuery.find(database.jdbi(), new AuditQuery.Filter(null, null, null, null, null, 10));
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().reason()).isEqualTo("client_disconnected");
            assertThat(events.getFirst().outputTokens()).isGreaterThanOrEqualTo(3);
            assertThat(events.getFirst().energyWh()).isPositive();
        }
    }

    private List<String> stream(Gateway gateway) throws Exception {
        String key = gateway.keys().issue(gateway.keys().createUser("user" + System.nanoTime(), Role.USER), "personal").secret();
        return HttpClient.newHttpClient().send(request(gateway, key), HttpResponse.BodyHandlers.ofLines()).body().toList();
    }

    private static HttpRequest request(Gateway gateway, String key) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(REQUEST)).build();
    }
}
