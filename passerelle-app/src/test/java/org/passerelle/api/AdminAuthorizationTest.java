package org.passerelle.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.testing.Http;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every administration endpoint, called with each role: allowed roles get past authorisation, others get 403. */
class AdminAuthorizationTest {

    @TempDir
    static Path data;
    private static Gateway gateway;
    private static Http http;
    private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        gateway = Gateway.start(ConfigLoader.parse("storage: {url: 'jdbc:h2:file:%s/passerelle'}"
                .formatted(data.toString().replace('\\', '/')), data), 0, Clock.systemUTC(), "test");
        http = new Http(gateway.port());
        for (Role role : Role.values()) {
            KEYS.put(role, gateway.keys().issue(gateway.keys().createUser(role.name().toLowerCase(), role), "personal").secret());
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.DPO);
    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);
    private static final Set<Role> EVERYONE = Set.of(Role.values());

    static Stream<Arguments> endpoints() {
        List<Object[]> endpoints = List.of(
                new Object[] {"GET", "/api/admin/users", null, READERS},
                new Object[] {"POST", "/api/admin/users", "{}", ADMINS},
                new Object[] {"POST", "/api/admin/users/nobody", "{}", ADMINS},
                new Object[] {"GET", "/api/admin/teams", null, READERS},
                new Object[] {"POST", "/api/admin/teams", "{}", ADMINS},
                new Object[] {"GET", "/api/admin/keys", null, ADMINS},
                new Object[] {"POST", "/api/admin/keys", "{}", ADMINS},
                new Object[] {"POST", "/api/admin/keys/nokey/revoke", "{}", ADMINS},
                new Object[] {"POST", "/api/admin/keys/nokey/processing", "{}", ADMINS},
                new Object[] {"GET", "/api/admin/processings", null, READERS},
                new Object[] {"POST", "/api/admin/processings", "{}", READERS},
                new Object[] {"GET", "/api/admin/attestations", null, READERS},
                new Object[] {"POST", "/api/admin/attestations", "{}", ADMINS},
                new Object[] {"GET", "/api/admin/quotas", null, READERS},
                new Object[] {"POST", "/api/admin/quotas", "{}", ADMINS},
                new Object[] {"DELETE", "/api/admin/quotas/noquota", null, ADMINS},
                new Object[] {"GET", "/api/admin/usage", null, READERS},
                new Object[] {"GET", "/api/admin/audit", null, READERS},
                new Object[] {"GET", "/api/admin/providers", null, READERS},
                new Object[] {"GET", "/api/admin/report/footprint", null, READERS},
                new Object[] {"GET", "/api/admin/audit/export", null, READERS},
                new Object[] {"POST", "/api/admin/models/nomodel/notes", "{}", ADMINS},
                new Object[] {"GET", "/api/statement", null, EVERYONE},
                new Object[] {"GET", "/api/usage/history", null, EVERYONE},
                new Object[] {"GET", "/api/me", null, EVERYONE},
                new Object[] {"GET", "/api/usage", null, EVERYONE},
                new Object[] {"GET", "/api/me/attestations", null, EVERYONE});
        List<Arguments> cases = new ArrayList<>();
        for (Object[] endpoint : endpoints) {
            for (Role role : Role.values()) {
                @SuppressWarnings("unchecked")
                Set<Role> allowed = (Set<Role>) endpoint[3];
                cases.add(Arguments.of(endpoint[0], endpoint[1], endpoint[2], role, allowed.contains(role)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {3}: allowed={4}")
    @MethodSource("endpoints")
    void only_the_right_roles_get_through(String method, String path, String body, Role role, boolean allowed) {
        String key = KEYS.get(role);

        HttpResponse<String> response = call(method, path, body, key);
        HttpResponse<String> anonymous = call(method, path, body, null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        if (allowed) {
            // Past authorisation: served, or refused for its (empty) input or unknown target, never 401/403.
            assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 404);
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Http.json(response).get("error").get("code").asText()).isEqualTo("forbidden");
        }
    }

    private static HttpResponse<String> call(String method, String path, String body, String key) {
        return switch (method) {
            case "GET" -> http.get(path, key);
            case "POST" -> http.post(path, key, body);
            case "DELETE" -> http.delete(path, key);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
