package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.testing.FakeUpstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway over real HTTP, with fake OpenAI-compatible upstreams on loopback ports. */
class GatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTER = "Corrige ce courrier : M. Gérard LEBRETON, né le 02/11/1949 (IPP 8002741396), "
            + "hospitalisé pour syndrome coronarien aigu, traitement par aspirine 75 mg.";

    @TempDir
    Path data;
    private FakeUpstream local;
    private FakeUpstream external;
    private Gateway gateway;
    private String key;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws IOException {
        local = new FakeUpstream("Voici le courrier corrigé.");
        external = new FakeUpstream("Here is the answer.");
        gateway = Gateway.start(config("reroute"), 0, Clock.systemUTC(), "test");
        key = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
    }

    @AfterEach
    void stop() {
        gateway.close();
        local.close();
        external.close();
    }

    private GatewayConfig config(String onSensitive) {
        return ConfigLoader.parse("""
                storage:
                  url: jdbc:h2:file:%s/passerelle
                policy:
                  on-sensitive: %s
                  allow-external: true
                  training: {required: false}
                providers:
                  - id: lab
                    type: openai
                    base-url: %s
                    hosting: local
                  - id: bigcloud
                    type: openai
                    base-url: %s
                    hosting: external
                models:
                  - id: small-local
                    provider: lab
                    upstream-name: upstream-name
                    parameters: 1.24
                  - id: big-external
                    provider: bigcloud
                    upstream-name: big-upstream
                    parameters: 300
                    active-parameters: 30
                """.formatted(data.toString().replace('\\', '/'), onSensitive, local.baseUrl(), external.baseUrl()), data);
    }

    @Test
    void health_answers_without_a_key() throws Exception {
        HttpResponse<String> response = get("/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void models_need_a_key_and_list_hosting_and_size() throws Exception {
        assertThat(get("/v1/models", null).statusCode()).isEqualTo(401);
        assertThat(get("/v1/models", "psk_not-a-real-key").statusCode()).isEqualTo(401);

        JsonNode models = JSON.readTree(get("/v1/models", key).body()).get("data");

        assertThat(models).hasSize(2 + 1 + org.passerelle.routing.Task.values().length);
        assertThat(models.get(0).get("id").asText()).isEqualTo("auto");
        JsonNode big = models.get(models.size() - 1);
        assertThat(big.get("hosting").asText()).isEqualTo("external");
        assertThat(big.get("parameters_billion").asDouble()).isEqualTo(300);
        assertThat(big.get("tier").asInt()).isEqualTo(3);
    }

    @Test
    void a_chat_is_forwarded_with_unknown_fields_and_answered_with_provenance_and_footprint() throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", key, """
                {"model": "big-external", "temperature": 0.2, "x_custom": {"a": 1},
                 "messages": [{"role": "user", "content": "Explain the log-rank test in two sentences."}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("Here is the answer.");
        assertThat(body.get("model").asText()).isEqualTo("big-external");
        assertThat(body.at("/passerelle/decision").asText()).isEqualTo("allow");
        assertThat(body.at("/passerelle/hosting").asText()).isEqualTo("external");
        assertThat(body.at("/passerelle/footprint/output_tokens").asLong()).isEqualTo(7);
        assertThat(body.at("/passerelle/footprint/energy_wh/mean").asDouble()).isPositive();
        assertThat(response.headers().firstValue("X-Passerelle-Model")).contains("big-external");
        assertThat(response.headers().firstValue("X-Passerelle-Energy-Wh")).isPresent();
        JsonNode sent = JSON.readTree(external.received().getFirst());
        assertThat(sent.get("model").asText()).isEqualTo("big-upstream");
        assertThat(sent.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.at("/x_custom/a").asInt()).isEqualTo(1);
    }

    @Test
    void a_sensitive_prompt_for_an_external_model_is_served_by_the_local_one_and_never_forwarded() throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", key, chat("big-external", LETTER, false));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/passerelle/decision").asText()).isEqualTo("reroute");
        assertThat(body.at("/passerelle/served_model").asText()).isEqualTo("small-local");
        assertThat(body.at("/passerelle/sensitive").asBoolean()).isTrue();
        assertThat(body.at("/passerelle/findings/LAST_NAME").asInt()).isEqualTo(1);
        assertThat(response.headers().firstValue("X-Passerelle-Hosting")).contains("local");
        assertThat(external.received()).isEmpty();
        assertThat(local.received()).hasSize(1);
    }

    @Test
    void with_on_sensitive_refuse_a_sensitive_prompt_reaches_no_upstream() throws Exception {
        gateway.close();
        gateway = Gateway.start(config("refuse"), 0, Clock.systemUTC(), "test");

        HttpResponse<String> response = post("/v1/chat/completions", key, chat("big-external", LETTER, false));

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("sensitive_data");
        assertThat(error.get("message").asText()).contains("LAST_NAME", "BIRTH_DATE", "local", "internal")
                .doesNotContain("LEBRETON", "8002741396");
        JsonNode nameFinding = error.at("/passerelle/findings").findParents("label").stream()
                .filter(item -> item.get("label").asText().equals("LAST_NAME")).findFirst().orElseThrow();
        assertThat(nameFinding.at("/locations/0/param").asText()).isEqualTo("messages[0].content");
        int start = nameFinding.at("/locations/0/start").asInt();
        int end = nameFinding.at("/locations/0/end").asInt();
        assertThat(LETTER.substring(start, end)).isEqualTo("LEBRETON");
        assertThat(error.at("/passerelle/allowed_hosting").toString()).isEqualTo("[\"local\",\"internal\"]");
        assertThat(response.body()).doesNotContain("LEBRETON");
        assertThat(external.received()).isEmpty();
        assertThat(local.received()).isEmpty();
    }

    @Test
    void a_streamed_chat_relays_each_chunk_then_provenance_then_done() throws Exception {
        HttpResponse<Stream<String>> response = http.send(request("/v1/chat/completions", key,
                chat("small-local", "Bonjour", true)), HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        List<String> events = response.body().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
        assertThat(events).hasSize(4 + 1 + 1); // four words, provenance, [DONE]
        assertThat(JSON.readTree(events.getFirst()).at("/choices/0/delta/content").asText()).isEqualTo("Voici");
        assertThat(JSON.readTree(events.getFirst()).get("model").asText()).isEqualTo("small-local");
        JsonNode provenance = JSON.readTree(events.get(4)).get("passerelle");
        assertThat(provenance.get("served_model").asText()).isEqualTo("small-local");
        assertThat(provenance.at("/footprint/output_tokens").asLong()).isEqualTo(4);
        assertThat(events.getLast()).isEqualTo("[DONE]");
    }

    @Test
    void bad_inputs_get_their_documented_errors_and_the_server_stays_healthy() throws Exception {
        record Bad(String body, int status, String code) {
        }
        List<Bad> cases = List.of(
                new Bad("{not json", 400, "invalid_json"),
                new Bad("[1, 2]", 400, "invalid_json"),
                new Bad("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "missing_model"),
                new Bad("{\"model\": 42, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "invalid_type"),
                new Bad("{\"model\": \"small-local\", \"messages\": []}", 400, "empty_messages"),
                new Bad("{\"model\": \"small-local\", \"messages\": \"hi\"}", 400, "invalid_type"),
                new Bad("{\"model\": \"small-local\", \"messages\": [{\"role\": \"user\", \"content\": 5}]}", 400, "invalid_type"),
                new Bad("{\"model\": \"small-local\", \"stream\": \"yes\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}",
                        400, "invalid_type"),
                new Bad("{\"model\": \"no-such-model\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 404,
                        "model_not_found"),
                new Bad(hugeMessages(), 400, "too_many_messages"),
                new Bad("{\"model\": \"small-local\", \"messages\": [{\"role\": \"user\", \"content\": \"" + "a".repeat(11 * 1024 * 1024)
                        + "\"}]}", 413, "request_too_large"));
        for (Bad bad : cases) {
            HttpResponse<String> response = post("/v1/chat/completions", key, bad.body());
            assertThat(response.statusCode()).as(bad.code()).isEqualTo(bad.status());
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asText()).as(bad.code()).isEqualTo(bad.code());
            assertThat(error.has("type") && error.has("param") && error.has("message")).isTrue();
        }
        byte[] invalidUtf8 = {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("invalid_encoding");
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        assertThat(local.received()).isEmpty();
    }

    @Test
    void an_unreachable_model_server_is_a_clear_503() throws Exception {
        local.close();

        HttpResponse<String> response = post("/v1/chat/completions", key, chat("small-local", "Bonjour", false));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("upstream_unreachable");
    }

    @Test
    void scan_and_footprint_endpoints_answer() throws Exception {
        JsonNode scan = JSON.readTree(post("/api/scan", key, "{\"text\": " + JSON.writeValueAsString(LETTER) + "}").body());
        assertThat(scan.get("sensitive").asBoolean()).isTrue();
        assertThat(scan.get("allowed_hosting").toString()).isEqualTo("[\"local\",\"internal\"]");

        JsonNode estimate = JSON.readTree(post("/api/footprint", key,
                "{\"provider\": \"openai\", \"model\": \"gpt-5\", \"output_tokens\": 250, \"latency_s\": 6.053268765133172, \"profile\": \"0.9\"}")
                .body());
        assertThat(estimate.at("/impacts/energy_kwh/min").asDouble()).isEqualTo(0.0003522020103459682);
    }

    @Test
    void metrics_count_requests_by_model_and_decision_without_content() throws Exception {
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        post("/v1/chat/completions", key, chat("big-external", "Bonjour " + canary, false));
        post("/v1/chat/completions", key, chat("big-external", LETTER, false));
        post("/v1/chat/completions", key, "{\"model\": \"" + canary + "\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");

        String metrics = get("/metrics", null).body();

        assertThat(metrics).contains("passerelle_requests_total{decision=\"allow\",endpoint=\"/v1/chat/completions\",model=\"big-external\"")
                .contains("decision=\"reroute\"").contains("model=\"unknown\"").contains("passerelle_energy_wh_total")
                .doesNotContain(canary);
    }

    @Test
    void no_request_content_reaches_the_disk() throws Exception {
        String[] canaries = new String[4];
        for (int i = 0; i < canaries.length; i++) {
            canaries[i] = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        }
        post("/v1/chat/completions", key, chat("big-external", "Question about " + canaries[0], false));
        post("/v1/chat/completions", key, chat("big-external", LETTER + " " + canaries[1], false));
        http.send(request("/v1/chat/completions", key, chat("small-local", canaries[2], true)), HttpResponse.BodyHandlers.ofString());
        post("/v1/chat/completions", key, "{\"model\": \"" + canaries[3] + "\", \"messages\": [{\"role\": \"user\", \"content\": \""
                + canaries[3] + "\"}]}");
        gateway.close();
        gateway = Gateway.start(config("reroute"), 0, Clock.systemUTC(), "test");

        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String canary : canaries) {
                    assertThat(content).as(file.toString()).doesNotContain(canary);
                }
            }
        }
    }

    private static String hugeMessages() {
        StringBuilder body = new StringBuilder("{\"model\": \"small-local\", \"messages\": [");
        for (int i = 0; i < 3000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"role\": \"user\", \"content\": \"x\"}");
        }
        return body.append("]}").toString();
    }

    private static String chat(String model, String text, boolean stream) throws IOException {
        return "{\"model\": \"" + model + "\", \"stream\": " + stream + ", \"messages\": [{\"role\": \"user\", \"content\": "
                + JSON.writeValueAsString(text) + "}]}";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }

    private HttpRequest request(String path, String apiKey, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder.build();
    }

    @Test
    void an_uploaded_files_name_tells_its_type() throws Exception {
        // a note that starts like an e-mail: as "notes.txt" it is read whole; sniffed, its body was lost
        byte[] note = ("From: Dr Anne Riviere <a.riviere@chu.fr>\nTo: equipe@chu.fr\nSubject: suivi\n"
                + "Mme Paulette LEBRETON, 81 ans, hospitalisée pour une pneumopathie.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> extracted = http.send(HttpRequest.newBuilder(uri("/api/extract?name=notes.txt"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(note)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(extracted.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(extracted.body());
        assertThat(body.get("text").asText()).contains("Paulette LEBRETON", "pneumopathie");
        assertThat(body.get("sensitive").asBoolean()).isTrue();
    }

    @Test
    void an_uploaded_document_is_extracted_and_scanned_without_being_kept() throws Exception {
        org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        document.createParagraph().createRun().setText(LETTER);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        document.write(bytes);
        document.close();

        HttpResponse<String> extracted = http.send(HttpRequest.newBuilder(uri("/api/extract"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(uri("/api/extract"))
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2}))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/extract"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(extracted.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(extracted.body());
        assertThat(body.get("text").asText()).contains("LEBRETON");
        assertThat(body.get("sensitive").asBoolean()).isTrue();
        assertThat(body.get("content_type").asText()).contains("wordprocessingml");
        assertThat(body.get("findings").findValuesAsText("label")).contains("LAST_NAME");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(garbage.body()).get("error").get("message").asText()).doesNotContain("LEBRETON");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("LEBRETON");
            }
        }
    }

    private HttpResponse<String> post(String path, String apiKey, String body) throws Exception {
        return http.send(request(path, apiKey, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String apiKey) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
