package org.passerelle.benchmarks;

import com.sun.net.httpserver.HttpServer;
import org.passerelle.api.Gateway;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.registry.Registry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load at a fixed request rate, bounded in time, loopback only: a gateway (H2, detection
 * and policy on, a trained user) in front of a fixed-latency fake upstream. Reports the rate held,
 * errors, latency percentiles per minute, and heap (after a full GC) and live threads after the
 * warm-up and at the end, so that a leak shows as a slope.
 *
 * <p>Run: {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.benchmarks.LoadHarness
 * RATE SECONDS UPSTREAM_MS} (e.g. {@code 200 600 20}: 200 requests a second for 10 minutes).
 */
public final class LoadHarness {

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int upstreamMillis = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HttpServer upstream = OverheadHarness.fakeUpstream(upstreamMillis);
        Path data = Files.createTempDirectory("passerelle-load");
        try (Gateway gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                providers: [{id: lab, type: openai, base-url: 'http://127.0.0.1:%d/v1', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1}]
                """.formatted(data.toString().replace('\\', '/'), upstream.getAddress().getPort()), data), 0,
                Clock.systemUTC(), "load")) {
            String key = gateway.keys().issue(gateway.keys().createUser("load", Role.USER), "personal").secret();
            new Registry(gateway.database().jdbi(), Clock.systemUTC())
                    .attest("load", "Découvrir les IA génératives", null, null, true, "load", 365);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                    .header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"small\", \"messages\": [{\"role\": \"user\", "
                            + "\"content\": \"" + OverheadHarness.prompt() + "\"}]}", StandardCharsets.UTF_8)).build();
            System.out.printf(Locale.ROOT, "open loop: %d requests/s for %d s, upstream %d ms, 2 KB prompts%n", rate, seconds,
                    upstreamMillis);
            runFor(http, request, rate, 30, "warm-up");
            String afterWarmUp = memory();
            System.out.println("after warm-up: " + afterWarmUp);
            int minutes = Math.max(1, seconds / 60);
            for (int minute = 1; minute <= minutes; minute++) {
                runFor(http, request, rate, Math.min(60, seconds), "minute " + minute);
            }
            System.out.println("after warm-up: " + afterWarmUp);
            System.out.println("at the end:    " + memory());
        } finally {
            upstream.stop(0);
        }
    }

    /** Sends {@code rate} requests a second for {@code seconds}, each on its own virtual thread, and reports. */
    private static void runFor(HttpClient http, HttpRequest request, int rate, int seconds, String label) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        long interval = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // pacing the open loop, not synchronising a test
                }
                sent.incrementAndGet();
                senders.submit(() -> {
                    long begun = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - begun);
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "%-10s sent %d in %.1f s (%.1f/s), errors %d, latency p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%n", label, sent.get(), elapsed, sent.get() / elapsed, errors.get(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String memory() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return String.format(Locale.ROOT, "heap used %.1f MB, live threads %d",
                memory.getHeapMemoryUsage().getUsed() / 1e6, ManagementFactory.getThreadMXBean().getThreadCount());
    }
}
