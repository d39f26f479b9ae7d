package org.passerelle.auth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.store.Database;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @TempDir
    Path data;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:file:" + data.toString().replace('\\', '/') + "/keys");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keys_are_high_entropy_and_stored_only_as_hashes() {
        ApiKeys keys = new ApiKeys(database.jdbi(), Clock.systemUTC(), new SecureRandom());
        IssuedKey key = keys.issue(keys.createUser("gina", Role.USER), "personal");

        assertThat(key.secret()).startsWith("psk_").hasSizeGreaterThanOrEqualTo(4 + 43);
        String stored = database.jdbi().withHandle(handle -> handle.createQuery("SELECT hash FROM api_keys").mapTo(String.class).one());
        assertThat(stored).isEqualTo(ApiKeys.hash(key.secret())).doesNotContain(key.secret().substring(4, 20));
        assertThat(keys.authenticate(key.secret())).map(Caller::name).contains("gina");
        assertThat(keys.authenticate(key.secret() + "x")).isEmpty();
    }

    @Test
    void a_revoked_key_is_refused_at_once_here_and_within_the_cache_time_on_other_replicas() {
        MutableClock clock = new MutableClock();
        ApiKeys here = new ApiKeys(database.jdbi(), clock, new SecureRandom());
        ApiKeys otherReplica = new ApiKeys(database.jdbi(), clock, new SecureRandom());
        IssuedKey key = here.issue(here.createUser("hugo", Role.USER), "personal");
        assertThat(here.authenticate(key.secret())).isPresent();
        assertThat(otherReplica.authenticate(key.secret())).isPresent();

        here.revoke(key.keyId());

        assertThat(here.authenticate(key.secret())).isEmpty();
        assertThat(otherReplica.authenticate(key.secret())).as("cached on the other replica").isPresent();
        clock.advance(ApiKeys.CACHE_TTL.plusSeconds(1));
        assertThat(otherReplica.authenticate(key.secret())).isEmpty();
    }
}
