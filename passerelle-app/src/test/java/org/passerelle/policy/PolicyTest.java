package org.passerelle.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.api.Gateway;
import org.passerelle.auth.Caller;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;
import org.passerelle.detect.Classification;
import org.passerelle.detect.Reason;
import org.passerelle.registry.Processing;
import org.passerelle.routing.CodeTopic;
import org.passerelle.routing.Task;
import org.passerelle.routing.TaskRecognizer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy's decision for every combination of sensitivity, hosting class, key kind, task and training. */
class PolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static final String PROVIDERS = """
            providers:
              - {id: laptop, type: openai, base-url: 'http://127.0.0.1:1/v1', hosting: local}
              - {id: dsi, type: openai, base-url: 'http://127.0.0.1:2/v1', hosting: internal}
              - {id: mistral, type: openai, base-url: 'http://127.0.0.1:3/v1', hosting: sovereign}
              - {id: bigcloud, type: openai, base-url: 'http://127.0.0.1:4/v1', hosting: external}
            models:
              - {id: on-local, provider: laptop, parameters: 3, capabilities: [chat, code]}
              - {id: on-internal, provider: dsi, parameters: 24, capabilities: [chat, code]}
              - {id: on-sovereign, provider: mistral, parameters: 123, capabilities: [chat, code]}
              - {id: on-external, provider: bigcloud, parameters: 300, capabilities: [chat, code]}
            """;

    private static Policy policy(String policyYaml) {
        GatewayConfig config = ConfigLoader.parse(policyYaml + PROVIDERS, Path.of("target"));
        return new Policy(config, Gateway.footprint(config), CLOCK);
    }

    private static final Policy REROUTING = policy("policy: {allow-external: true}\n");

    enum Key { PERSONAL, AUTOMATED_UNBOUND, AUTOMATED_BOUND }

    enum Ask { QUESTION, SECURITY_CODE }

    private static final Processing SURVEY = new Processing("p1", "survey-coding", "code free-text survey answers",
            "DPIA-2026-014", TODAY.minusMonths(2), TODAY.plusYears(1),
            Set.of(HostingClass.SOVEREIGN, HostingClass.EXTERNAL), Set.of());

    private static Caller caller(Key key, boolean trained) {
        return new Caller("u1", "alice", Role.USER, "k1", key != Key.PERSONAL, null,
                key == Key.AUTOMATED_BOUND ? SURVEY : null, trained ? TODAY.plusDays(10) : null);
    }

    private static TaskRecognizer.Recognition recognition(Ask ask) {
        return ask == Ask.QUESTION ? new TaskRecognizer.Recognition(Task.QUESTION_ANSWERING, Set.of(), false)
                : new TaskRecognizer.Recognition(Task.CODE, Set.of(CodeTopic.AUTHENTICATION), false);
    }

    /**
     * The expected outcome, written from docs/architecture.md's rules: training first; automated
     * use of a sovereign or external provider needs a processing; sensitive data and security code
     * go to local/internal models only (rerouted to the most capable one, here on-internal).
     */
    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean sensitive : new boolean[] {false, true}) {
            for (HostingClass hosting : HostingClass.values()) {
                for (Key key : Key.values()) {
                    for (Ask ask : Ask.values()) {
                        for (boolean trained : new boolean[] {true, false}) {
                            boolean leavesHouse = !hosting.mayReceiveSensitiveData();
                            String expected;
                            if (!trained) {
                                expected = "refuse training_required";
                            } else if (leavesHouse && key == Key.AUTOMATED_UNBOUND) {
                                expected = "refuse dpia_required";
                            } else if (leavesHouse && sensitive) {
                                expected = "reroute on-internal sensitive_data";
                            } else if (leavesHouse && ask == Ask.SECURITY_CODE) {
                                expected = "reroute on-internal sensitive_code";
                            } else {
                                expected = "allow on-" + hosting.id();
                            }
                            rows.add(Arguments.of(sensitive, hosting, key, ask, trained, expected));
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "sensitive={0} {1} {2} {3} trained={4} -> {5}")
    @MethodSource("table")
    void decides(boolean sensitive, HostingClass hosting, Key key, Ask ask, boolean trained, String expected) {
        Decision decision = REROUTING.decide(new Policy.Request(caller(key, trained), "on-" + hosting.id(),
                classification(sensitive), "chat", recognition(ask), 100));

        assertThat(describe(decision)).isEqualTo(expected);
    }

    private static Classification classification(boolean sensitive) {
        return sensitive ? new Classification(true, Set.of(Reason.NOMINATIVE_HEALTH))
                : new Classification(false, Set.of());
    }

    private static String describe(Decision decision) {
        return switch (decision) {
            case Decision.Allow allow -> "allow " + allow.model().id();
            case Decision.Reroute reroute -> "reroute " + reroute.model().id() + " " + reroute.code();
            case Decision.Refuse refuse -> "refuse " + refuse.code();
        };
    }

    private static Decision decide(Policy policy, Caller caller, String model, boolean sensitive, Ask ask) {
        return policy.decide(new Policy.Request(caller, model, classification(sensitive), "chat", recognition(ask), 100));
    }

    @Test
    void on_sensitive_refuse_refuses_instead_of_rerouting() {
        Policy refusing = policy("policy: {allow-external: true, on-sensitive: refuse}\n");

        assertThat(describe(decide(refusing, caller(Key.PERSONAL, true), "on-external", true, Ask.QUESTION)))
                .isEqualTo("refuse sensitive_data");
        assertThat(describe(decide(refusing, caller(Key.PERSONAL, true), "on-sovereign", false, Ask.SECURITY_CODE)))
                .isEqualTo("refuse sensitive_code");
        assertThat(describe(decide(refusing, caller(Key.PERSONAL, true), "on-local", true, Ask.QUESTION)))
                .isEqualTo("allow on-local");
    }

    @Test
    void external_providers_are_off_by_default_and_sovereign_ones_are_not() {
        Policy defaults = policy("");

        assertThat(describe(decide(defaults, caller(Key.PERSONAL, true), "on-external", false, Ask.QUESTION)))
                .isEqualTo("refuse external_disabled");
        assertThat(describe(decide(defaults, caller(Key.PERSONAL, true), "on-sovereign", false, Ask.QUESTION)))
                .isEqualTo("allow on-sovereign");
    }

    @Test
    void a_disabled_provider_and_an_unlisted_paid_subscription_serve_nothing() {
        String disabled = PROVIDERS.replace("hosting: sovereign}", "hosting: sovereign, enabled: false}")
                .replace("hosting: external}", "hosting: external, paid-subscription: true}");
        GatewayConfig config = ConfigLoader.parse("policy: {allow-external: true}\n" + disabled, Path.of("target"));
        Policy policy = new Policy(config, Gateway.footprint(config), CLOCK);
        GatewayConfig allowing = ConfigLoader.parse("policy: {allow-external: true, allow-paid-subscriptions: [bigcloud]}\n"
                + disabled, Path.of("target"));

        assertThat(describe(decide(policy, caller(Key.PERSONAL, true), "on-sovereign", false, Ask.QUESTION)))
                .isEqualTo("refuse provider_disabled");
        assertThat(describe(decide(policy, caller(Key.PERSONAL, true), "on-external", false, Ask.QUESTION)))
                .isEqualTo("refuse paid_subscription_not_allowed");
        assertThat(describe(decide(new Policy(allowing, Gateway.footprint(allowing), CLOCK), caller(Key.PERSONAL, true),
                "on-external", false, Ask.QUESTION))).isEqualTo("allow on-external");
    }

    @Test
    void an_expired_processing_or_one_that_does_not_cover_the_provider_requires_a_dpia() {
        Processing expired = new Processing("p2", "old", "x", "DPIA-1", TODAY.minusYears(2), TODAY.minusDays(1),
                Set.of(HostingClass.SOVEREIGN), Set.of());
        Processing elsewhere = new Processing("p3", "other", "x", "DPIA-2", TODAY.minusDays(1), TODAY.plusDays(1),
                Set.of(HostingClass.SOVEREIGN), Set.of("another-provider"));
        for (Processing processing : List.of(expired, elsewhere)) {
            Caller script = new Caller("u1", "bot", Role.USER, "k9", true, null, processing, TODAY);
            assertThat(describe(decide(REROUTING, script, "on-sovereign", false, Ask.QUESTION))).isEqualTo("refuse dpia_required");
        }
    }

    @Test
    void training_is_not_required_when_the_policy_says_so() {
        Policy open = policy("policy: {training: {required: false}}\n");

        assertThat(describe(decide(open, caller(Key.PERSONAL, false), "on-local", false, Ask.QUESTION))).isEqualTo("allow on-local");
    }

    @Test
    void auto_picks_the_lowest_energy_model_of_the_task_tier_among_those_allowed() {
        Policy policy = policy("policy: {allow-external: true, tasks: {summary: {min-tier: 1}, question-answering: {min-tier: 2}}}\n");
        Caller alice = caller(Key.PERSONAL, true);

        Decision summary = policy.decide(new Policy.Request(alice, "auto:summary", classification(false), "chat", null, 100));
        Decision question = policy.decide(new Policy.Request(alice, "auto", classification(false), "chat",
                recognition(Ask.QUESTION), 100));
        Decision unknown = policy.decide(new Policy.Request(alice, "auto:poetry", classification(false), "chat", null, 100));

        assertThat(describe(summary)).isEqualTo("allow on-local");
        assertThat(((Decision.Allow) summary).advice().route()).contains("tier 1");
        assertThat(describe(question)).isEqualTo("allow on-internal");
        assertThat(describe(unknown)).isEqualTo("refuse model_not_found");
    }

    @Test
    void auto_respects_context_length_and_falls_back_to_the_highest_tier_available() {
        Policy policy = policy("policy: {allow-external: true, tasks: {code: {min-tier: 3}}}\n");
        Caller alice = caller(Key.PERSONAL, true);

        Decision longPrompt = policy.decide(new Policy.Request(alice, "auto:summary", classification(false), "chat", null, 9000));
        Decision sensitiveCode = policy.decide(new Policy.Request(alice, "auto", classification(true), "chat",
                recognition(Ask.SECURITY_CODE), 100));

        assertThat(describe(longPrompt)).isEqualTo("refuse no_allowed_model"); // every model here has the default 8192 tokens
        assertThat(describe(sensitiveCode)).isEqualTo("allow on-internal");
        assertThat(((Decision.Allow) sensitiveCode).advice().route()).contains("no allowed model reaches tier 3");
        assertThat(((Decision.Allow) sensitiveCode).advice().expertReview()).isTrue();
    }

    @Test
    void a_named_oversized_model_gets_a_suggestion_not_a_refusal() {
        Policy policy = policy("policy: {allow-external: true, tasks: {correction: {min-tier: 1}}}\n");
        TaskRecognizer.Recognition correction = new TaskRecognizer.Recognition(Task.CORRECTION, Set.of(), true);

        Decision decision = policy.decide(new Policy.Request(caller(Key.PERSONAL, true), "on-external",
                classification(false), "chat", correction, 100));

        assertThat(describe(decision)).isEqualTo("allow on-external");
        Advice advice = ((Decision.Allow) decision).advice();
        assertThat(advice.suggestion().id()).isEqualTo("on-local");
        assertThat(advice.classicalMl()).isTrue();
        assertThat(advice.expertReview()).isFalse();
        assertThat(policy.referenceEnergyWh("on-local")).isLessThan(policy.referenceEnergyWh("on-external"));
    }
}
