package org.passerelle.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.upstream.ModelOperation;

/**
 * Any request body is either read (its text gathered for the scan, its instruction and images
 * found) or refused with an OpenAI-style {@link ApiError}; nothing else escapes.
 */
class RequestJsonFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void any_body_is_read_or_refused_cleanly(FuzzedDataProvider data) {
        ModelOperation operation = data.pickValue(ModelOperation.values());
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ObjectNode object = Json.parseObject(body, 1 << 20);
            MessageText.Scanned scanned = MessageText.of(operation, object);
            for (MessageText.Segment segment : scanned.segments()) {
                if (segment.start() < 0 || segment.start() + segment.length() > scanned.text().length()) {
                    throw new IllegalStateException("a segment lies outside the scanned text");
                }
            }
            MessageText.instruction(operation, object);
            MessageText.hasImages(object);
        } catch (ApiError refused) {
            if (refused.status() != 400 && refused.status() != 413) {
                throw new IllegalStateException("a bad body must be a 400 or a 413, not " + refused.status());
            }
        }
    }
}
