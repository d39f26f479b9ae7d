package org.passerelle.api;

import org.passerelle.PasserelleException;

/**
 * An error the API answers with, in OpenAI's shape: {@code {"error": {"message", "type",
 * "code", "param"}}} and an HTTP status. Messages state what is wrong and what to do; they never
 * contain request content.
 */
public final class ApiError extends PasserelleException {

    private final int status;
    private final String type;
    private final String param;
    private final com.fasterxml.jackson.databind.node.ObjectNode details;
    private long retryAfterSeconds = -1;

    public ApiError(int status, String type, String code, String message, String param) {
        this(status, type, code, message, param, null);
    }

    /** @param details machine-readable facts added to the error as {@code error.passerelle} (labels, offsets...) */
    public ApiError(int status, String type, String code, String message, String param,
                    com.fasterxml.jackson.databind.node.ObjectNode details) {
        super(status >= 500 ? Kind.UNAVAILABLE : Kind.INVALID_INPUT, code, message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.details = details;
    }

    public com.fasterxml.jackson.databind.node.ObjectNode details() {
        return details;
    }

    /** Adds a {@code Retry-After} header to the answer (a quota that resets later). */
    public ApiError retryAfter(long seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    /** Seconds for {@code Retry-After}, or -1 when the header is not sent. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiError invalid(String code, String message, String param) {
        return new ApiError(400, "invalid_request_error", code, message, param);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String param() {
        return param;
    }
}
