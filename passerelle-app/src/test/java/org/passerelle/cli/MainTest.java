package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.passerelle.testing.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void help_lists_every_command() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("scan", "eval", "footprint");
    }

    @Test
    void every_command_has_help() {
        for (String command : new String[] {"scan", "eval", "footprint"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: passerelle " + command);
        }
    }

    @Test
    void unknown_command_is_a_usage_error() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void version_is_printed() {
        assertThat(CliRun.of("--version").out()).startsWith("passerelle ");
    }
}
