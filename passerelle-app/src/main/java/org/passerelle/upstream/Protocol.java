package org.passerelle.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * How a provider type speaks: how an OpenAI-shaped request becomes the upstream's request, and
 * how its answers (whole or streamed) become OpenAI-shaped again. {@code openai} is the identity;
 * {@code ollama} translates Ollama's native API both ways. Implementations are stateless.
 */
public sealed interface Protocol permits OpenAiProtocol, OllamaProtocol {

    /** The upstream request: a path below the provider's base URL and a JSON body. */
    record Request(String path, byte[] body) {
    }

    /** Reads a streamed answer one OpenAI-shaped chunk at a time. */
    interface StreamDecoder {
        /**
         * The next chunk, or {@code null} at the stream's proper end.
         *
         * @throws UpstreamException when the stream breaks off or carries something that is not a chunk
         */
        ObjectNode next() throws IOException;
    }

    Request request(ModelOperation operation, ObjectNode openAiBody, String upstreamModel);

    /** A whole answer, OpenAI-shaped; throws {@link UpstreamException} when it is not a valid answer. */
    ObjectNode response(ModelOperation operation, JsonNode answer);

    StreamDecoder decoder(ModelOperation operation, BufferedReader reader);

    /** The protocol of a provider type; stateless, so one instance of each serves every request. */
    static Protocol of(String type) {
        return switch (type) {
            case "openai", "embedded" -> Instances.OPENAI; // an embedded model speaks OpenAI's API on loopback
            case "ollama" -> Instances.OLLAMA;
            default -> throw new IllegalArgumentException("unknown provider type " + type);
        };
    }

    /** Holder of the shared instances (interfaces cannot have private static fields). */
    final class Instances {
        private static final Protocol OPENAI = new OpenAiProtocol();
        private static final Protocol OLLAMA = new OllamaProtocol();

        private Instances() {
        }
    }

    static UpstreamException broken(String what) {
        return new UpstreamException("upstream_invalid_response", "The model server's " + what + ".", 502);
    }
}
