package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * All the text of a chat request that could carry data: every message's content (system, user,
 * assistant, tool), the text parts of multi-part contents, and tool-call arguments. Validates
 * the messages' shape on the way, with errors that name the parameter, never its content.
 */
final class MessageText {

    /** Where one piece of the scanned text comes from: its request parameter and its offset in the text. */
    record Segment(String param, int start, int length) {
    }

    /** The scanned text and the pieces it is made of, so that an offset can be traced back to its parameter. */
    record Scanned(String text, java.util.List<Segment> segments) {

        /** The parameter holding {@code offset}, and the offset within it; null when none. */
        Segment locate(int offset) {
            for (Segment segment : segments) {
                if (offset >= segment.start() && offset < segment.start() + segment.length()) {
                    return segment;
                }
            }
            return null;
        }
    }

    /** Appends pieces separated by blank lines, remembering where each came from. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final java.util.List<Segment> segments = new java.util.ArrayList<>();

        void add(String piece, String param) {
            segments.add(new Segment(param, text.length(), piece.length()));
            text.append(piece).append("\n\n");
        }

        Scanned build() {
            return new Scanned(text.toString(), segments);
        }
    }

    /** Largest number of messages accepted in one request. */
    static final int MAX_MESSAGES = 2048;

    private MessageText() {
    }

    /** All the text of the request that could carry data, validated on the way. */
    static Scanned of(org.passerelle.upstream.ModelOperation operation, JsonNode body) {
        return switch (operation) {
            case CHAT -> of(body.get("messages"));
            case COMPLETION -> ofInput(body.get("prompt"), "prompt");
            case EMBEDDING -> ofInput(body.get("input"), "input");
        };
    }

    static Scanned of(JsonNode messages) {
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
        Builder text = new Builder();
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
                for (int c = 0; c < calls.size(); c++) {
                    JsonNode arguments = calls.get(c).path("function").path("arguments");
                    if (arguments.isTextual()) {
                        text.add(arguments.asText(), param + ".tool_calls[" + c + "].function.arguments");
                    }
                }
            }
        }
        return text.build();
    }

    /** {@code prompt} or {@code input}: a string or an array of strings (token arrays carry no text to scan). */
    static Scanned ofInput(JsonNode input, String param) {
        if (input == null || input.isNull()) {
            throw ApiError.invalid("missing_" + param, "'" + param + "' is required.", param);
        }
        if (input.isTextual()) {
            Builder text = new Builder();
            text.add(input.asText(), param);
            return text.build();
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
        Builder text = new Builder();
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            if (item.isTextual()) {
                text.add(item.asText(), param + "[" + i + "]");
            } else if (!item.isNumber() && !item.isArray()) {
                throw ApiError.invalid("invalid_type", param + "[" + i + "] must be a string.", param + "[" + i + "]");
            }
        }
        return text.build();
    }

    private static void appendContent(Builder text, JsonNode content, String param) {
        if (content == null || content.isNull()) {
            return;
        }
        if (content.isTextual()) {
            text.add(content.asText(), param);
        } else if (content.isArray()) {
            for (int j = 0; j < content.size(); j++) {
                JsonNode part = content.get(j);
                if (!part.isObject()) {
                    throw ApiError.invalid("invalid_type", param + "[" + j + "] must be an object.", param + "[" + j + "]");
                }
                if (part.path("text").isTextual()) {
                    text.add(part.get("text").asText(), param + "[" + j + "].text");
                }
            }
        } else {
            throw ApiError.invalid("invalid_type", param + " must be a string or an array of parts.", param);
        }
    }

    /**
     * The instruction the task is recognised from: the last user message of a chat (its text
     * parts), the prompt of a completion; null for embeddings, which have no task.
     */
    static String instruction(org.passerelle.upstream.ModelOperation operation, JsonNode body) {
        return switch (operation) {
            case CHAT -> {
                JsonNode messages = body.path("messages");
                for (int i = messages.size() - 1; i >= 0; i--) {
                    JsonNode message = messages.get(i);
                    if ("user".equals(message.path("role").asText())) {
                        yield textOf(message.get("content"));
                    }
                }
                yield "";
            }
            case COMPLETION -> body.path("prompt").isTextual() ? body.get("prompt").asText()
                    : body.path("prompt").path(0).asText("");
            case EMBEDDING -> null;
        };
    }

    /** Whether a chat request carries images (its model then needs the {@code vision} capability). */
    static boolean hasImages(JsonNode body) {
        for (JsonNode message : body.path("messages")) {
            for (JsonNode part : message.path("content")) {
                if (part.isObject() && ("image_url".equals(part.path("type").asText()) || part.has("image_url"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String textOf(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(part.get("text").asText()).append('\n');
            }
        }
        return text.toString();
    }
}
