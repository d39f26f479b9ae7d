package org.passerelle.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import org.passerelle.api.ApiError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling: the bearer API key of the {@code Authorization} header, looked up in the
 * database. Keys never travel in URLs and are never logged. A client (by network address) that
 * presents too many invalid keys within {@link #WINDOW} is refused with 429 until the window ends,
 * so that keys cannot be guessed at speed.
 */
public final class Authenticator {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Failures(Instant since, int count) {
    }

    private final ApiKeys keys;
    private volatile OidcUsers oidc;
    private final Clock clock;
    private final int maxFailures;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public Authenticator(ApiKeys keys) {
        this(keys, Clock.systemUTC(), 20);
    }

    /** @param maxFailures invalid keys one address may present within a minute */
    public Authenticator(ApiKeys keys, Clock clock, int maxFailures) {
        this.keys = keys;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** Also accepts the identity provider's tokens (single sign-on). */
    public void acceptOidc(OidcUsers users) {
        this.oidc = users;
    }

    /** The caller, or a 401 error in OpenAI's shape (429 after repeated failures from the same address). */
    public Caller require(ServerRequest request) {
        String client = client(request);
        Instant now = clock.instant();
        Failures past = failures.get(client);
        if (past != null && past.count() >= maxFailures && past.since().plus(WINDOW).isAfter(now)) {
            throw new ApiError(429, "rate_limit_error", "too_many_auth_failures", "Too many requests with a missing or "
                    + "invalid API key from this address; try again later.", null)
                    .retryAfter(Duration.between(now, past.since().plus(WINDOW)).toSeconds());
        }
        Optional<String> header = request.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty()) {
            throw new ApiError(401, "invalid_request_error", "missing_api_key",
                    "No API key: send it as 'Authorization: Bearer <key>'.", null);
        }
        String value = header.get();
        String secret = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : "";
        OidcUsers sso = oidc;
        int dot = secret.indexOf('.');
        boolean jwt = dot > 0 && secret.indexOf('.', dot + 1) > dot + 1; // header.payload.signature
        Optional<Caller> caller = sso != null && jwt && !secret.startsWith("psk_") ? sso.authenticate(secret) : keys.authenticate(secret);
        if (caller.isEmpty()) {
            failed(client, now);
            throw new ApiError(401, "invalid_request_error", "invalid_api_key",
                    "The API key or token is not valid, has expired or has been revoked.", null);
        }
        return caller.get();
    }

    private void failed(String client, Instant now) {
        if (failures.size() > 100_000) {
            failures.clear(); // bounded: a flood of addresses cannot grow it without end
        }
        failures.compute(client, (address, past) -> past == null || !past.since().plus(WINDOW).isAfter(now)
                ? new Failures(now, 1) : new Failures(past.since(), past.count() + 1));
    }

    private static String client(ServerRequest request) {
        try {
            return request.remotePeer().host();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
