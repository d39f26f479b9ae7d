package org.passerelle.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.PasserelleException;
import org.passerelle.upstream.UpstreamException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reading request bodies and writing JSON answers, including the one mapping of errors to HTTP
 * statuses and OpenAI-style bodies.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The request body as a JSON object, within the size limit and in valid UTF-8. */
    static ObjectNode readObject(ServerRequest request, long maxBytes) {
        byte[] bytes;
        try (InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            throw ApiError.invalid("unreadable_body", "The request body could not be read.", null);
        }
        return parseObject(bytes, maxBytes);
    }

    /** Bytes as a JSON object, within the size limit and in valid UTF-8; else an {@link ApiError}. */
    static ObjectNode parseObject(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new ApiError(413, "invalid_request_error", "request_too_large",
                    "The request body is larger than the limit of " + maxBytes + " bytes.", null);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw ApiError.invalid("invalid_encoding", "The request body is not valid UTF-8.", null);
        }
        try {
            var node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.invalid("invalid_json", "The request body must be a JSON object.", null);
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("invalid_json", "The request body is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ").", null);
        } catch (IOException e) {
            throw ApiError.invalid("invalid_json", "The request body is not valid JSON.", null);
        }
    }

    static void send(ServerResponse response, int status, Object body) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            response.status(status);
            response.header(HeaderNames.CONTENT_TYPE, "application/json");
            response.send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    /** The one place where failures become HTTP answers. */
    static void sendError(ServerResponse response, Throwable failure) {
        Failure described = describe(failure);
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("message", described.message());
        error.put("type", described.type());
        error.put("code", described.code());
        if (described.param() == null) {
            error.putNull("param");
        } else {
            error.put("param", described.param());
        }
        if (failure instanceof ApiError api && api.details() != null) {
            error.set("passerelle", api.details());
        }
        if (failure instanceof ApiError api && api.retryAfterSeconds() > 0 && !response.isSent()) {
            response.header(HeaderNames.create("Retry-After"), Long.toString(api.retryAfterSeconds()));
        }
        if (!response.isSent()) {
            send(response, described.status(), body);
        }
    }

    /** A failure as the API reports it. */
    record Failure(int status, String type, String code, String message, String param) {
    }

    static Failure describe(Throwable failure) {
        int status;
        String type;
        String code;
        String message;
        String param = null;
        switch (failure) {
            case ApiError error -> {
                status = error.status();
                type = error.type();
                code = error.code();
                message = error.getMessage();
                param = error.param();
            }
            case UpstreamException upstream -> {
                status = upstream.status();
                type = "upstream_error";
                code = upstream.code();
                message = upstream.getMessage();
            }
            case PasserelleException known -> {
                status = known.kind() == PasserelleException.Kind.INVALID_INPUT ? 400
                        : known.kind() == PasserelleException.Kind.NOT_FOUND ? 404 : 503;
                type = status == 400 ? "invalid_request_error" : "server_error";
                code = known.code();
                message = known.getMessage();
            }
            default -> {
                status = 500;
                type = "server_error";
                code = "internal_error";
                message = "The gateway failed to handle this request (" + failure.getClass().getSimpleName() + ").";
            }
        }
        return new Failure(status, type, code, message, param);
    }
}
