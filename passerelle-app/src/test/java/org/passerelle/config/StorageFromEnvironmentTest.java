package org.passerelle.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code storage.url-env}: the database URL (and its password) from the environment, for containers. */
class StorageFromEnvironmentTest {

    private static final Path DATA = Path.of("target", "storage-env");

    @Test
    void the_url_is_read_from_the_named_variable() {
        // PATH is set in every environment; it is not a JDBC URL, which the loader says without echoing it.
        assertThatThrownBy(() -> ConfigLoader.parse("storage: {url-env: PATH}\n", DATA))
                .isInstanceOf(ConfigException.class).hasMessage("storage.url: the URL is neither an H2 nor a PostgreSQL JDBC URL");
    }

    @Test
    void a_missing_variable_or_both_keys_are_clear_errors() {
        assertThatThrownBy(() -> ConfigLoader.parse("storage: {url-env: PASSERELLE_NO_SUCH_VARIABLE_1234}\n", DATA))
                .hasMessageContaining("storage.url-env: the environment variable PASSERELLE_NO_SUCH_VARIABLE_1234 is not set");
        assertThatThrownBy(() -> ConfigLoader.parse("storage: {url: 'jdbc:h2:mem:x', url-env: X}\n", DATA))
                .hasMessageContaining("give url or url-env, not both");
        assertThat(ConfigLoader.parse("storage: {url: 'jdbc:h2:mem:x'}\n", DATA).storageUrl()).isEqualTo("jdbc:h2:mem:x");
    }
}
