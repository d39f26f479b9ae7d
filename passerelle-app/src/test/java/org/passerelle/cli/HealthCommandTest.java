package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.api.Gateway;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** What containers need of the command line: a health check without curl, configuration named by the environment. */
class HealthCommandTest {

    @TempDir
    Path data;

    @Test
    void health_exits_0_for_a_running_gateway_and_1_when_none_answers() {
        Gateway gateway = Gateway.start(ConfigLoader.parse("storage: {url: 'jdbc:h2:file:%s/passerelle'}\n"
                .formatted(data.toString().replace('\\', '/')), data), 0, Clock.systemUTC(), "1.2.3");
        try {
            CliRun up = CliRun.of("health", "--url", "http://127.0.0.1:" + gateway.port() + "/health");
            assertThat(up.exitCode()).as(up.out()).isZero();
            assertThat(up.out()).contains("HTTP 200, ok");
        } finally {
            gateway.close();
        }
        CliRun down = CliRun.of("health", "--url", "http://127.0.0.1:9/health");
        assertThat(down.exitCode()).isEqualTo(Main.FAILURE);
        assertThat(down.out()).contains("unreachable");
    }

    @Test
    void the_environment_may_name_the_configuration_file_and_the_option_wins() throws Exception {
        Path file = Files.writeString(data.resolve("passerelle.yaml"), "server: {port: 9099}\n");
        ConfigOptions options = new ConfigOptions();
        options.data = data;
        assertThat(options.load(file.toString()).port()).isEqualTo(9099);
        assertThat(options.load(null).port()).isEqualTo(GatewayConfig.defaults(data).port());
        options.config = Files.writeString(data.resolve("other.yaml"), "server: {port: 9100}\n");
        assertThat(options.load(file.toString()).port()).isEqualTo(9100);
    }
}
