package org.passerelle.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.testing.FakeUpstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load in the tests: 5,000 chat requests from 64 concurrent clients through the
 * gateway to a fake upstream, with zero errors, every request audited, and no threads or
 * connections left behind. (Rates and latencies are measured by the load harness, not here.)
 */
class BoundedLoadTest {

    private static final int REQUESTS = 5_000;
    private static final int CONCURRENCY = 64;

    @TempDir
    Path data;

    @Test
    void five_thousand_requests_at_concurrency_64_without_error_or_leak() throws Exception {
        try (FakeUpstream local = new FakeUpstream("ok")) {
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: 'jdbc:h2:file:%s/passerelle'}
                    policy: {training: {required: false}}
                    providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                    models: [{id: small, provider: lab, parameters: 1}]
                    """.formatted(data.toString().replace('\\', '/'), local.baseUrl()), data);
            try (Gateway gateway = Gateway.start(config, 0, Clock.systemUTC(), "test")) {
                String key = gateway.keys().issue(gateway.keys().createUser("load", Role.USER), "personal").secret();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"small\", \"messages\": [{\"role\": \"user\", "
                                + "\"content\": \"Résume ce paragraphe sur la cohorte, sans donnée personnelle.\"}]}")).build();
                java.util.Set<String> threadsBefore = threadNames();
                long descriptorsBefore = openDescriptors();
                AtomicInteger errors = new AtomicInteger();
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                     ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
                    List<Future<?>> done = new ArrayList<>();
                    AtomicInteger next = new AtomicInteger();
                    for (int worker = 0; worker < CONCURRENCY; worker++) {
                        done.add(pool.submit(() -> {
                            while (next.getAndIncrement() < REQUESTS) {
                                try {
                                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                                    if (response.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    }
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> future : done) {
                        future.get();
                    }
                }
                gateway.awaitAudited(REQUESTS);

                assertThat(errors.get()).isZero();
                assertThat(local.received()).hasSize(REQUESTS);
                // No thread per request left behind (the load's own pool and client are closed).
                java.util.Set<String> left = threadNames();
                left.removeAll(threadsBefore);
                left.removeIf(name -> name.startsWith("pool-") || name.startsWith("HttpClient-"));
                assertThat(left).hasSizeLessThanOrEqualTo(8);
                // No connection per request left open: what stays is bounded by the concurrency (the
                // gateway's keep-alive pool to the upstream, both ends in this process, and sockets
                // the server has not reaped yet); a leak would show thousands of descriptors.
                assertThat(openDescriptors()).isLessThanOrEqualTo(descriptorsBefore + 4L * CONCURRENCY);
            }
        }
    }

    private static java.util.Set<String> threadNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(thread -> names.add(thread.getName()));
        return names;
    }

    /** Open file descriptors of this process (Linux); sockets included. */
    private static long openDescriptors() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        try (var list = Files.list(fds)) {
            return list.count();
        }
    }
}
