package org.passerelle.upstream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * The upstream parsers (OpenAI server-sent events, Ollama NDJSON, and both JSON answers) turn any
 * bytes into chunks or an {@link UpstreamException}: garbage from a model server never escapes as
 * anything else, and a stream always ends.
 */
class StreamDecoderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void any_upstream_bytes_are_chunks_or_an_upstream_error(FuzzedDataProvider data) throws IOException {
        Protocol protocol = Protocol.of(data.consumeBoolean() ? "openai" : "ollama");
        ModelOperation operation = data.pickValue(ModelOperation.values());
        String text = data.consumeRemainingAsString();
        try {
            Protocol.StreamDecoder decoder = protocol.decoder(operation, new BufferedReader(new StringReader(text)));
            int chunks = 0;
            while (decoder.next() != null) {
                if (++chunks > text.length() + 1) {
                    throw new IllegalStateException("the decoder does not end");
                }
            }
        } catch (UpstreamException expected) {
            // a clean upstream error
        }
        try {
            protocol.response(operation, new com.fasterxml.jackson.databind.ObjectMapper().readTree(text));
        } catch (UpstreamException | com.fasterxml.jackson.core.JacksonException expected) {
            // not JSON, or not an answer: the gateway reports upstream_invalid
        }
    }
}
