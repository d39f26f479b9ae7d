package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Profile;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Http.chat;
import static org.passerelle.testing.Http.json;

/**
 * Each rule of the policy end to end, over real HTTP, with a fake model server per provider: a
 * refused call reaches no upstream, a rerouted call reaches the allowed one, and {@code auto}
 * routes to the smallest adequate allowed model.
 */
class PolicyGatewayTest {

    @TempDir
    Path data;
    private FakeUpstream laptop;
    private FakeUpstream dsi;
    private FakeUpstream mistral;
    private FakeUpstream cloud;
    private Gateway gateway;
    private Http http;
    private String admin;
    private String alice;

    @BeforeEach
    void start() throws IOException {
        laptop = new FakeUpstream("local answer");
        dsi = new FakeUpstream("internal answer");
        mistral = new FakeUpstream("sovereign answer");
        cloud = new FakeUpstream("external answer");
        GatewayConfig config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy:
                  allow-external: true
                  tasks: {summary: {min-tier: 1}, code: {min-tier: 2}}
                providers:
                  - {id: laptop, type: openai, base-url: '%s', hosting: local}
                  - {id: dsi, type: openai, base-url: '%s', hosting: internal, pue: 1.3}
                  - {id: mistral, type: openai, base-url: '%s', hosting: sovereign}
                  - {id: bigcloud, type: openai, base-url: '%s', hosting: external}
                models:
                  - {id: tiny-local, provider: laptop, parameters: 1.2, capabilities: [chat, summary]}
                  - {id: medium-internal, provider: dsi, parameters: 24, capabilities: [chat, code, summary]}
                  - {id: large-sovereign, provider: mistral, parameters: 123, capabilities: [chat, code, summary]}
                  - {id: huge-external, provider: bigcloud, parameters: 400, capabilities: [chat, code, summary]}
                """.formatted(data.toString().replace('\\', '/'), laptop.baseUrl(), dsi.baseUrl(), mistral.baseUrl(),
                cloud.baseUrl()), data);
        gateway = Gateway.start(config, 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
        admin = gateway.keys().issue(gateway.keys().createUser("root", Role.ADMIN), "personal").secret();
        alice = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
        attest("alice");
    }

    @AfterEach
    void stop() {
        gateway.close();
        laptop.close();
        dsi.close();
        mistral.close();
        cloud.close();
    }

    private void attest(String user) {
        HttpResponse<String> response = http.post("/api/admin/attestations", admin, """
                {"user": "%s", "training": "Découvrir les IA génératives", "ethics_acknowledged": true}""".formatted(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private int received() {
        return laptop.received().size() + dsi.received().size() + mistral.received().size() + cloud.received().size();
    }

    @Test
    void an_untrained_user_gets_the_training_link_and_no_model_until_attested() {
        String bob = gateway.keys().issue(gateway.keys().createUser("bob", Role.USER), "personal").secret();

        HttpResponse<String> refused = http.post("/v1/chat/completions", bob, chat("tiny-local", "Bonjour"));

        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode error = json(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("training_required");
        assertThat(error.get("passerelle").get("training_url").asText()).isEqualTo("/training");
        assertThat(received()).isZero();
        assertThat(json(http.get("/api/me", bob)).get("training").get("valid").asBoolean()).isFalse();

        HttpResponse<String> missingAck = http.post("/api/me/attestations", bob, """
                {"training": "Objectif IA"}""");
        assertThat(missingAck.statusCode()).isEqualTo(400);
        assertThat(json(missingAck).get("error").get("code").asText()).isEqualTo("ethics-not-acknowledged");

        HttpResponse<String> attested = http.post("/api/me/attestations", bob, """
                {"training": "Objectif IA", "ethics_acknowledged": true}""");
        assertThat(attested.statusCode()).isEqualTo(201);
        assertThat(json(attested).get("recorded_by").asText()).isEqualTo("self");

        HttpResponse<String> served = http.post("/v1/chat/completions", bob, chat("tiny-local", "Bonjour"));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(laptop.received()).hasSize(1);
    }

    @Test
    void the_training_catalogue_is_served_in_french_and_english_without_a_key() {
        HttpResponse<String> french = http.get("/training", null);
        HttpResponse<String> english = http.get("/training?lang=en", null);
        HttpResponse<String> preferred = http.get("/training", null, "Accept-Language", "en-GB,en;q=0.9");

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body()).contains("Niveau débutant", "Découvrir les IA génératives",
                "https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=3189", "note éthique");
        assertThat(english.body()).contains("Beginner", "Discovering generative AI", "ethics note");
        assertThat(preferred.body()).contains("lang=\"en\"");
        assertThat(json(http.get("/api/training", null)).get("courses")).hasSize(15);
    }

    @Test
    void security_code_is_rerouted_home_and_every_code_answer_carries_the_review_notice() {
        HttpResponse<String> rerouted = http.post("/v1/chat/completions", alice,
                chat("huge-external", "Écris une fonction Python qui vérifie le mot de passe d'un utilisateur."));

        assertThat(rerouted.statusCode()).isEqualTo(200);
        assertThat(cloud.received()).isEmpty();
        assertThat(dsi.received()).hasSize(1);
        assertThat(rerouted.headers().firstValue("X-Passerelle-Decision")).contains("reroute");
        assertThat(rerouted.headers().firstValue("X-Passerelle-Notice")).contains("expert-review-required");
        JsonNode provenance = json(rerouted).get("passerelle");
        assertThat(provenance.get("reason_code").asText()).isEqualTo("sensitive_code");
        assertThat(provenance.get("notices").get(0).get("code").asText()).isEqualTo("expert_review_required");
        assertThat(json(rerouted).get("choices").get(0).get("message").get("content").asText()).isEqualTo("internal answer");

        HttpResponse<String> plainCode = http.post("/v1/chat/completions", alice,
                chat("huge-external", "Write a Python function that computes the median of a list."));
        assertThat(plainCode.statusCode()).isEqualTo(200);
        assertThat(cloud.received()).hasSize(1);
        assertThat(plainCode.headers().firstValue("X-Passerelle-Notice")).contains("expert-review-required");
    }

    @Test
    void an_automated_key_reaches_sovereign_models_only_through_a_valid_processing() {
        String bot = json(http.post("/api/admin/keys", admin, """
                {"user": "alice", "kind": "automated"}""")).get("key").asText();
        String botId = json(http.get("/api/admin/keys", admin)).get("data").get(2).get("id").asText();

        HttpResponse<String> refused = http.post("/v1/chat/completions", bot, chat("large-sovereign", "Résume ce texte."));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").get("code").asText()).isEqualTo("dpia_required");
        assertThat(mistral.received()).isEmpty();
        assertThat(http.post("/v1/chat/completions", bot, chat("tiny-local", "Résume ce texte.")).statusCode()).isEqualTo(200);

        HttpResponse<String> processing = http.post("/api/admin/processings", admin, """
                {"name": "survey-coding", "purpose": "Code free-text answers of the staff survey",
                 "dpia_reference": "DPIA-2026-014", "approved_on": "2026-01-15", "expires_on": "2099-01-15",
                 "allowed_hosting": ["sovereign"], "allowed_providers": ["mistral"]}""");
        assertThat(processing.statusCode()).as(processing.body()).isEqualTo(201);
        assertThat(http.post("/api/admin/keys/" + botId + "/processing", admin, """
                {"processing": "survey-coding"}""").statusCode()).isEqualTo(200);

        HttpResponse<String> served = http.post("/v1/chat/completions", bot, chat("large-sovereign", "Résume ce texte."));
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        assertThat(mistral.received()).hasSize(1);
        HttpResponse<String> notCovered = http.post("/v1/chat/completions", bot, chat("huge-external", "Résume ce texte."));
        assertThat(json(notCovered).get("error").get("code").asText()).isEqualTo("dpia_required");
        assertThat(cloud.received()).isEmpty();
    }

    @Test
    void auto_is_served_by_the_smallest_adequate_allowed_model_with_its_own_footprint() {
        HttpResponse<String> summary = http.post("/v1/chat/completions", alice, chat("auto", "Résume ce paragraphe en deux lignes."));
        HttpResponse<String> code = http.post("/v1/chat/completions", alice, chat("auto", "Écris une fonction R qui calcule un IC à 95 %."));

        assertThat(summary.statusCode()).isEqualTo(200);
        JsonNode summaryProvenance = json(summary).get("passerelle");
        assertThat(summaryProvenance.get("served_model").asText()).isEqualTo("tiny-local");
        assertThat(summaryProvenance.get("task").asText()).isEqualTo("summary");
        assertThat(summaryProvenance.get("requested_model").asText()).isEqualTo("auto");
        assertThat(laptop.received()).hasSize(1);
        JsonNode codeProvenance = json(code).get("passerelle");
        assertThat(codeProvenance.get("served_model").asText()).isEqualTo("medium-internal"); // tier 2 with the code capability
        assertThat(dsi.received()).hasSize(1);
        assertThat(cloud.received()).isEmpty();
        assertThat(mistral.received()).isEmpty();

        // The footprint is the served model's: the fake upstream reports 7 completion tokens.
        Estimate expected = Gateway.footprint(configOf()).estimate(new EstimateRequest("laptop", "tiny-local", 7,
                summaryProvenance.get("footprint").get("latency_s").asDouble(), null, Profile.V0_10, null));
        double energy = ((Estimate.Computed) expected).impacts().energy().mean() * 1000;
        assertThat(summaryProvenance.get("footprint").get("energy_wh").get("mean").asDouble()).isCloseTo(energy,
                org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    private GatewayConfig configOf() {
        return ConfigLoader.parse("""
                providers: [{id: laptop, type: openai, base-url: 'http://127.0.0.1:1/v1', hosting: local}]
                models: [{id: tiny-local, provider: laptop, parameters: 1.2}]
                """, data);
    }

    @Test
    void a_sensitive_auto_request_only_considers_local_and_internal_models() {
        HttpResponse<String> response = http.post("/v1/chat/completions", alice, chat("auto:question-answering",
                "Que penser du traitement de M. Gérard LEBRETON, né le 02/11/1949, hospitalisé pour infarctus ?"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("passerelle").get("hosting").asText()).isIn("local", "internal");
        assertThat(json(response).get("passerelle").get("sensitive").asBoolean()).isTrue();
        assertThat(mistral.received()).isEmpty();
        assertThat(cloud.received()).isEmpty();
    }

    @Test
    void an_oversized_model_gets_a_suggestion_and_tabular_prediction_a_hint() {
        HttpResponse<String> response = http.post("/v1/chat/completions", alice,
                chat("huge-external", "Résume ce tableau et prédis la colonne réadmission à partir des autres colonnes."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(cloud.received()).hasSize(1);
        assertThat(response.headers().firstValue("X-Passerelle-Suggestion")).contains("tiny-local");
        assertThat(response.headers().firstValue("X-Passerelle-Hint")).contains("classical-machine-learning");
        JsonNode suggestion = json(response).get("passerelle").get("suggestion");
        assertThat(suggestion.get("model").asText()).isEqualTo("tiny-local");
        assertThat(suggestion.get("saving_wh").asDouble()).isPositive();
        assertThat(suggestion.get("saving_gco2eq").asDouble()).isPositive();
        assertThat(json(response).get("passerelle").get("notices").get(0).get("code").asText())
                .isEqualTo("classical_machine_learning");
    }

    @Test
    void external_models_disappear_when_the_policy_turns_them_off() throws IOException {
        gateway.close();
        GatewayConfig config = ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                providers:
                  - {id: laptop, type: openai, base-url: '%s', hosting: local}
                  - {id: bigcloud, type: openai, base-url: '%s', hosting: external}
                  - {id: mistral, type: openai, base-url: '%s', hosting: sovereign, enabled: false}
                models:
                  - {id: tiny-local, provider: laptop, parameters: 1.2}
                  - {id: huge-external, provider: bigcloud, parameters: 400}
                  - {id: large-sovereign, provider: mistral, parameters: 123}
                """.formatted(data.toString().replace('\\', '/'), laptop.baseUrl(), cloud.baseUrl(), mistral.baseUrl()), data);
        gateway = Gateway.start(config, 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());

        HttpResponse<String> refused = http.post("/v1/chat/completions", alice, chat("huge-external", "Bonjour"));
        HttpResponse<String> disabled = http.post("/v1/chat/completions", alice, chat("large-sovereign", "Bonjour"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").get("code").asText()).isEqualTo("external_disabled");
        assertThat(json(disabled).get("error").get("code").asText()).isEqualTo("provider_disabled");
        assertThat(cloud.received()).isEmpty();
        assertThat(mistral.received()).isEmpty();
        assertThat(json(http.get("/v1/models", alice)).findValuesAsText("id")).contains("tiny-local")
                .doesNotContain("huge-external", "large-sovereign");
    }

    @Test
    void a_paid_subscription_to_an_external_platform_serves_only_when_explicitly_allowed() throws IOException {
        for (boolean listed : new boolean[] {false, true}) {
            gateway.close();
            GatewayConfig config = ConfigLoader.parse("""
                    storage: {url: 'jdbc:h2:file:%s/passerelle'}
                    policy: {allow-external: true, allow-paid-subscriptions: %s}
                    providers:
                      - {id: bigcloud, type: openai, base-url: '%s', hosting: external, paid-subscription: true}
                    models:
                      - {id: huge-external, provider: bigcloud, parameters: 400}
                    """.formatted(data.toString().replace('\\', '/'), listed ? "[bigcloud]" : "[]", cloud.baseUrl()), data);
            gateway = Gateway.start(config, 0, Clock.systemUTC(), "test");
            http = new Http(gateway.port());

            HttpResponse<String> response = http.post("/v1/chat/completions", alice, chat("huge-external", "Bonjour"));

            if (listed) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(cloud.received()).hasSize(1);
            } else {
                assertThat(json(response).get("error").get("code").asText()).isEqualTo("paid_subscription_not_allowed");
                assertThat(cloud.received()).isEmpty();
            }
        }
    }

    @Test
    void soft_limits_warn_and_hard_quotas_refuse_with_when_they_reset() throws Exception {
        assertThat(http.post("/api/admin/quotas", admin, """
                {"scope": "user", "subject": "alice", "period": "day", "metric": "requests", "soft": 1, "hard": 2}""")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> first = http.post("/v1/chat/completions", alice, chat("tiny-local", "Bonjour"));
        HttpResponse<String> second = http.post("/v1/chat/completions", alice, chat("tiny-local", "Bonjour"));
        HttpResponse<String> third = http.post("/v1/chat/completions", alice, chat("tiny-local", "Bonjour"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Passerelle-Quota-Warning")).contains("user day requests 1/1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        JsonNode error = json(third).get("error");
        assertThat(error.get("code").asText()).isEqualTo("quota_exceeded");
        assertThat(error.get("passerelle").get("resets_at").asText()).endsWith("T00:00:00Z");
        assertThat(laptop.received()).hasSize(2);

        gateway.awaitAudited(3);
        JsonNode usage = json(http.get("/api/usage", alice));
        assertThat(usage.get("user").get("day").get("requests").asLong()).isEqualTo(2);
        assertThat(usage.get("user").get("day").get("tokens").asLong()).isEqualTo(2 * (12 + 7));
        assertThat(usage.get("user").get("month").get("energy_wh").asDouble()).isPositive();
        assertThat(usage.get("quotas").get(0).get("used").asDouble()).isEqualTo(2);
    }

    @Test
    void usage_is_counted_per_user_and_team_without_any_quota() throws Exception {
        assertThat(http.post("/api/admin/teams", admin, "{\"name\": \"U1234 épidémiologie\"}").statusCode()).isEqualTo(201);
        assertThat(http.post("/api/admin/users/alice", admin, "{\"team\": \"U1234 épidémiologie\"}").statusCode()).isEqualTo(200);

        http.post("/v1/chat/completions", alice, chat("tiny-local", "Bonjour"));
        http.post("/v1/chat/completions", alice, chat("tiny-local", "Bonjour"));
        gateway.awaitAudited(2);

        JsonNode usage = json(http.get("/api/usage", alice));
        assertThat(usage.get("user").get("day").get("requests").asLong()).isEqualTo(2);
        assertThat(usage.get("team").get("month").get("requests").asLong()).isEqualTo(2);
        assertThat(json(http.get("/api/me", alice)).get("team").asText()).isEqualTo("U1234 épidémiologie");
    }
}
