package org.passerelle.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Ollama's native API ({@code /api/chat}, {@code /api/generate}, {@code /api/embed}), translated
 * both ways: OpenAI parameters become Ollama options ({@code max_tokens} → {@code num_predict}...),
 * the answer's {@code eval_count} becomes {@code usage.completion_tokens}, and the NDJSON stream
 * becomes OpenAI chunks. Other request fields pass through untouched.
 */
final class OllamaProtocol implements Protocol {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> OPTIONS = Map.of("temperature", "temperature", "top_p", "top_p",
            "max_tokens", "num_predict", "max_completion_tokens", "num_predict", "stop", "stop", "seed", "seed",
            "frequency_penalty", "frequency_penalty", "presence_penalty", "presence_penalty");
    private static final Set<String> DROPPED = Set.of("stream_options", "n", "user");

    @Override
    public Request request(ModelOperation operation, ObjectNode openAiBody, String upstreamModel) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode options = MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = openAiBody.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (OPTIONS.containsKey(name)) {
                options.set(OPTIONS.get(name), field.getValue());
            } else if (name.equals("messages")) {
                body.set("messages", messages(field.getValue()));
            } else if (!DROPPED.contains(name) && !name.equals("model")) {
                body.set(name, field.getValue()); // unknown fields pass through
            }
        }
        body.put("model", upstreamModel);
        if (!options.isEmpty()) {
            body.set("options", options);
        }
        String path = switch (operation) {
            case CHAT -> "/api/chat";
            case COMPLETION -> "/api/generate";
            case EMBEDDING -> "/api/embed";
        };
        if (operation != ModelOperation.EMBEDDING) {
            body.put("stream", openAiBody.path("stream").asBoolean(false));
        }
        try {
            return new Request(path, MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multi-part contents become one string: Ollama's messages carry text (and images apart). */
    private static ArrayNode messages(JsonNode messages) {
        ArrayNode result = MAPPER.createArrayNode();
        for (JsonNode message : messages) {
            ObjectNode copy = ((ObjectNode) message).deepCopy();
            JsonNode content = message.path("content");
            if (content.isArray()) {
                StringBuilder text = new StringBuilder();
                for (JsonNode part : content) {
                    if (part.path("text").isTextual()) {
                        text.append(text.isEmpty() ? "" : "\n").append(part.get("text").asText());
                    }
                }
                copy.put("content", text.toString());
            } else if (content.isNull() || content.isMissingNode()) {
                copy.put("content", "");
            }
            result.add(copy);
        }
        return result;
    }

    @Override
    public ObjectNode response(ModelOperation operation, JsonNode answer) {
        if (!(answer instanceof ObjectNode object)) {
            throw Protocol.broken("answer is not a JSON object");
        }
        ObjectNode result = MAPPER.createObjectNode();
        result.put("model", object.path("model").asText(""));
        if (operation == ModelOperation.EMBEDDING) {
            JsonNode embeddings = object.get("embeddings");
            if (embeddings == null || !embeddings.isArray()) {
                throw Protocol.broken("answer has no embeddings");
            }
            result.put("object", "list");
            ArrayNode data = result.putArray("data");
            for (int i = 0; i < embeddings.size(); i++) {
                data.addObject().put("object", "embedding").put("index", i).set("embedding", embeddings.get(i));
            }
            result.putObject("usage").put("prompt_tokens", object.path("prompt_eval_count").asLong(0))
                    .put("total_tokens", object.path("prompt_eval_count").asLong(0));
            return result;
        }
        String text = operation == ModelOperation.CHAT ? object.path("message").path("content").asText(null)
                : object.path("response").asText(null);
        if (text == null) {
            throw Protocol.broken("answer has no generated text");
        }
        result.put("id", "ollama-" + Long.toHexString(object.path("created_at").asText("").hashCode() & 0xffffffffL));
        result.put("object", operation == ModelOperation.CHAT ? "chat.completion" : "text_completion");
        ObjectNode choice = result.putArray("choices").addObject();
        choice.put("index", 0);
        if (operation == ModelOperation.CHAT) {
            choice.putObject("message").put("role", "assistant").put("content", text);
        } else {
            choice.put("text", text);
        }
        choice.put("finish_reason", object.path("done_reason").asText("stop"));
        usage(result, object);
        return result;
    }

    private static void usage(ObjectNode target, JsonNode ollama) {
        long prompt = ollama.path("prompt_eval_count").asLong(0);
        long completion = ollama.path("eval_count").asLong(0);
        target.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
    }

    @Override
    public StreamDecoder decoder(ModelOperation operation, BufferedReader reader) {
        boolean[] finished = {false};
        return () -> {
            if (finished[0]) {
                return null;
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode event;
                try {
                    event = MAPPER.readTree(line);
                } catch (IOException e) {
                    throw Protocol.broken("stream carried a line that is not JSON");
                }
                if (!(event instanceof ObjectNode object)) {
                    throw Protocol.broken("stream carried a line that is not a JSON object");
                }
                if (object.has("error")) {
                    throw new UpstreamException("upstream_error", "The model server reported an error mid-stream.", 502);
                }
                ObjectNode chunk = MAPPER.createObjectNode();
                chunk.put("id", "ollama-stream");
                chunk.put("object", operation.chunkObject());
                chunk.put("model", object.path("model").asText(""));
                ArrayNode choices = chunk.putArray("choices");
                String text = operation == ModelOperation.CHAT ? object.path("message").path("content").asText("")
                        : object.path("response").asText("");
                if (object.path("done").asBoolean(false)) {
                    finished[0] = true;
                    ObjectNode choice = choices.addObject().put("index", 0);
                    if (operation == ModelOperation.CHAT) {
                        choice.putObject("delta").put("content", text);
                    } else {
                        choice.put("text", text);
                    }
                    choice.put("finish_reason", object.path("done_reason").asText("stop"));
                    usage(chunk, object);
                    return chunk;
                }
                ObjectNode choice = choices.addObject().put("index", 0);
                if (operation == ModelOperation.CHAT) {
                    choice.putObject("delta").put("content", text);
                } else {
                    choice.put("text", text);
                }
                return chunk;
            }
            throw new UpstreamException("upstream_stream_broken", "The model server's stream ended abnormally.", 502);
        };
    }
}
