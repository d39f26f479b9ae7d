package org.passerelle.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.registry.Registry;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets in: every endpoint against anonymous callers, wrong and revoked keys, a user whose
 * training attestation expired, a user and an administrator; repeated wrong keys slowed down;
 * upstream URLs never taken from a request; and no request content in any file, log line,
 * error, metric or audit record, on success and on every error path.
 */
class SecurityTest {

    private static Path data;
    private static FakeUpstream local;
    private static FakeUpstream evil;
    private static Gateway gateway;
    private static Http http;
    private static String user;
    private static String admin;
    private static String revoked;
    private static String expired;
    private static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();
    private static PrintStream originalOut;
    private static PrintStream originalErr;

    @BeforeAll
    static void start() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        // Everything the server writes to standard output and error while it runs is kept and searched.
        PrintStream tee = new PrintStream(LOGS, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        data = Files.createTempDirectory("passerelle-security");
        local = new FakeUpstream("Réponse.");
        evil = new FakeUpstream("Should never be called.");
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                server: {max-invalid-keys-per-minute: 100000}
                policy: {allow-external: true}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1, capabilities: [chat, embedding]}]
                """.formatted(data.toString().replace('\\', '/'), local.baseUrl()), data), 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
        Registry registry = new Registry(gateway.database().jdbi(), Clock.systemUTC());
        user = gateway.keys().issue(gateway.keys().createUser("ursula", Role.USER), "personal").secret();
        admin = gateway.keys().issue(gateway.keys().createUser("adam", Role.ADMIN), "personal").secret();
        IssuedKey old = gateway.keys().issue(gateway.keys().createUser("rita", Role.USER), "personal");
        gateway.keys().revoke(old.keyId());
        revoked = old.secret();
        expired = gateway.keys().issue(gateway.keys().createUser("edgar", Role.USER), "personal").secret();
        registry.attest("ursula", "Objectif IA", null, null, true, "test", 365);
        registry.attest("adam", "Objectif IA", null, null, true, "test", 365);
        registry.attest("rita", "Objectif IA", null, null, true, "test", 365);
        LocalDate longAgo = LocalDate.now().minusYears(3);
        registry.attest("edgar", "Objectif IA", longAgo, longAgo.plusYears(1), true, "test", 365);
    }

    @AfterAll
    static void stop() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (gateway != null) {
            gateway.close();
            local.close();
            evil.close();
        }
    }

    enum Who { ANONYMOUS, WRONG_KEY, REVOKED_KEY, EXPIRED_ATTESTATION, USER, ADMIN }

    private static final String CHAT = "{\"model\": \"small\", \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}";

    static Stream<Arguments> matrix() {
        // method, path, body, kind: model (training applies), own (any user), admin (administrators)
        List<Object[]> endpoints = List.of(
                new Object[] {"POST", "/v1/chat/completions", CHAT, "model"},
                new Object[] {"POST", "/v1/completions", "{\"model\": \"small\", \"prompt\": \"Bonjour\"}", "model"},
                new Object[] {"POST", "/v1/embeddings", "{\"model\": \"small\", \"input\": \"Bonjour\"}", "model"},
                new Object[] {"GET", "/v1/models", null, "own"},
                new Object[] {"POST", "/api/scan", "{\"text\": \"Bonjour\"}", "own"},
                new Object[] {"POST", "/api/footprint", "{\"provider\": \"lab\", \"model\": \"small\", \"output_tokens\": 10}", "own"},
                new Object[] {"POST", "/api/extract", "Bonjour", "own"},
                new Object[] {"GET", "/api/me", null, "own"},
                new Object[] {"GET", "/api/usage", null, "own"},
                new Object[] {"GET", "/api/usage/history", null, "own"},
                new Object[] {"GET", "/api/statement?from=2026-01-01&to=2026-12-31", null, "own"},
                new Object[] {"GET", "/api/admin/users", null, "admin"},
                new Object[] {"GET", "/api/admin/audit", null, "admin"},
                new Object[] {"GET", "/api/admin/audit/export", null, "admin"},
                new Object[] {"POST", "/api/admin/quotas", "{}", "admin"});
        List<Arguments> cases = new ArrayList<>();
        for (Object[] endpoint : endpoints) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], endpoint[2], endpoint[3], who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {4}")
    @MethodSource("matrix")
    void every_endpoint_against_every_kind_of_caller(String method, String path, String body, String kind, Who who) {
        String key = switch (who) {
            case ANONYMOUS -> null;
            case WRONG_KEY -> "psk_" + "x".repeat(43);
            case REVOKED_KEY -> revoked;
            case EXPIRED_ATTESTATION -> expired;
            case USER -> user;
            case ADMIN -> admin;
        };
        HttpResponse<String> response = method.equals("GET") ? http.get(path, key) : http.post(path, key, body);
        int status = response.statusCode();
        String code = status >= 400 ? Http.json(response).path("error").path("code").asText() : "";

        switch (who) {
            case ANONYMOUS, WRONG_KEY, REVOKED_KEY -> assertThat(status).isEqualTo(401);
            case EXPIRED_ATTESTATION -> {
                if (kind.equals("model")) {
                    assertThat(status).isEqualTo(403);
                    assertThat(code).isEqualTo("training_required");
                } else if (kind.equals("admin")) {
                    assertThat(status).isEqualTo(403);
                } else {
                    assertThat(status).isEqualTo(200);
                }
            }
            case USER -> assertThat(status).isEqualTo(kind.equals("admin") ? 403 : 200);
            case ADMIN -> assertThat(status).as(response.body()).isIn(200, 400);
        }
    }

    @Test
    void repeated_wrong_keys_from_one_address_are_slowed_down() {
        Gateway other = Gateway.start(ConfigLoader.parse("storage: {url: 'jdbc:h2:file:%s/throttle'}"
                .formatted(data.toString().replace('\\', '/')), data), 0, Clock.systemUTC(), "test");
        try {
            Http client = new Http(other.port());
            String good = other.keys().issue(other.keys().createUser("gina", Role.USER), "personal").secret();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                statuses.add(client.get("/api/me", "psk_wrong" + i).statusCode());
            }
            HttpResponse<String> slowed = client.get("/api/me", good);

            assertThat(statuses.subList(0, 20)).containsOnly(401);
            assertThat(statuses.get(20)).isEqualTo(429);
            assertThat(slowed.statusCode()).isEqualTo(429); // from the same address, even with a good key, for the window
            assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        } finally {
            other.close();
        }
    }

    @Test
    void upstream_addresses_never_come_from_the_request() {
        String body = "{\"model\": \"small\", \"base_url\": \"" + evil.baseUrl() + "\", \"api_base\": \"" + evil.baseUrl()
                + "\", \"url\": \"" + evil.baseUrl() + "/chat/completions\", \"messages\": [{\"role\": \"user\", \"content\": \"Bonjour\"}]}";
        HttpResponse<String> response = http.post("/v1/chat/completions", user, body);
        HttpResponse<String> hostHeader = http.get("/v1/models", user, "X-Forwarded-Host", "evil.example.org");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(evil.received()).isEmpty();
        assertThat(hostHeader.statusCode()).isEqualTo(200);
    }

    @Test
    void no_request_content_anywhere_on_success_or_error_paths() throws Exception {
        String canary = "Canari" + UUID.randomUUID().toString().replace("-", "");
        Path own = data.resolve("canary");
        Gateway gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                providers: [{id: lab, type: openai, base-url: '%s', hosting: local}]
                models: [{id: small, provider: lab, parameters: 1, capabilities: [chat, embedding]}]
                """.formatted(own.toString().replace('\\', '/'), local.baseUrl()), own), 0, Clock.systemUTC(), "test");
        Http http = new Http(gateway.port());
        String user = gateway.keys().issue(gateway.keys().createUser("ursula", Role.USER), "personal").secret();
        String expired = gateway.keys().issue(gateway.keys().createUser("edgar", Role.USER), "personal").secret();
        Registry registry = new Registry(gateway.database().jdbi(), Clock.systemUTC());
        registry.attest("ursula", "Objectif IA", null, null, true, "test", 365);
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            responses.add(http.post("/v1/chat/completions", user, Http.chat("small", "Bonjour " + canary)));
            responses.add(http.post("/v1/chat/completions", user, Http.chat("small", "M. Jean DUPONT, né le 01/02/1960, "
                    + "hospitalisé pour diabète. " + canary)));
            responses.add(http.post("/v1/chat/completions", user, Http.chat(canary, "Bonjour")));
            responses.add(http.post("/v1/chat/completions", user, "{\"model\": \"small\", \"messages\": \"" + canary + "\"}"));
            responses.add(http.post("/v1/chat/completions", user, "{\"model\": \"small\", " + canary));
            responses.add(http.post("/v1/chat/completions", user, "{\"model\": \"small\", \"max_tokens\": \"" + canary + "\"}"));
            responses.add(http.post("/v1/chat/completions", expired, Http.chat("small", canary)));
            responses.add(http.post("/v1/chat/completions", "psk_" + canary, Http.chat("small", canary)));
            responses.add(http.post("/v1/embeddings", user, "{\"model\": \"small\", \"input\": [\"" + canary + "\"]}"));
            responses.add(http.post("/api/scan", user, "{\"text\": \"" + canary + "\"}"));
            responses.add(http.post("/api/scan", user, "{\"text\": 12, \"" + canary + "\": 1}"));
            responses.add(http.post("/api/extract", user, canary));
            responses.add(http.post("/api/footprint", user, "{\"provider\": \"lab\", \"model\": \"" + canary
                    + "\", \"output_tokens\": 1}"));
            responses.add(http.get("/api/statement?project=" + canary + "&from=2026-01-01&to=2025-12-31", user));
            responses.add(raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                    .header("Authorization", "Bearer " + user).header("X-Passerelle-Project", "COHORTE-2026")
                    .POST(HttpRequest.BodyPublishers.ofString(Http.chat("small", canary))).build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(http.get("/metrics", null).body()).doesNotContain(canary);
        } finally {
            gateway.close(); // flushes the audit queue to the database files
        }

        for (HttpResponse<String> response : responses) {
            if (response.statusCode() >= 400) {
                assertThat(response.body()).as(response.request().uri() + " " + response.statusCode()).doesNotContain(canary);
            }
        }
        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 400, 401, 403, 404);
        // (A project name is metadata the user chooses, kept in the audit like a label; it is not sent a canary.)
        assertThat(LOGS.toString(StandardCharsets.UTF_8)).doesNotContain(canary);
        try (Stream<Path> files = Files.walk(own)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(canary);
            }
        }
    }

}
