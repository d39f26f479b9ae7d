package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditQuery;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.registry.Registry;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Statements, footprint reports, provenance labels and the DPO's export, from a known audit
 * history made of real requests through the gateway.
 */
class TransparencyTest {

    @TempDir
    Path data;
    private FakeUpstream lab;
    private FakeUpstream dsi;
    private Gateway gateway;
    private GatewayConfig config;
    private Http http;
    private String admin;
    private String alice;
    private String bob;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void start() throws Exception {
        lab = new FakeUpstream("Voici le résumé.");
        dsi = new FakeUpstream("Here is the translation.");
        config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}, tasks: {summary: {min-tier: 1}}}
                providers:
                  - {id: lab, type: openai, base-url: '%s', hosting: local}
                  - {id: dsi, type: openai, base-url: '%s', hosting: internal}
                models:
                  - {id: llama-small, provider: lab, parameters: 1.24, version: '3.2', capabilities: [chat, summary]}
                  - {id: mistral-small, provider: dsi, parameters: 24, version: '2503', capabilities: [chat, summary, translation]}
                """.formatted(data.toString().replace('\\', '/'), lab.baseUrl(), dsi.baseUrl()), data);
        gateway = Gateway.start(config, 0, Clock.systemUTC(), "1.2.3");
        http = new Http(gateway.port());
        admin = gateway.keys().issue(gateway.keys().createUser("root", Role.ADMIN), "personal").secret();
        alice = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
        bob = gateway.keys().issue(gateway.keys().createUser("bob", Role.USER), "personal").secret();
        Registry registry = new Registry(gateway.database().jdbi(), Clock.systemUTC());
        registry.createTeam("U1234");
        registry.updateUser("alice", null, "U1234");
        registry.setUserProject("bob", "PILOTE");
        assertThat(http.post("/api/admin/models/mistral-small/notes", admin, """
                {"fr": "Moins fiable sur les termes médicaux rares.", "en": "Less reliable on rare medical terms."}""")
                .statusCode()).isEqualTo(200);
        // The known history: alice, project COHORTE, three requests; bob, his default project, one.
        chat(alice, "COHORTE", "llama-small", 0.2, "Résume ce paragraphe sur la cohorte.");
        chat(alice, "COHORTE", "llama-small", 0.7, "Résume cet autre paragraphe.");
        chat(alice, "COHORTE", "mistral-small", null, "Traduis ce paragraphe en anglais.");
        chat(bob, null, "llama-small", null, "Bonjour");
        gateway.awaitAudited(4);
    }

    @AfterEach
    void stop() {
        gateway.close();
        lab.close();
        dsi.close();
    }

    private void chat(String key, String project, String model, Double temperature, String text) throws Exception {
        String body = "{\"model\": \"" + model + "\"" + (temperature == null ? "" : ", \"temperature\": " + temperature)
                + ", \"messages\": [{\"role\": \"user\", \"content\": \"" + text + "\"}]}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body));
        if (project != null) {
            request.header("X-Passerelle-Project", project);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Passerelle-Request-Id")).isPresent();
    }

    @Test
    void the_project_comes_from_the_header_or_the_default_and_is_audited() {
        List<AuditEvent> events = AuditQuery.find(gateway.database().jdbi(),
                new AuditQuery.Filter(null, null, null, null, null, null, null, 0));

        assertThat(events).extracting(event -> event.context().project()).containsExactly("COHORTE", "COHORTE", "COHORTE", "PILOTE");
        assertThat(events).extracting(event -> event.context().task())
                .containsExactly("summary", "summary", "translation", "question-answering");
        assertThat(events.get(0).context().temperature()).isEqualTo(0.2);
        assertThat(events.get(0).context().energyWhMin()).isLessThanOrEqualTo(events.get(0).energyWh());
    }

    @Test
    void a_malformed_project_is_refused() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port()
                        + "/v1/chat/completions")).header("Authorization", "Bearer " + alice)
                .header("X-Passerelle-Project", "<script>").POST(HttpRequest.BodyPublishers.ofString(
                        Http.chat("llama-small", "Bonjour"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").get("code").asText()).isEqualTo("invalid_project");
        assertThat(lab.received()).hasSize(3);
    }

    @Test
    void a_statement_in_french_and_english_as_markdown_and_docx() throws Exception {
        String french = http.get("/api/statement?project=COHORTE&from=" + today + "&to=" + today + "&lang=fr&format=md", alice).body();
        String english = http.get("/api/statement?project=COHORTE&from=" + today + "&to=" + today + "&lang=en&format=md", alice).body();

        assertThat(french).startsWith("## Utilisation de systèmes d'intelligence artificielle (SIA)")
                .contains("projet « COHORTE »", "Passerelle (version 1.2.3)", "Au total, 3 requêtes ont été adressées",
                        "| llama-small | 3.2 | 1,24 | lab | locale | 2 |", "| mistral-small | 2503 | 24 | dsi | interne à l'institut | 1 |",
                        "résumé de documents (2)", "traduction (1)", "Température d'échantillonnage de 0,2 à 0,7",
                        "valeur par défaut du modèle pour 1 requête", "méthode EcoLogits", "Wh",
                        "mistral-small : Moins fiable sur les termes médicaux rares.", "[à compléter par les auteurs")
                .doesNotContain("Bonjour", "PILOTE", "Résume ce paragraphe");
        assertThat(english).startsWith("## Use of artificial intelligence systems")
                .contains("project “COHORTE”", "In total, 3 requests were sent", "summarising documents (2)", "translation (1)",
                        "Sampling temperature from 0.2 to 0.7", "mistral-small : Less reliable on rare medical terms.",
                        "[to be completed by the authors", "| mistral-small | 2503 | 24 | dsi | institute's own servers | 1 |");

        HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port()
                        + "/api/statement?project=COHORTE&from=" + today + "&to=" + today + "&lang=en&format=docx"))
                .header("Authorization", "Bearer " + alice).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Use of artificial intelligence systems", "In total, 3 requests were sent",
                    "summarising documents (2)", "[to be completed by the authors");
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo("mistral-small");
            assertThat(document.getTables().get(0).getRow(2).getCell(4).getText()).isEqualTo("institute's own servers");
        }

    }

    @Test
    void the_command_line_writes_the_same_statement() throws Exception {
        gateway.close();
        Path out = data.resolve("statement.docx");
        CliRun cli = CliRun.of("statement", "--project", "COHORTE", "--from", today, "--to", today, "--lang", "fr",
                "--format", "docx", "--out", out.toString(), "--config", config(), "--data", data.toString());
        CliRun markdown = CliRun.of("statement", "--project", "COHORTE", "--user", "alice", "--from", today, "--to", today,
                "--config", config(), "--data", data.toString());
        CliRun noOut = CliRun.of("statement", "--from", today, "--to", today, "--format", "docx", "--config", config(),
                "--data", data.toString());
        gateway = Gateway.start(this.config, 0, Clock.systemUTC(), "1.2.3");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(out));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Utilisation de systèmes d'intelligence artificielle",
                    "Au total, 3 requêtes", "résumé de documents (2)");
        }
        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).contains("Au total, 3 requêtes");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
    }

    private String config() throws Exception {
        Path file = data.resolve("passerelle.yaml");
        Files.writeString(file, """
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                providers:
                  - {id: lab, type: openai, base-url: '%s', hosting: local}
                  - {id: dsi, type: openai, base-url: '%s', hosting: internal}
                models:
                  - {id: llama-small, provider: lab, parameters: 1.24, version: '3.2'}
                  - {id: mistral-small, provider: dsi, parameters: 24, version: '2503'}
                """.formatted(data.toString().replace('\\', '/'), lab.baseUrl(), dsi.baseUrl()));
        return file.toString();
    }

    @Test
    void a_user_statement_covers_only_their_own_requests() {
        var forbidden = http.get("/api/statement?user=bob&from=" + today + "&to=" + today, alice);
        var mine = http.get("/api/statement?from=" + today + "&to=" + today + "&lang=en", bob);
        var missingDates = http.get("/api/statement?project=COHORTE", alice);

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(mine.body()).contains("In total, 1 request was sent");
        assertThat(missingDates.statusCode()).isEqualTo(400);
        assertThat(http.get("/api/statement?from=" + today + "&to=" + today + "&lang=en", admin).body())
                .contains("In total, 4 requests were sent");
    }

    @Test
    void report_totals_equal_the_sum_of_the_audited_events() throws Exception {
        List<AuditEvent> events = AuditQuery.find(gateway.database().jdbi(),
                new AuditQuery.Filter(null, null, null, null, null, null, null, 0));
        double energy = events.stream().mapToDouble(AuditEvent::energyWh).sum();
        double gwp = events.stream().mapToDouble(AuditEvent::gwpGrams).sum();
        double energyMax = events.stream().mapToDouble(e -> e.context().energyWhMax()).sum();

        JsonNode byTeam = Http.json(http.get("/api/admin/report/footprint?by=team,user&from=" + today + "&to=" + today, admin));
        JsonNode byProject = Http.json(http.get("/api/admin/report/footprint?by=project", admin));
        String csv = http.get("/api/admin/report/footprint?by=model&format=csv", admin).body();

        assertThat(byTeam.get("total").get("requests").asLong()).isEqualTo(4);
        assertThat(byTeam.get("total").get("energy_wh").asDouble()).isCloseTo(energy, within(1e-12));
        assertThat(byTeam.get("total").get("gco2eq").asDouble()).isCloseTo(gwp, within(1e-12));
        assertThat(byTeam.get("total").get("energy_wh_max").asDouble()).isCloseTo(energyMax, within(1e-12));
        double lines = 0;
        for (JsonNode line : byTeam.get("data")) {
            lines += line.get("energy_wh").asDouble();
        }
        assertThat(lines).isCloseTo(energy, within(1e-12));
        assertThat(byTeam.get("data").get(0).get("team").asText()).isEqualTo("(no team)");
        assertThat(byTeam.get("data").get(1).get("team").asText()).isEqualTo("U1234");
        assertThat(byTeam.get("data").get(1).get("requests").asLong()).isEqualTo(3);
        assertThat(byProject.get("data").findValuesAsText("project")).containsExactly("COHORTE", "PILOTE");
        assertThat(byTeam.get("total").get("equivalent_gco2eq").get("openai/gpt-5").asDouble()).isGreaterThan(gwp);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("model,requests,output_tokens,energy_wh");
        assertThat(csv.lines().toList()).last().asString().startsWith("TOTAL,4,");
        assertThat(http.get("/api/admin/report/footprint?by=colour", admin).statusCode()).isEqualTo(400);

        gateway.close();
        Path chart = data.resolve("report.svg");
        Path out = data.resolve("report.csv");
        CliRun text = CliRun.of("report", "footprint", "--by", "user,month", "--config", config(), "--data", data.toString());
        CliRun file = CliRun.of("report", "footprint", "--by", "model", "--out", out.toString(), "--chart", chart.toString(),
                "--config", config(), "--data", data.toString());
        CliRun bad = CliRun.of("report", "footprint", "--by", "colour", "--config", config(), "--data", data.toString());
        gateway = Gateway.start(this.config, 0, Clock.systemUTC(), "1.2.3");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("alice", "bob", "TOTAL", "openai/gpt-5");
        assertThat(file.exitCode()).as(file.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(csv);
        assertThat(Files.readString(chart)).startsWith("<svg").contains("llama-small").contains("mistral-small");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown grouping 'colour'");
    }

    @Test
    void the_dpo_export_states_the_chain_and_filters_by_team_and_label() throws Exception {
        String dpo = gateway.keys().issue(gateway.keys().createUser("claire", Role.DPO), "personal").secret();

        String csv = http.get("/api/admin/audit/export?format=csv&team=U1234", dpo).body();
        JsonNode json = Http.json(http.get("/api/admin/audit/export?user=bob", dpo));

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("# audit chain: intact (4 events verified); 3 events exported");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("id,occurred_at,user_id");
        assertThat(csv).doesNotContain("Résume", "Bonjour");
        assertThat(json.get("chain").get("intact").asBoolean()).isTrue();
        assertThat(json.get("count").asInt()).isEqualTo(1);
        assertThat(json.get("events").get(0).get("project").asText()).isEqualTo("PILOTE");
        assertThat(http.get("/api/admin/audit/export", alice).statusCode()).isEqualTo(403);

        gateway.close(); // then tamper with the trail directly
        try (var database = org.passerelle.store.Database.open(config.storageUrl())) {
            database.jdbi().useHandle(handle -> handle.execute("UPDATE audit_events SET output_tokens = 999 WHERE seq = 2"));
        }
        Path out = data.resolve("audit.csv");
        CliRun export = CliRun.of("audit", "export", "--format", "csv", "--out", out.toString(), "--config", config(),
                "--data", data.toString());
        gateway = Gateway.start(this.config, 0, Clock.systemUTC(), "1.2.3");
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out).lines().findFirst().orElseThrow()).startsWith("# audit chain: BROKEN at event 2");
    }

    @Test
    void a_provenance_label_round_trips_and_detects_a_changed_file() throws Exception {
        String requestId = AuditQuery.find(gateway.database().jdbi(), new AuditQuery.Filter(null, null, null, null, null, null,
                null, 0)).get(2).id();
        gateway.close();
        Path generated = data.resolve("traduction.txt");
        Files.writeString(generated, "Here is the translation.");
        Path synthetic = data.resolve("cohorte-synthetique.csv");
        Files.writeString(synthetic, "age,sexe\n54,F\n");

        CliRun label = CliRun.of("label", generated.toString(), "--from-request", requestId, "--config", config(),
                "--data", data.toString());
        CliRun explicit = CliRun.of("label", synthetic.toString(), "--synthetic", "--model", "mistral-small",
                "--provider", "dsi", "--date", "2026-11-01");
        CliRun intact = CliRun.of("label", "--verify", generated.toString());
        Files.writeString(generated, "Here is the translation, edited.");
        CliRun changed = CliRun.of("label", "--verify", generated.toString());
        CliRun unlabelled = CliRun.of("label", "--verify", data.resolve("passerelle.yaml").toString());
        CliRun unknownRequest = CliRun.of("label", synthetic.toString(), "--from-request", "nope", "--config", config(),
                "--data", data.toString());
        CliRun noOrigin = CliRun.of("label", synthetic.toString());
        gateway = Gateway.start(this.config, 0, Clock.systemUTC(), "1.2.3");

        assertThat(label.exitCode()).as(label.err()).isZero();
        JsonNode sidecar = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                data.resolve("traduction.txt.provenance.json").toFile());
        assertThat(sidecar.get("ai_generated").asBoolean()).isTrue();
        assertThat(sidecar.get("kind").asText()).isEqualTo("ai-generated");
        assertThat(sidecar.get("model").asText()).isEqualTo("mistral-small");
        assertThat(sidecar.get("provider").asText()).isEqualTo("dsi");
        assertThat(sidecar.get("hosting").asText()).isEqualTo("internal");
        assertThat(sidecar.get("request_id").asText()).isEqualTo(requestId);
        assertThat(sidecar.get("project").asText()).isEqualTo("COHORTE");
        assertThat(sidecar.get("sha256").asText()).hasSize(64);
        assertThat(sidecar.get("gateway").asText()).startsWith("Passerelle ");
        assertThat(explicit.exitCode()).as(explicit.err()).isZero();
        assertThat(Files.readString(data.resolve("cohorte-synthetique.csv.provenance.json"))).contains("\"synthetic\"");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("matches");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("CHANGED");
        assertThat(unlabelled.exitCode()).isEqualTo(2);
        assertThat(unknownRequest.exitCode()).isEqualTo(2);
        assertThat(noOrigin.exitCode()).isEqualTo(2);
    }

    @Test
    void models_carry_their_biases_and_limits() {
        JsonNode models = Http.json(http.get("/v1/models", alice)).get("data");
        JsonNode mistral = null;
        for (JsonNode model : models) {
            if (model.get("id").asText().equals("mistral-small")) {
                mistral = model;
            }
        }

        assertThat(mistral).isNotNull();
        assertThat(mistral.get("version").asText()).isEqualTo("2503");
        assertThat(mistral.get("biases_and_limits").get("en").asText()).isEqualTo("Less reliable on rare medical terms.");
        assertThat(http.post("/api/admin/models/mistral-small/notes", alice, "{\"fr\": \"x\", \"en\": \"y\"}").statusCode())
                .isEqualTo(403);
        assertThat(http.post("/api/admin/models/mistral-small/notes", admin, "{\"fr\": \"x\"}").statusCode()).isEqualTo(400);
    }
}
