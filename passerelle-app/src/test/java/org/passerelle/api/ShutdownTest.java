package org.passerelle.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditQuery;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import org.passerelle.testing.Http;
import org.passerelle.testing.PacedUpstream;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Graceful shutdown: new requests refused, the stream in flight finished, its audit event written. */
class ShutdownTest {

    @TempDir
    Path data;

    @Test
    void closing_finishes_the_stream_in_flight_refuses_new_requests_and_flushes_the_audit() throws Exception {
        try (PacedUpstream paced = new PacedUpstream(6, 150, -1)) {
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: 'jdbc:h2:file:%s/passerelle'}
                    policy: {training: {required: false}}
                    providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                    models: [{id: small, provider: lab, parameters: 1}]
                    """.formatted(data.toString().replace('\\', '/'), paced.baseUrl()), data);
            Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test");
            int port = gateway.port();
            String key = gateway.keys().issue(gateway.keys().createUser("erin", Role.USER), "personal").secret();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/v1/chat/completions")).header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"small\", \"stream\": true, "
                            + "\"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            CompletableFuture<Void> closed = CompletableFuture.runAsync(gateway::close); // while the stream is in flight
            String body = new String(stream.body().readAllBytes(), StandardCharsets.UTF_8);
            closed.get();
            gateway.close(); // a second close (a shutdown hook after an explicit close) does nothing

            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(body).contains("\"passerelle\"").endsWith("data: [DONE]\n\n");
            assertThatThrownBy(() -> new Http(port).get("/health", null)).hasCauseInstanceOf(ConnectException.class);
            try (Database database = Database.open(config.storageUrl())) {
                List<AuditEvent> events = AuditQuery.find(database.jdbi(),
                        new AuditQuery.Filter(null, null, null, null, null, null, null, 0));
                assertThat(events).hasSize(1);
                assertThat(events.get(0).status()).isEqualTo(200);
                assertThat(events.get(0).outputTokens()).isEqualTo(6);
            }
        }
    }

    @Test
    void once_draining_no_request_gets_in_and_the_drain_ends_when_the_last_one_leaves() throws Exception {
        InFlight inFlight = new InFlight();
        assertThat(inFlight.enter()).isTrue();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> inFlight.drain(java.time.Duration.ofMinutes(1)));

        // The drain is waiting for the request in flight; a request arriving now is refused.
        while (inFlight.enter()) {
            inFlight.exit(); // not yet draining: let the drain start
            Thread.onSpinWait();
        }
        assertThat(drained).isNotDone();
        inFlight.exit();
        drained.get();
        assertThat(inFlight.enter()).isFalse();
    }
}
