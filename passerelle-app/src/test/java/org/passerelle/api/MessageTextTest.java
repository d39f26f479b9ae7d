package org.passerelle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_text_of_a_chat_is_scanned_and_offsets_trace_back_to_their_parameter() throws Exception {
        MessageText.Scanned scanned = MessageText.of(JSON.readTree("""
                [{"role": "system", "content": "Tu es un assistant."},
                 {"role": "user", "content": [{"type": "text", "text": "Bonjour"}, {"type": "image_url", "image_url": {"url": "x"}},
                                              {"type": "text", "text": "Patient M. Jean DUPONT"}]},
                 {"role": "assistant", "content": null, "tool_calls": [{"function": {"name": "f", "arguments": "{\\"nir\\": 1}"}}]}]"""));

        assertThat(scanned.text()).contains("Tu es un assistant.", "Bonjour", "Patient M. Jean DUPONT", "{\"nir\": 1}");
        int at = scanned.text().indexOf("DUPONT");
        MessageText.Segment segment = scanned.locate(at);
        assertThat(segment.param()).isEqualTo("messages[1].content[2].text");
        assertThat("Patient M. Jean DUPONT".substring(at - segment.start())).isEqualTo("DUPONT");
        assertThat(scanned.locate(scanned.text().indexOf("nir")).param()).isEqualTo("messages[2].tool_calls[0].function.arguments");
    }

    @Test
    void a_message_of_the_wrong_shape_names_its_parameter() {
        assertThatThrownBy(() -> MessageText.of(JSON.readTree("[{\"role\": \"user\", \"content\": [\"plain\"]}]")))
                .isInstanceOf(ApiError.class).hasMessageContaining("messages[0].content[0] must be an object");
    }
}
