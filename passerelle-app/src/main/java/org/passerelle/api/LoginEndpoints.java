package org.passerelle.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.jdbi.v3.core.Jdbi;
import org.passerelle.PasserelleException;
import org.passerelle.auth.Oidc;
import org.passerelle.auth.OidcUsers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Single sign-on for the web page: {@code /auth/login} starts the authorisation code flow with
 * PKCE (state, nonce and verifier kept in the database for ten minutes, so that any replica can
 * take the callback), {@code /auth/callback} exchanges the code, validates the ID token, creates
 * or updates the user, and hands the token to the page in the address's fragment
 * ({@code /#login=...}: never sent to a server, never in a referrer). {@code /api/auth} tells the
 * page whether single sign-on is on.
 */
final class LoginEndpoints {

    private static final Duration PENDING = Duration.ofMinutes(10);

    private final Oidc oidc;
    private final OidcUsers users;
    private final Jdbi jdbi;
    private final Clock clock;

    /** @param oidc null when single sign-on is off */
    LoginEndpoints(Oidc oidc, OidcUsers users, Jdbi jdbi, Clock clock) {
        this.oidc = oidc;
        this.users = users;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    void status(ServerRequest request, ServerResponse response) {
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("oidc", oidc != null).put("login", oidc == null ? null : "/auth/login"));
    }

    void login(ServerRequest request, ServerResponse response) {
        if (oidc == null) {
            throw new ApiError(404, "invalid_request_error", "sso_disabled", "Single sign-on is not configured.", null);
        }
        Oidc.Authorization authorization;
        try {
            authorization = oidc.authorize(redirectUri(request));
        } catch (PasserelleException e) {
            redirect(response, "/#login-error=" + e.code()); // the provider is down or misdescribed: the page says so
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM oidc_logins WHERE created_at < :stale").bind("stale", now.minus(PENDING)).execute();
            handle.createUpdate("INSERT INTO oidc_logins (state, nonce, verifier, created_at) VALUES (:state, :nonce, :verifier, :at)")
                    .bind("state", authorization.state()).bind("nonce", authorization.nonce())
                    .bind("verifier", authorization.verifier()).bind("at", now).execute();
        });
        redirect(response, authorization.redirect().toString());
    }

    void callback(ServerRequest request, ServerResponse response) {
        if (oidc == null) {
            throw new ApiError(404, "invalid_request_error", "sso_disabled", "Single sign-on is not configured.", null);
        }
        Optional<String> state = request.query().first("state").asOptional();
        Optional<String> code = request.query().first("code").asOptional();
        if (request.query().first("error").isPresent() || state.isEmpty() || code.isEmpty()) {
            redirect(response, "/#login-error=refused");
            return;
        }
        Optional<Map<String, Object>> pending = jdbi.inTransaction(handle -> {
            Optional<Map<String, Object>> row = handle.createQuery("SELECT nonce, verifier, created_at FROM oidc_logins WHERE state = :state")
                    .bind("state", state.get()).mapToMap().findOne();
            handle.createUpdate("DELETE FROM oidc_logins WHERE state = :state").bind("state", state.get()).execute();
            return row;
        });
        if (pending.isEmpty() || ((java.sql.Timestamp) pending.get().get("created_at")).toLocalDateTime()
                .isBefore(LocalDateTime.now(clock).minus(PENDING))) {
            redirect(response, "/#login-error=expired");
            return;
        }
        Oidc.SignedIn signedIn;
        try {
            signedIn = oidc.exchange(code.get(), redirectUri(request), String.valueOf(pending.get().get("verifier")),
                    String.valueOf(pending.get().get("nonce")));
        } catch (PasserelleException e) {
            redirect(response, "/#login-error=" + e.code());
            return;
        }
        users.provision(signedIn.claims());
        redirect(response, "/#login=" + URLEncoder.encode(signedIn.idToken(), StandardCharsets.US_ASCII));
    }

    private String redirectUri(ServerRequest request) {
        if (oidc.config().redirectUri() != null) {
            return oidc.config().redirectUri();
        }
        String host = request.headers().first(HeaderNames.HOST).orElse("localhost");
        return "http://" + host + "/auth/callback";
    }

    private static void redirect(ServerResponse response, String location) {
        response.status(Status.FOUND_302);
        response.header(HeaderNames.LOCATION, location);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send();
    }
}
