package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigException;
import org.passerelle.config.ConfigLoader;
import org.passerelle.registry.Registry;
import org.passerelle.testing.Http;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bearer tokens of a real OpenID provider (mock-oauth2-server over HTTP: discovery, JWKS, signed
 * tokens): accepted for the right issuer and audience while valid, users created from the claims
 * with their role and team, everything else refused; API keys keep working.
 */
class SingleSignOnTest {

    @TempDir
    Path data;
    private MockOAuth2Server provider;
    private Gateway gateway;
    private Http http;

    @BeforeEach
    void start() {
        provider = new MockOAuth2Server();
        provider.start();
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}}
                oidc:
                  issuer: '%s'
                  client-id: passerelle
                  audience: passerelle-api
                  roles-claim: realm_access.roles
                  roles: {passerelle-admin: admin, dpo: dpo}
                  team-claim: team
                """.formatted(data.toString().replace('\\', '/'), provider.issuerUrl("default")), data), 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
    }

    @AfterEach
    void stop() {
        gateway.close();
        provider.shutdown();
    }

    private String token(String issuer, String subject, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        return provider.issueToken(issuer, "passerelle", new DefaultOAuth2TokenCallback(issuer, subject, JOSEObjectType.JWT.getType(),
                audience, claims, expirySeconds)).serialize();
    }

    @Test
    void a_valid_token_signs_in_a_user_created_from_its_claims() {
        String token = token("default", "f3b1-alice", List.of("passerelle-api"), Map.of("preferred_username", "alice.martin",
                "realm_access", Map.of("roles", List.of("offline_access", "passerelle-admin")), "team", "U1234"), 3600);

        var me = http.get("/api/me", token);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode body = Http.json(me);
        assertThat(body.toString()).contains("alice.martin").contains("admin");
        Registry registry = new Registry(gateway.database().jdbi(), Clock.systemUTC());
        assertThat(registry.users()).anySatisfy(user -> {
            assertThat(user.name()).isEqualTo("alice.martin");
            assertThat(user.role()).isEqualTo(Role.ADMIN);
            assertThat(user.team()).isEqualTo("U1234");
        });
        // The same subject later, without the admin role: the provider's claims decide the role.
        String later = token("default", "f3b1-alice", List.of("passerelle-api"), Map.of("preferred_username", "alice.martin",
                "realm_access", Map.of("roles", List.of()), "team", "U1234"), 3600);
        assertThat(Http.json(http.get("/api/me", later)).toString()).contains("\"user\"");
        assertThat(registry.users().stream().filter(user -> user.name().startsWith("alice"))).hasSize(1);
    }

    @Test
    void wrong_audience_expired_foreign_or_tampered_tokens_are_refused() {
        Map<String, Object> claims = Map.of("preferred_username", "mallory");
        String wrongAudience = token("default", "s1", List.of("another-service"), claims, 3600);
        String expired = token("default", "s2", List.of("passerelle-api"), claims, -3600);
        String foreign = token("elsewhere", "s3", List.of("passerelle-api"), claims, 3600);
        String valid = token("default", "s4", List.of("passerelle-api"), claims, 3600);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        for (String bad : List.of(wrongAudience, expired, foreign, tampered, "not.a.token")) {
            var response = http.get("/api/me", bad);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(Http.json(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
            assertThat(response.body()).doesNotContain("mallory");
        }
        assertThat(http.get("/api/me", valid).statusCode()).isEqualTo(200);
    }

    @Test
    void api_keys_keep_working_and_the_page_learns_that_sso_is_on() {
        String key = gateway.keys().issue(gateway.keys().createUser("script", Role.USER), "automated").secret();
        assertThat(http.get("/api/me", key).statusCode()).isEqualTo(200);
        JsonNode status = Http.json(http.get("/api/auth", null));
        assertThat(status.get("oidc").asBoolean()).isTrue();
        assertThat(status.get("login").asText()).isEqualTo("/auth/login");
    }

    @Test
    void a_provider_that_cannot_be_reached_sends_the_page_back_with_a_reason_and_refuses_tokens() throws Exception {
        Gateway unreachable = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/other'}
                oidc: {issuer: 'http://127.0.0.1:9/realms/none', client-id: passerelle}
                """.formatted(data.toString().replace('\\', '/')), data), 0, Clock.systemUTC(), "test");
        try {
            var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + unreachable.port()
                    + "/auth/login")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).contains("/#login-error=oidc-discovery-failed");
            String token = token("default", "s9", List.of("passerelle"), Map.of(), 3600);
            var api = new Http(unreachable.port()).get("/api/me", token);
            assertThat(api.statusCode()).isEqualTo(503); // fail closed, and say why
            assertThat(Http.json(api).at("/error/code").asText()).isEqualTo("oidc-discovery-failed");
        } finally {
            unreachable.close();
        }
    }

    @Test
    void oidc_configuration_mistakes_name_their_key() {
        assertThatThrownBy(() -> ConfigLoader.parse("oidc: {issuer: 'not a url', client-id: p}\n", data))
                .isInstanceOf(ConfigException.class).hasMessageContaining("oidc.issuer");
        assertThatThrownBy(() -> ConfigLoader.parse("oidc: {issuer: 'https://idp.example.org/realms/x'}\n", data))
                .hasMessageContaining("oidc.client-id: required");
        assertThatThrownBy(() -> ConfigLoader.parse("oidc: {issuer: 'https://idp', client-id: p, roles: {x: boss}}\n", data))
                .hasMessageContaining("oidc.roles.x: unknown role 'boss'");
        assertThatThrownBy(() -> ConfigLoader.parse("oidc: {issuer: 'https://idp', client-id: p, scopes: [profile]}\n", data))
                .hasMessageContaining("oidc.scopes: must include openid");
    }
}
