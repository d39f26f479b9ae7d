package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * All the text of a chat request that could carry data: every message's content (system, user,
 * assistant, tool), the text parts of multi-part contents, and tool-call arguments. Validates
 * the messages' shape on the way, with errors that name the parameter, never its content.
 */
final class MessageText {

    /** Largest number of messages accepted in one request. */
    static final int MAX_MESSAGES = 2048;

    private MessageText() {
    }

    /** All the text of the request that could carry data, validated on the way. */
    static String of(org.passerelle.upstream.ModelOperation operation, JsonNode body) {
        return switch (operation) {
            case CHAT -> of(body.get("messages"));
            case COMPLETION -> ofInput(body.get("prompt"), "prompt");
            case EMBEDDING -> ofInput(body.get("input"), "input");
        };
    }

    static String of(JsonNode messages) {
        if (messages == null || messages.isMissingNode() || messages.isNull()) {
            throw ApiError.invalid("missing_messages", "'messages' is required.", "messages");
        }
        if (!messages.isArray()) {
            throw ApiError.invalid("invalid_type", "'messages' must be an array.", "messages");
        }
        if (messages.isEmpty()) {
            throw ApiError.invalid("empty_messages", "'messages' must contain at least one message.", "messages");
        }
        if (messages.size() > MAX_MESSAGES) {
            throw ApiError.invalid("too_many_messages", "'messages' holds " + messages.size()
                    + " messages; the limit is " + MAX_MESSAGES + ".", "messages");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String param = "messages[" + i + "]";
            if (!message.isObject()) {
                throw ApiError.invalid("invalid_type", param + " must be an object.", param);
            }
            JsonNode role = message.get("role");
            if (role == null || !role.isTextual()) {
                throw ApiError.invalid("invalid_type", param + ".role must be a string.", param + ".role");
            }
            appendContent(text, message.get("content"), param + ".content");
            JsonNode calls = message.get("tool_calls");
            if (calls != null && calls.isArray()) {
                for (JsonNode call : calls) {
                    JsonNode arguments = call.path("function").path("arguments");
                    if (arguments.isTextual()) {
                        text.append(arguments.asText()).append("\n\n");
                    }
                }
            }
        }
        return text.toString();
    }

    /** {@code prompt} or {@code input}: a string or an array of strings (token arrays carry no text to scan). */
    static String ofInput(JsonNode input, String param) {
        if (input == null || input.isNull()) {
            throw ApiError.invalid("missing_" + param, "'" + param + "' is required.", param);
        }
        if (input.isTextual()) {
            return input.asText();
        }
        if (!input.isArray()) {
            throw ApiError.invalid("invalid_type", "'" + param + "' must be a string or an array.", param);
        }
        if (input.isEmpty()) {
            throw ApiError.invalid("empty_" + param, "'" + param + "' must not be empty.", param);
        }
        if (input.size() > MAX_MESSAGES) {
            throw ApiError.invalid("too_many_inputs", "'" + param + "' holds " + input.size() + " items; the limit is "
                    + MAX_MESSAGES + ".", param);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            if (item.isTextual()) {
                text.append(item.asText()).append("\n\n");
            } else if (!item.isNumber() && !item.isArray()) {
                throw ApiError.invalid("invalid_type", param + "[" + i + "] must be a string.", param + "[" + i + "]");
            }
        }
        return text.toString();
    }

    private static void appendContent(StringBuilder text, JsonNode content, String param) {
        if (content == null || content.isNull()) {
            return;
        }
        if (content.isTextual()) {
            text.append(content.asText()).append("\n\n");
        } else if (content.isArray()) {
            for (int j = 0; j < content.size(); j++) {
                JsonNode part = content.get(j);
                if (!part.isObject()) {
                    throw ApiError.invalid("invalid_type", param + "[" + j + "] must be an object.", param + "[" + j + "]");
                }
                if (part.path("text").isTextual()) {
                    text.append(part.get("text").asText()).append("\n\n");
                }
            }
        } else {
            throw ApiError.invalid("invalid_type", param + " must be a string or an array of parts.", param);
        }
    }
}
