package org.passerelle.config;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.ReferenceData;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    private static final Path DATA = Path.of("target", "config-test-data");

    @Test
    void the_commented_example_is_valid() {
        GatewayConfig config = ConfigLoader.load(ReferenceData.dir().resolveSibling("config").resolve("passerelle.example.yaml"), DATA);

        assertThat(config.providers()).extracting(GatewayConfig.Provider::hosting)
                .containsExactly(HostingClass.LOCAL, HostingClass.INTERNAL, HostingClass.SOVEREIGN);
        assertThat(config.model("mistral-small").orElseThrow().upstreamName()).startsWith("mistralai/");
        assertThat(config.provider("dsi-vllm").orElseThrow().zone()).isEqualTo("FRA");
        assertThat(config.provider("mistral").orElseThrow().apiKeyEnv()).isEqualTo("MISTRAL_API_KEY");
    }

    @Test
    void the_policy_defaults_follow_the_institute_and_can_live_in_their_own_file(@org.junit.jupiter.api.io.TempDir Path folder)
            throws java.io.IOException {
        PolicyConfig defaults = ConfigLoader.parse("", DATA).policy();
        java.nio.file.Files.writeString(folder.resolve("rules.yaml"), """
                on-sensitive: refuse
                training: {required: true, self-attestation: false, validity-days: 730}
                tasks: {translation: {min-tier: 3}}
                """);
        java.nio.file.Files.writeString(folder.resolve("passerelle.yaml"), "policy-file: rules.yaml\n");

        PolicyConfig fromFile = ConfigLoader.load(folder.resolve("passerelle.yaml"), DATA).policy();

        assertThat(defaults.allowExternal()).isFalse();
        assertThat(defaults.training().required()).isTrue();
        assertThat(defaults.onSensitive()).isEqualTo(GatewayConfig.OnSensitive.REROUTE);
        assertThat(fromFile.onSensitive()).isEqualTo(GatewayConfig.OnSensitive.REFUSE);
        assertThat(fromFile.training().selfAttestation()).isFalse();
        assertThat(fromFile.training().validityDays()).isEqualTo(730);
        assertThat(fromFile.minimumTier(org.passerelle.routing.Task.TRANSLATION)).isEqualTo(3);
        assertThat(fromFile.minimumTier(org.passerelle.routing.Task.CORRECTION)).isEqualTo(1);
    }

    @Test
    void model_tiers_default_from_their_size() {
        GatewayConfig config = ConfigLoader.parse("""
                providers: [{id: a, type: openai, base-url: 'http://x', hosting: local}]
                models:
                  - {id: s, provider: a, parameters: 1.2}
                  - {id: m, provider: a, parameters: 24}
                  - {id: l, provider: a, parameters: 123}
                  - {id: x, provider: a, parameters: 123, tier: 2}
                """, DATA);

        assertThat(config.models()).extracting(GatewayConfig.Model::tier).containsExactly(1, 2, 3, 2);
    }

    @Test
    void an_empty_file_means_the_defaults() {
        assertThat(ConfigLoader.parse("", DATA).models()).extracting(GatewayConfig.Model::id).contains("llama3.2:1b");
    }

    static Stream<Arguments> invalid() {
        String provider = "providers: [{id: a, type: openai, base-url: 'http://x', hosting: local}]\n";
        return Stream.of(
                Arguments.of("providers: [{id: a, type: openai, base-url: 'http://x', hosting: cloud}]",
                        "providers[0].hosting: unknown value 'cloud'"),
                Arguments.of("providers: [{id: a, type: grpc, base-url: 'http://x', hosting: local}]",
                        "providers[0].type: unknown value 'grpc'"),
                Arguments.of("providers: [{id: a, type: openai, base-url: 'ftp://x', hosting: local}]",
                        "providers[0].base-url: 'ftp://x' is not an http(s) URL"),
                Arguments.of("providers: [{id: a, type: openai, hosting: local}]", "providers[0].base-url: required"),
                Arguments.of("server: {port: 99999}", "server.port: '99999' is not a whole number"),
                Arguments.of("server: {colour: blue}", "server.colour: unknown key"),
                Arguments.of("policy: {on-sensitive: maybe}", "policy.on-sensitive: unknown value 'maybe'"),
                Arguments.of("storage: {url: 'jdbc:mysql://x'}", "storage.url: the URL is neither an H2 nor a PostgreSQL"),
                Arguments.of(provider + "models: [{id: m, provider: b, parameters: 1}]", "models[0].provider: no provider has the id 'b'"),
                Arguments.of(provider + "models: [{id: auto, provider: a, parameters: 1}]", "models[0].id: 'auto' is reserved"),
                Arguments.of(provider + "models: [{id: m, provider: a}]", "models[0].parameters: required"),
                Arguments.of("models: {id: m}", "models: expected a list"),
                Arguments.of("- just\n- a list", "(root): expected a mapping"),
                Arguments.of("policy: {allow-external: yes-please}", "policy.allow-external: expected true or false"),
                Arguments.of(provider + "policy: {allow-paid-subscriptions: [b]}",
                        "policy.allow-paid-subscriptions[0]: no provider has the id 'b'"),
                Arguments.of("policy: {training: {validity-days: 0}}", "policy.training.validity-days: '0' is not a whole number"),
                Arguments.of("policy: {training: {mandatory: true}}", "policy.training.mandatory: unknown key"),
                Arguments.of("policy: {tasks: {poetry: {min-tier: 1}}}", "policy.tasks.poetry: unknown task"),
                Arguments.of("policy: {tasks: {summary: {min-tier: 4}}}", "policy.tasks.summary.min-tier: '4' is not a whole number"),
                Arguments.of(provider + "models: [{id: m, provider: a, parameters: 1, tier: 0}]", "models[0].tier: '0' is not"),
                Arguments.of("providers: [{id: a, type: openai, base-url: 'http://x', hosting: local, enabled: maybe}]",
                        "providers[0].enabled: expected true or false"),
                Arguments.of("policy: {}\npolicy-file: rules.yaml", "policy-file: give the policy either inline"),
                Arguments.of("policy-file: does-not-exist.yaml", "policy-file: "));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalid_configurations_are_refused_naming_the_key_path(String yaml, String message) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, DATA))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message);
    }

    @Property(tries = 300)
    void any_text_gives_a_configuration_or_a_configuration_error(@ForAll @StringLength(max = 200) String yaml) {
        try {
            assertThat(ConfigLoader.parse(yaml, DATA)).isNotNull();
        } catch (ConfigException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
