package org.passerelle.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import org.passerelle.api.ApiError;

import java.util.Optional;

/**
 * Who is calling: the bearer API key of the {@code Authorization} header, looked up in the
 * database. Keys never travel in URLs and are never logged.
 */
public final class Authenticator {

    private final ApiKeys keys;

    public Authenticator(ApiKeys keys) {
        this.keys = keys;
    }

    /** The caller, or a 401 error in OpenAI's shape. */
    public Caller require(ServerRequest request) {
        Optional<String> header = request.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty()) {
            throw new ApiError(401, "invalid_request_error", "missing_api_key",
                    "No API key: send it as 'Authorization: Bearer <key>'.", null);
        }
        String value = header.get();
        String secret = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : "";
        return keys.authenticate(secret).orElseThrow(() -> new ApiError(401, "invalid_request_error", "invalid_api_key",
                "The API key is not valid, or has been revoked.", null));
    }
}
