package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditLog;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.FakeUpstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Every chat request leaves one metadata-only, hash-chained audit event. */
class AuditTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void requests_are_audited_with_metadata_and_the_chain_detects_tampering() throws Exception {
        try (FakeUpstream local = new FakeUpstream("D'accord."); FakeUpstream external = new FakeUpstream("Sure.")) {
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: 'jdbc:h2:file:%s/passerelle'}
                    policy: {allow-external: true, training: {required: false}}
                    providers:
                      - {id: lab, type: openai, base-url: '%s', hosting: local}
                      - {id: cloud, type: openai, base-url: '%s', hosting: external}
                    models:
                      - {id: small, provider: lab, parameters: 1}
                      - {id: big, provider: cloud, parameters: 100}
                    """.formatted(data.toString().replace('\\', '/'), local.baseUrl(), external.baseUrl()), data);
            String user;
            String admin;
            try (Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                user = gateway.keys().issue(gateway.keys().createUser("bob", Role.USER), "personal").secret();
                admin = gateway.keys().issue(gateway.keys().createUser("dpo", Role.ADMIN), "personal").secret();
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + gateway.port();
                send(http, base, user, "{\"model\": \"big\", \"messages\": [{\"role\": \"user\", \"content\": \"Quelle est la médiane ?\"}]}");
                send(http, base, user, "{\"model\": \"big\", \"messages\": [{\"role\": \"user\", \"content\": "
                        + "\"Patient M. Jean DUPONT, né le 12/03/1961, IPP 8002741396, diabète de type 2.\"}]}");
                send(http, base, user, "{\"model\": \"nope\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");

                HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/audit"))
                        .header("Authorization", "Bearer " + user).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forbidden.statusCode()).isEqualTo(403);
            }
            // Closed: the queue is flushed. Reopen to read what the DPO would see.
            try (Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                HttpResponse<String> audit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gateway.port() + "/api/admin/audit?decision=reroute"))
                        .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(audit.body());
                assertThat(body.get("chain_intact").asBoolean()).isTrue();
                assertThat(body.get("data")).hasSize(1);
                JsonNode event = body.get("data").get(0);
                assertThat(event.get("served_model").asText()).isEqualTo("small");
                assertThat(event.get("hosting").asText()).isEqualTo("local");
                assertThat(event.get("sensitive").asBoolean()).isTrue();
                assertThat(event.at("/labels/LAST_NAME").asInt()).isEqualTo(1);
                assertThat(event.get("output_tokens").asLong()).isEqualTo(7);
                assertThat(audit.body()).doesNotContain("DUPONT", "8002741396", "médiane");
            }
            assertThat(CliRun.of("audit", "verify", "--data", data.toString()).out()).contains("intact: 3 events");

            try (Database database = Database.open(config.storageUrl())) {
                database.jdbi().useHandle(handle -> handle.execute("UPDATE audit_events SET output_tokens = 1 WHERE seq = 2"));
                assertThat(AuditLog.verify(database.jdbi())).contains(2L);
            }
            CliRun tampered = CliRun.of("audit", "verify", "--data", data.toString());
            assertThat(tampered.exitCode()).isEqualTo(1);
            assertThat(tampered.out()).contains("BROKEN at event 2");
        }
    }

    private static void send(HttpClient http, String base, String key, String body) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions")).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
