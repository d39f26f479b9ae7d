package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passerelle admin} on the embedded database: what administrators and the DPO manage, and bad input. */
class AdminCommandTest {

    @TempDir
    Path data;

    private CliRun admin(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "admin";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--data";
        full[args.length + 2] = data.toString();
        return CliRun.of(full);
    }

    @Test
    void users_teams_processings_keys_attestations_and_quotas() {
        assertThat(admin("team-create", "U1234").exitCode()).isZero();
        CliRun user = admin("user-create", "claire", "--role", "dpo", "--team", "U1234");
        assertThat(user.exitCode()).as(user.err()).isZero();
        assertThat(user.out()).contains("psk_");
        assertThat(admin("user-list").out()).contains("claire").contains("dpo").contains("U1234");

        CliRun processing = admin("processing-create", "survey-coding", "--purpose", "Code survey answers",
                "--dpia", "DPIA-2026-014", "--approved", "2026-01-15", "--expires", "2099-01-15", "--hosting", "sovereign");
        assertThat(processing.exitCode()).as(processing.err()).isZero();
        assertThat(admin("processing-list").out()).contains("survey-coding").contains("DPIA-2026-014").contains("yes");

        CliRun key = admin("key-create", "claire", "--kind", "automated", "--processing", "survey-coding");
        assertThat(key.exitCode()).as(key.err()).isZero();
        String keyId = key.out().split(" ")[1];
        assertThat(admin("key-list").out()).contains("automated").contains("survey-coding");
        assertThat(admin("key-bind", keyId, "--none").exitCode()).isZero();
        assertThat(admin("key-list").out()).doesNotContain("survey-coding");

        CliRun attest = admin("attest", "claire", "--training", "Objectif IA", "--date", "2026-03-01", "--ethics-acknowledged");
        assertThat(attest.exitCode()).as(attest.err()).isZero();
        assertThat(attest.out()).contains("valid until 2027-03-01");
        assertThat(admin("attestation-list", "claire").out()).contains("Objectif IA").contains("admin-cli");

        CliRun quota = admin("quota-set", "--team", "U1234", "--period", "month", "--metric", "energy_wh", "--soft", "50", "--hard", "100");
        assertThat(quota.exitCode()).as(quota.err()).isZero();
        String quotaId = quota.out().split(" ")[1];
        assertThat(admin("quota-list").out()).contains("U1234").contains("energy_wh").contains("100.0");
        assertThat(admin("quota-delete", quotaId).exitCode()).isZero();
        assertThat(admin("quota-list").out()).doesNotContain("U1234");

        assertThat(admin("user-set", "claire", "--role", "user", "--team", "").exitCode()).isZero();
        assertThat(admin("user-list").out()).contains("claire").doesNotContain("U1234");
    }

    @Test
    void bad_input_exits_2_with_a_one_line_reason() {
        admin("user-create", "dan");
        CliRun noEthics = admin("attest", "dan", "--training", "Objectif IA");
        CliRun unknownUser = admin("attest", "nobody", "--training", "x", "--ethics-acknowledged");
        CliRun badHosting = admin("processing-create", "p", "--purpose", "x", "--dpia", "D", "--approved", "2026-01-01",
                "--expires", "2027-01-01", "--hosting", "cloud");
        CliRun noDpia = admin("processing-create", "p", "--purpose", "x", "--dpia", " ", "--approved", "2026-01-01",
                "--expires", "2027-01-01", "--hosting", "sovereign");
        CliRun softAboveHard = admin("quota-set", "--user", "dan", "--period", "day", "--metric", "requests", "--soft", "5", "--hard", "2");
        CliRun badMetric = admin("quota-set", "--user", "dan", "--period", "day", "--metric", "watts", "--hard", "2");
        CliRun bothSubjects = admin("quota-set", "--user", "dan", "--team", "t", "--period", "day", "--metric", "requests", "--hard", "2");
        CliRun badDate = admin("attest", "dan", "--training", "x", "--date", "yesterday", "--ethics-acknowledged");

        for (CliRun run : new CliRun[] {noEthics, unknownUser, badHosting, noDpia, softAboveHard, badMetric, bothSubjects, badDate}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines().count()).as(run.err()).isLessThanOrEqualTo(2);
        }
        assertThat(noEthics.err()).contains("ethics");
        assertThat(unknownUser.err()).contains("no user is named 'nobody'");
        assertThat(badHosting.err()).contains("unknown hosting class 'cloud'");
        assertThat(noDpia.err()).contains("DPIA");
    }
}
