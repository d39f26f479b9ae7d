package org.passerelle.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** OpenAI-compatible servers: requests go as they are (model renamed); answers are read as SSE. */
final class OpenAiProtocol implements Protocol {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Request request(ModelOperation operation, ObjectNode openAiBody, String upstreamModel) {
        ObjectNode body = openAiBody.deepCopy();
        body.put("model", upstreamModel);
        try {
            return new Request(operation.upstreamPath(), MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ObjectNode response(ModelOperation operation, JsonNode answer) {
        if (!(answer instanceof ObjectNode object)) {
            throw Protocol.broken("answer is not a JSON object");
        }
        return object;
    }

    @Override
    public StreamDecoder decoder(ModelOperation operation, BufferedReader reader) {
        return () -> {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("data:")) {
                    continue; // comments, event names and blank separators
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    return null;
                }
                JsonNode chunk;
                try {
                    chunk = MAPPER.readTree(data);
                } catch (IOException e) {
                    throw Protocol.broken("stream carried an event that is not JSON");
                }
                if (!(chunk instanceof ObjectNode object)) {
                    throw Protocol.broken("stream carried an event that is not a JSON object");
                }
                return object;
            }
            throw new UpstreamException("upstream_stream_broken", "The model server's stream ended abnormally.", 502);
        };
    }
}
