package org.passerelle.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.passerelle.config.ConfigException;
import org.passerelle.config.ConfigLoader;

import java.nio.file.Path;

/** Any text is a configuration or a ConfigException naming what is wrong; nothing else escapes. */
class ConfigLoaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void any_text_is_a_configuration_or_a_configuration_error(FuzzedDataProvider data) {
        try {
            ConfigLoader.parse(data.consumeRemainingAsString(), Path.of("target", "fuzz-data"));
        } catch (ConfigException expected) {
            // a clear refusal, naming the key path
        }
    }
}
