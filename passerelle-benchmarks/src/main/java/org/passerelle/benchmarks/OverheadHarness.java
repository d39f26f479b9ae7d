package org.passerelle.benchmarks;

import com.sun.net.httpserver.HttpServer;
import org.passerelle.api.Gateway;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.upstream.Upstream;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway adds to a request's latency. A fake OpenAI-compatible upstream answers after a
 * fixed delay; the same 2 KB chat request (detection on) is sent directly to it and through the
 * gateway, alternately, open-loop at a fixed rate (requests leave on schedule whether or not the
 * previous ones are answered), bounded in count and time, on loopback only. Reports p50 and p99 of
 * both and their difference, per rate.
 *
 * <p>Run from the repository root:
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.benchmarks.OverheadHarness [rates] [requests] [upstream-ms] [in-process|own-process|bare-proxy|helidon-proxy|webclient-proxy]}
 * (defaults {@code 20,50,100 400 20 in-process}). {@code own-process} runs the gateway as it is
 * deployed, {@code passerelle serve} in a JVM of its own, instead of inside the harness's JVM where
 * it shares the virtual-thread carriers with the harness's client and the fake upstream.
 * {@code bare-proxy} measures, in place of the gateway, a proxy that does nothing but forward (the
 * JDK's HTTP server and client, as the fake upstream and the gateway's upstream client): the floor
 * that any extra hop costs on this machine. {@code helidon-proxy} does the same on the gateway's own
 * server (Helidon, set up as the gateway sets it up) and upstream client: what this stack costs
 * before the gateway does anything. {@code webclient-proxy} forwards with Helidon's own blocking
 * client instead of the JDK's (whose selector thread wakes several times a call): whether another
 * upstream client would lower that floor.
 */
public final class OverheadHarness {

    private OverheadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream((args.length > 0 ? args[0] : "20,50,100").split(",")).mapToInt(Integer::parseInt).toArray();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int upstreamMillis = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String mode = args.length > 3 ? args[3] : "in-process";
        boolean ownProcess = mode.equals("own-process");
        HttpServer upstream = fakeUpstream(upstreamMillis);
        Path data = Files.createTempDirectory("passerelle-overhead");
        String upstreamUrl = "http://127.0.0.1:" + upstream.getAddress().getPort() + "/v1";
        String yaml = """
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1}]
                """.formatted(data.toString().replace('\\', '/'), upstreamUrl);
        Process child = null;
        try (Gateway gateway = Gateway.start(ConfigLoader.parse(yaml, data), 0, Clock.systemUTC(), "bench")) {
            String key = gateway.keys().issue(gateway.keys().createUser("bench", Role.USER), "personal").secret();
            // A trained researcher, as in production: the training gate lets them through.
            new org.passerelle.registry.Registry(gateway.database().jdbi(), Clock.systemUTC())
                    .attest("bench", "Découvrir les IA génératives", null, null, true, "bench", 365);
            int port = gateway.port();
            if (ownProcess) {
                gateway.close(); // the user, key and attestation stay in the database the child opens
                Path config = Files.writeString(data.resolve("passerelle.yaml"), yaml);
                port = freePort();
                child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "org.passerelle.cli.Main", "serve",
                        "--config", config.toString(), "--data", data.toString(), "--port", Integer.toString(port))
                        .redirectErrorStream(true).redirectOutput(data.resolve("gateway.log").toFile()).start();
                awaitHealth(port, child);
            }
            HttpServer bare = null;
            io.helidon.webserver.WebServer helidon = null;
            if (mode.equals("bare-proxy")) {
                bare = bareProxy(upstreamUrl);
                port = bare.getAddress().getPort();
            } else if (mode.equals("helidon-proxy")) {
                helidon = helidonProxy(ConfigLoader.parse(yaml, data).provider("lab").orElseThrow());
                port = helidon.port();
            } else if (mode.equals("webclient-proxy")) {
                helidon = webclientProxy(upstreamUrl);
                port = helidon.port();
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            byte[] body = ("{\"model\": \"small\", \"messages\": [{\"role\": \"user\", \"content\": \"" + prompt() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest direct = HttpRequest.newBuilder(URI.create(upstreamUrl + "/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpRequest through = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                    .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            closedLoop(http, direct, through, 5000); // warm-up: the JIT compiles the hot paths of both
            Result back = closedLoop(http, direct, through, 3000);
            System.out.printf("upstream latency %d ms, 2 KB prompt, %s%n", upstreamMillis,
                    ownProcess ? "gateway in its own process (passerelle serve)" : bare != null
                            ? "a bare forwarding proxy instead of the gateway" : mode.equals("webclient-proxy")
                            ? "a forwarding proxy on the gateway's server and Helidon's client, nothing between" : helidon != null
                            ? "a forwarding proxy on the gateway's server and upstream client, nothing between"
                            : "gateway in the harness's process");
            System.out.printf("back-to-back (closed loop, 3000 pairs): direct p50 %.2f p99 %.2f ms, gateway p50 %.2f p99 %.2f ms,"
                    + " added p50 %.2f ms p99 %.2f ms, errors %d%n", back.direct(50), back.direct(99), back.through(50),
                    back.through(99), back.through(50) - back.direct(50), back.through(99) - back.direct(99), back.errors());
            System.out.printf("open loop, %d requests per rate (half direct, half through):%n", requests);
            System.out.printf("%8s %12s %12s %12s %12s %14s %14s %8s%n", "rate/s", "direct p50", "direct p99", "gateway p50",
                    "gateway p99", "added p50", "added p99", "errors");
            for (int rate : rates) {
                Result result = run(http, direct, through, rate, requests);
                System.out.printf("%8d %10.2f ms %10.2f ms %10.2f ms %10.2f ms %12.2f ms %12.2f ms %8d%n", rate,
                        result.direct(50), result.direct(99), result.through(50), result.through(99),
                        result.through(50) - result.direct(50), result.through(99) - result.direct(99), result.errors());
            }
            if (bare != null) {
                bare.stop(0);
            }
            if (helidon != null) {
                helidon.stop();
            }
        } finally {
            if (child != null) {
                child.destroy();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            upstream.stop(0);
        }
    }

    /** A proxy that only forwards: the JDK's server in, the JDK's client out, nothing in between. */
    private static HttpServer bareProxy(String upstreamUrl) throws java.io.IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(upstreamUrl + "/chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(response.statusCode(), response.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            }
        });
        server.start();
        return server;
    }

    /**
     * A proxy on the gateway's own stack that only forwards: Helidon in (as the gateway is set up),
     * the gateway's {@link Upstream} client out, no authentication, scan, policy or record.
     */
    private static io.helidon.webserver.WebServer helidonProxy(org.passerelle.config.GatewayConfig.Provider provider) {
        Upstream client = new Upstream(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30));
        return forwardingServer(request -> {
            Upstream.Response answer = client.post(provider, "/chat/completions", request);
            try (java.io.InputStream in = answer.body()) {
                return new Forwarded(answer.status(), in.readAllBytes());
            }
        });
    }

    /** A proxy on Helidon's server and Helidon's own client, nothing between. */
    private static io.helidon.webserver.WebServer webclientProxy(String upstreamUrl) {
        io.helidon.webclient.api.WebClient client = io.helidon.webclient.api.WebClient.builder()
                .baseUri(upstreamUrl).build();
        return forwardingServer(request -> {
            try (io.helidon.webclient.api.HttpClientResponse answer = client.post("/chat/completions")
                    .header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/json").submit(request);
                 java.io.InputStream in = answer.inputStream()) {
                return new Forwarded(answer.status().code(), in.readAllBytes());
            }
        });
    }

    private record Forwarded(int status, byte[] body) {
    }

    private interface Forwarder {
        Forwarded forward(byte[] request) throws java.io.IOException;
    }

    /** Helidon set up as the gateway sets it up, answering chat calls with what {@code forwarder} returns. */
    private static io.helidon.webserver.WebServer forwardingServer(Forwarder forwarder) {
        return io.helidon.webserver.WebServer.builder().port(0)
                .connectionOptions(options -> options.tcpNoDelay(true))
                .routing(routing -> routing.post("/v1/chat/completions", (request, response) -> {
                    byte[] bytes;
                    try (java.io.InputStream in = request.content().inputStream()) {
                        bytes = in.readAllBytes();
                    }
                    Forwarded answer = forwarder.forward(bytes);
                    response.status(answer.status());
                    response.header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/json");
                    response.send(answer.body());
                }))
                .build().start();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits, bounded, until the child gateway answers its health check. */
    private static void awaitHealth(int port, Process child) throws InterruptedException {
        HttpClient probe = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try {
                if (probe.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the child is still starting
            }
            Thread.sleep(100); // a harness polling a starting process, not a test synchronisation
        }
        throw new IllegalStateException("the gateway process did not become healthy within 60 s");
    }

    private record Result(double[] direct, double[] through, int errors) {
        double direct(int percentile) {
            return percentile(direct, percentile);
        }

        double through(int percentile) {
            return percentile(through, percentile);
        }

        private static double percentile(double[] sorted, int percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /** Pairs sent one after the other: what each request costs when nothing waits. */
    private static Result closedLoop(HttpClient http, HttpRequest direct, HttpRequest through, int pairs) {
        double[] directTimes = new double[pairs];
        double[] throughTimes = new double[pairs];
        int errors = 0;
        for (int i = 0; i < pairs; i++) {
            for (int side = 0; side < 2; side++) {
                long start = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = http.send(side == 0 ? direct : through, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        errors++;
                    }
                } catch (Exception e) {
                    errors++;
                }
                (side == 0 ? directTimes : throughTimes)[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(directTimes);
        Arrays.sort(throughTimes);
        return new Result(directTimes, throughTimes, errors);
    }

    private static Result run(HttpClient http, HttpRequest direct, HttpRequest through, int rate, int count)
            throws InterruptedException {
        List<Double> directTimes = new ArrayList<>();
        List<Double> throughTimes = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        long intervalNanos = 1_000_000_000L / rate;
        try (ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
             var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                boolean viaGateway = i % 2 == 1;
                scheduler.schedule(() -> senders.submit(() -> {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(viaGateway ? through : direct, HttpResponse.BodyHandlers.ofByteArray());
                        double millis = (System.nanoTime() - start) / 1e6;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            synchronized (directTimes) {
                                (viaGateway ? throughTimes : directTimes).add(millis);
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }), i * intervalNanos, TimeUnit.NANOSECONDS);
            }
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the run did not finish within its time bound");
            }
        }
        return new Result(directTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                throughTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray(), errors.get());
    }

    /** A fixed-latency OpenAI-compatible upstream. */
    static HttpServer fakeUpstream(int millis) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        byte[] answer = ("{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"small\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"Une réponse courte.\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":500,\"completion_tokens\":5,\"total_tokens\":505}}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return server;
    }

    /** About 2 KB of ordinary research text (not sensitive, so nothing is rerouted). */
    static String prompt() {
        String paragraph = "Je prépare une analyse de survie sur une cohorte publiée. Les données sont agrégées par bras "
                + "et par année, sans information individuelle. Peux-tu m'expliquer comment interpréter un rapport de "
                + "risques instantanés et son intervalle de confiance, et quand préférer un modèle de Cox stratifié ? ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 2048) {
            text.append(paragraph);
        }
        return text.substring(0, 2048);
    }
}
