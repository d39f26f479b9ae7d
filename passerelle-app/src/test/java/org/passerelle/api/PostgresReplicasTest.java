package org.passerelle.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditLog;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.PostgresServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL path against a real server: the same migrations, two gateway replicas sharing
 * one database, keys issued on one accepted by the other, and concurrent requests on both
 * extending one unbroken audit chain.
 */
class PostgresReplicasTest {

    @TempDir
    Path data;

    @Test
    void two_replicas_share_keys_and_one_audit_chain() throws Exception {
        Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
                "no PostgreSQL server binaries on this machine (.ci/run installs Debian's postgresql): PostgreSQL test skipped");
        try (PostgresServer postgres = PostgresServer.start(); FakeUpstream local = new FakeUpstream("ok")) {
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: '%s'}
                    policy: {training: {required: false}}
                    providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                    models: [{id: small, provider: lab, parameters: 1}]
                    """.formatted(postgres.jdbcUrl(), local.baseUrl()), data);
            try (Gateway first = Gateway.start(config, 0, Clock.systemUTC(), "test");
                 Gateway second = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                String key = first.keys().issue(first.keys().createUser("dana", Role.USER), "personal").secret();
                HttpClient http = HttpClient.newHttpClient();
                int requests = 40;
                List<Future<Integer>> statuses = new ArrayList<>();
                try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                    for (int i = 0; i < requests; i++) {
                        int port = (i % 2 == 0 ? first : second).port();
                        statuses.add(pool.submit(() -> http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                                .header("Authorization", "Bearer " + key)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"model\": \"small\", \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}"))
                                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()));
                    }
                    for (Future<Integer> status : statuses) {
                        assertThat(status.get()).isEqualTo(200);
                    }
                }
            }
            try (Database database = Database.open(config.storageUrl())) {
                long events = database.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Long.class).one());
                assertThat(events).isEqualTo(40);
                assertThat(AuditLog.verify(database.jdbi())).isEmpty();
            }
        }
    }
}
