package org.passerelle.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditLog;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;
import org.passerelle.testing.PostgresServer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running gateway (a real PostgreSQL, stopped and restarted):
 * requests are still policed and answered, their audit events wait on disk (metadata only), and
 * they are all written, in one unbroken chain, when the database is back.
 */
class DatabaseOutageTest {

    private static final String CANARY = "Canari-Outage-7Q4";

    @TempDir
    Path data;

    @Test
    void audit_events_are_spooled_durably_and_written_when_the_database_is_back() throws Exception {
        Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
                "no PostgreSQL server binaries on this machine (.ci/run installs Debian's postgresql): outage test skipped");
        try (PostgresServer postgres = PostgresServer.start(); FakeUpstream local = new FakeUpstream("ok");
             FakeUpstream cloud = new FakeUpstream("ok")) {
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: '%s'}
                    policy: {training: {required: false}, allow-external: true}
                    providers:
                      - {id: lab, type: openai, base-url: '%s', hosting: local}
                      - {id: cloud, type: openai, base-url: '%s', hosting: external}
                    models:
                      - {id: small, provider: lab, parameters: 1}
                      - {id: big, provider: cloud, parameters: 300}
                    """.formatted(postgres.jdbcUrl(), local.baseUrl(), cloud.baseUrl()), data);
            try (Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                Http http = new Http(gateway.port());
                String key = gateway.keys().issue(gateway.keys().createUser("dana", Role.USER), "personal").secret();
                assertThat(http.post("/v1/chat/completions", key, Http.chat("small", "Bonjour")).statusCode()).isEqualTo(200);
                gateway.awaitAudited(1);

                postgres.stop();
                HttpResponse<String> plain = http.post("/v1/chat/completions", key, Http.chat("big", "Bonjour " + CANARY));
                HttpResponse<String> sensitive = http.post("/v1/chat/completions", key, Http.chat("big",
                        "M. Gérard LEBRETON, né le 02/11/1949, hospitalisé pour infarctus. " + CANARY));
                for (int i = 0; i < 3; i++) {
                    assertThat(http.post("/v1/chat/completions", key, Http.chat("small", CANARY)).statusCode()).isEqualTo(200);
                }
                gateway.awaitSpooled(5);

                assertThat(plain.statusCode()).isEqualTo(200);
                assertThat(sensitive.statusCode()).isEqualTo(200); // still policed: rerouted home
                assertThat(Http.json(sensitive).get("passerelle").get("served_model").asText()).isEqualTo("small");
                assertThat(cloud.received()).hasSize(1);
                Path spool = data.resolve("spool").resolve("audit-spool.jsonl");
                assertThat(Files.readAllLines(spool)).hasSize(5);
                assertThat(Files.readString(spool)).doesNotContain(CANARY, "LEBRETON").contains("\"decision\":\"reroute\"");

                postgres.restart();
                gateway.awaitAudited(6);
                assertThat(Files.exists(spool)).isFalse();
            }
            try (var database = org.passerelle.store.Database.open(config.storageUrl())) {
                long events = database.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Long.class).one());
                assertThat(events).isEqualTo(6);
                assertThat(AuditLog.verify(database.jdbi())).isEmpty();
                long requests = database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT SUM(requests) FROM usage_counters WHERE scope = 'USER' AND period = 'DAY'").mapTo(Long.class).one());
                assertThat(requests).isEqualTo(6);
            }
        }
    }
}
