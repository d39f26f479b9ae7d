package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three OpenAI operations the gateway forwards, and what differs between them: where the
 * text to scan is, the upstream path, the capability a replacement model needs, and where the
 * generated text is in an answer.
 */
enum Operation {
    CHAT("/v1/chat/completions", "/chat/completions", "chat"),
    COMPLETION("/v1/completions", "/completions", "chat"),
    EMBEDDING("/v1/embeddings", "/embeddings", "embedding");

    private final String endpoint;
    private final String upstreamPath;
    private final String capability;

    Operation(String endpoint, String upstreamPath, String capability) {
        this.endpoint = endpoint;
        this.upstreamPath = upstreamPath;
        this.capability = capability;
    }

    String endpoint() {
        return endpoint;
    }

    String upstreamPath() {
        return upstreamPath;
    }

    String capability() {
        return capability;
    }

    /** All the text of the request that could carry data, validated on the way. */
    String text(JsonNode body) {
        return switch (this) {
            case CHAT -> MessageText.of(body.get("messages"));
            case COMPLETION -> MessageText.ofInput(body.get("prompt"), "prompt");
            case EMBEDDING -> MessageText.ofInput(body.get("input"), "input");
        };
    }

    /** The text generated in one streamed chunk (empty when none). */
    String chunkText(JsonNode chunk) {
        JsonNode choice = chunk.path("choices").path(0);
        return switch (this) {
            case CHAT -> choice.path("delta").path("content").asText("");
            case COMPLETION -> choice.path("text").asText("");
            case EMBEDDING -> "";
        };
    }

    /** The text generated in a whole answer, to approximate its tokens when the upstream reports none. */
    String answerText(JsonNode answer) {
        StringBuilder text = new StringBuilder();
        for (JsonNode choice : answer.path("choices")) {
            text.append(switch (this) {
                case CHAT -> choice.path("message").path("content").asText("");
                case COMPLETION -> choice.path("text").asText("");
                case EMBEDDING -> "";
            });
        }
        return text.toString();
    }

    String chunkObject() {
        return this == CHAT ? "chat.completion.chunk" : "text_completion";
    }
}
