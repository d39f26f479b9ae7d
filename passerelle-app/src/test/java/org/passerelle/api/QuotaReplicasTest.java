package org.passerelle.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.registry.Registry;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;
import org.passerelle.testing.PostgresServer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard quotas under concurrent requests: two gateway replicas sharing one PostgreSQL admit
 * exactly the quota, never more, and count every request once; the embedded H2 path does the
 * same for one gateway.
 */
class QuotaReplicasTest {

    private static final int QUOTA = 25;
    private static final int REQUESTS = 60;

    @TempDir
    Path data;

    @Test
    void two_replicas_on_postgresql_never_exceed_a_hard_quota() throws Exception {
        Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
                "no PostgreSQL server binaries on this machine (.ci/run installs Debian's postgresql): PostgreSQL test skipped");
        try (PostgresServer postgres = PostgresServer.start(); FakeUpstream local = new FakeUpstream("ok")) {
            GatewayConfig config = config(postgres.jdbcUrl(), local);
            try (Gateway first = Gateway.start(config, 0, Clock.systemUTC(), "test");
                 Gateway second = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                exactlyTheQuotaIsServed(first, second, local);
            }
        }
    }

    @Test
    void one_gateway_on_h2_never_exceeds_a_hard_quota() throws Exception {
        try (FakeUpstream local = new FakeUpstream("ok")) {
            try (Gateway gateway = Gateway.start(config("jdbc:h2:file:" + data.toString().replace('\\', '/') + "/passerelle",
                    local), 0, Clock.systemUTC(), "test")) {
                exactlyTheQuotaIsServed(gateway, gateway, local);
            }
        }
    }

    private GatewayConfig config(String url, FakeUpstream local) {
        return ConfigLoader.parse("""
                storage: {url: '%s'}
                policy: {training: {required: false}}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1}]
                """.formatted(url, local.baseUrl()), data);
    }

    private static void exactlyTheQuotaIsServed(Gateway first, Gateway second, FakeUpstream upstream) throws Exception {
        String key = first.keys().issue(first.keys().createUser("erin", Role.USER), "personal").secret();
        Registry registry = new Registry(first.database().jdbi(), Clock.systemUTC());
        registry.createTeam("lab");
        registry.updateUser("erin", null, "lab");
        registry.setQuota(Registry.Scope.USER, "erin", Registry.Period.DAY, Registry.Metric.REQUESTS, null, (double) QUOTA);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < REQUESTS; i++) {
                Http http = new Http((i % 2 == 0 ? first : second).port());
                statuses.add(pool.submit(() -> http.post("/v1/chat/completions", key, Http.chat("small", "Bonjour")).statusCode()));
            }
            int served = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                served += code == 200 ? 1 : 0;
                refused += code == 429 ? 1 : 0;
            }
            assertThat(served).isEqualTo(QUOTA);
            assertThat(refused).isEqualTo(REQUESTS - QUOTA);
        }
        assertThat(upstream.received()).hasSize(QUOTA);
        if (first == second) {
            first.awaitAudited(REQUESTS);
        } else {
            first.awaitAudited(REQUESTS / 2); // requests alternate between the replicas
            second.awaitAudited(REQUESTS / 2);
        }
        var usage = Http.json(new Http(second.port()).get("/api/usage", key));
        assertThat(usage.get("user").get("day").get("requests").asLong()).isEqualTo(QUOTA);
        assertThat(usage.get("team").get("month").get("requests").asLong()).isEqualTo(QUOTA);
        assertThat(usage.get("user").get("day").get("tokens").asLong()).isEqualTo(QUOTA * (12 + 7));
    }
}
