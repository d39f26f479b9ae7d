package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.testing.Http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/datasets} over real HTTP: register, check, update, provenance, history, who sees what, bad input. */
class DatasetApiTest {

    @TempDir
    Path data;
    private Gateway gateway;
    private Http http;
    private String dpo;
    private String alice;
    private String bob;

    @BeforeEach
    void start() {
        gateway = Gateway.start(ConfigLoader.parse("storage: {url: 'jdbc:h2:file:%s/passerelle'}\n"
                .formatted(data.toString().replace('\\', '/')), data), 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
        dpo = gateway.keys().issue(gateway.keys().createUser("claire", Role.DPO), "personal").secret();
        alice = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
        bob = gateway.keys().issue(gateway.keys().createUser("bob", Role.USER), "personal").secret();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void a_researcher_registers_checks_and_completes_a_cohort_dataset() {
        var created = http.post("/api/datasets", alice, """
                {"name": "E3N-extract", "owner": "Dr Alice", "origin": "cohort", "personal-data": "anonymised",
                 "health-data": true, "licence": "convention E3N"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).get("health-data").asBoolean()).isTrue();

        JsonNode refused = Http.json(http.get("/api/datasets/E3N-extract/check?purpose=training&lang=en", alice));
        assertThat(refused.get("allowed").asBoolean()).isFalse();
        assertThat(refused.get("missing").get(0).get("rule").asText()).isEqualTo("cohort-investigator-agreement");
        assertThat(refused.get("missing").get(0).get("message").asText()).contains("principal investigator");
        assertThat(refused.get("missing").get(0).get("fields").get(0).asText()).isEqualTo("investigator-agreement");
        assertThat(refused.get("contact").asText()).contains("dpo@inserm.fr");

        var updated = http.post("/api/datasets/E3N-extract", alice, "{\"investigator-agreement\": \"PI letter 2026-05-12\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/datasets/E3N-extract/check", alice)).get("allowed").asBoolean()).isTrue();

        JsonNode history = Http.json(http.get("/api/datasets/E3N-extract/history", alice)).get("data");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asText()).isEqualTo("registered");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("alice");
        assertThat(history.get(1).get("fields").toString()).isEqualTo("[\"investigator-agreement\"]");
        assertThat(history.toString()).doesNotContain("PI letter");
    }

    @Test
    void users_see_their_own_datasets_and_the_dpo_sees_all() {
        http.post("/api/datasets", alice, "{\"name\": \"a\", \"owner\": \"A\", \"origin\": \"internal\", \"personal-data\": \"none\"}");
        http.post("/api/datasets", bob, "{\"name\": \"b\", \"owner\": \"B\", \"origin\": \"internal\", \"personal-data\": \"none\"}");

        JsonNode mine = Http.json(http.get("/api/datasets", alice));
        assertThat(mine.get("data")).extracting(node -> node.get("name").asText()).containsExactly("a");
        assertThat(mine.get("fields").toString()).contains("personal-data").contains("web-collection");
        assertThat(mine.get("purposes").has("training")).isTrue();
        assertThat(Http.json(http.get("/api/datasets", dpo)).get("data")).hasSize(2);
        assertThat(http.get("/api/datasets/b", alice).statusCode()).isEqualTo(404);
        assertThat(http.post("/api/datasets/b", alice, "{\"owner\": \"X\"}").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/datasets/b/check", dpo).statusCode()).isEqualTo(200);
        assertThat(http.post("/api/datasets/b", dpo, "{\"terms\": \"revu par la DPO\"}").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/datasets", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_provenance_label_is_attached_to_a_synthetic_dataset() {
        http.post("/api/datasets", alice, "{\"name\": \"synth\", \"owner\": \"A\", \"origin\": \"internal\", \"personal-data\": \"synthetic\"}");
        assertThat(Http.json(http.get("/api/datasets/synth/check", alice)).get("allowed").asBoolean()).isFalse();
        var attached = http.post("/api/datasets/synth/provenance", alice, """
                {"schema": "passerelle-provenance/1", "ai_generated": true, "kind": "synthetic", "file": "synth.csv",
                 "sha256": "%s", "model": "gaussian-copula", "date": "2026-11-29"}""".formatted("ab".repeat(32)));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(Http.json(http.get("/api/datasets/synth/check", alice)).get("allowed").asBoolean()).isTrue();
        assertThat(Http.json(http.get("/api/datasets/synth", alice)).get("provenance").get(0).get("file").asText())
                .isEqualTo("synth.csv");
        assertThat(http.post("/api/datasets/synth/provenance", alice, "{\"schema\": \"other\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void bad_input_gets_openai_shaped_errors_and_nothing_is_registered() throws IOException {
        String canary = "CANARY-91b2-unpublished-result";
        var cases = new String[][] {
                {"{\"owner\": \"A\", \"origin\": \"internal\", \"personal-data\": \"none\"}", "missing_name"},
                {"{\"name\": \"x\", \"owner\": \"A\", \"origin\": \"" + canary + "\", \"personal-data\": \"none\"}", "invalid-origin"},
                {"{\"name\": \"x\", \"owner\": \"A\", \"origin\": \"internal\"}", "missing-personal-data"},
                {"{\"name\": \"x\", \"owner\": \"A\", \"origin\": \"internal\", \"personal-data\": \"none\", \"colour\": \"red\"}", "unknown-field"},
                {"{\"name\": \"x\", \"owner\": {\"a\": 1}, \"origin\": \"internal\", \"personal-data\": \"none\"}", "invalid_type"},
                {"[1, 2", "invalid_json"},
        };
        for (String[] c : cases) {
            var response = http.post("/api/datasets", alice, c[0]);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode error = Http.json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo(c[1]);
            assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
            assertThat(response.body()).doesNotContain(canary);
        }
        assertThat(Http.json(http.get("/api/datasets", dpo)).get("data")).isEmpty();
        http.post("/api/datasets", alice, "{\"name\": \"x\", \"owner\": \"A\", \"origin\": \"internal\", \"personal-data\": \"none\"}");
        var purpose = http.get("/api/datasets/x/check?purpose=" + canary, alice);
        assertThat(purpose.statusCode()).isEqualTo(400);
        assertThat(Http.json(purpose).get("error").get("code").asText()).isEqualTo("unknown-purpose");
        assertThat(purpose.body()).doesNotContain(canary);
        assertThat(http.get("/api/datasets/nope", alice).statusCode()).isEqualTo(404);
        gateway.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(canary);
            }
        }
    }
}
