package org.passerelle.upstream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three OpenAI operations the gateway forwards, and what differs between them: the
 * endpoint, the OpenAI upstream path, the capability a replacement model needs, and where the
 * generated text is in an (OpenAI-shaped) answer.
 */
public enum ModelOperation {
    CHAT("/v1/chat/completions", "/chat/completions", "chat"),
    COMPLETION("/v1/completions", "/completions", "chat"),
    EMBEDDING("/v1/embeddings", "/embeddings", "embedding");

    private final String endpoint;
    private final String upstreamPath;
    private final String capability;

    ModelOperation(String endpoint, String upstreamPath, String capability) {
        this.endpoint = endpoint;
        this.upstreamPath = upstreamPath;
        this.capability = capability;
    }

    public String endpoint() {
        return endpoint;
    }

    public String upstreamPath() {
        return upstreamPath;
    }

    public String capability() {
        return capability;
    }

    /** The text generated in one streamed chunk (empty when none). */
    public String chunkText(JsonNode chunk) {
        JsonNode choice = chunk.path("choices").path(0);
        return switch (this) {
            case CHAT -> choice.path("delta").path("content").asText("");
            case COMPLETION -> choice.path("text").asText("");
            case EMBEDDING -> "";
        };
    }

    /** The text generated in a whole answer, to approximate its tokens when the upstream reports none. */
    public String answerText(JsonNode answer) {
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

    public String chunkObject() {
        return this == CHAT ? "chat.completion.chunk" : "text_completion";
    }
}
