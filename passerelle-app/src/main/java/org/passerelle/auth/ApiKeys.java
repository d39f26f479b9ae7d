package org.passerelle.auth;

import org.jdbi.v3.core.Jdbi;
import org.passerelle.PasserelleException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users and API keys. A key is {@code psk_} followed by 32 random bytes (base64url); only its
 * SHA-256 is stored, so a stolen database yields no usable key. Lookup is by hash, and the stored
 * hash is compared in constant time. Thread-safe.
 */
public final class ApiKeys {

    private static final String PREFIX = "psk_";
    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random;
    private final boolean recheckUntrained;
    /**
     * Recently authenticated keys, by hash, with the time they were checked: a request does not
     * wait for the database when its key was seen in the last {@link #CACHE_TTL}. Revoking through
     * this instance takes effect at once; through another replica, within the TTL.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> recent = new java.util.concurrent.ConcurrentHashMap<>();
    static final java.time.Duration CACHE_TTL = java.time.Duration.ofSeconds(30);

    private record Cached(Caller caller, java.time.Instant checked) {
    }

    public ApiKeys(Jdbi jdbi, Clock clock, SecureRandom random) {
        this(jdbi, clock, random, false);
    }

    /**
     * @param recheckUntrained look untrained callers up again on each request (when training is
     *                         required), so that a new attestation applies at once
     */
    public ApiKeys(Jdbi jdbi, Clock clock, SecureRandom random, boolean recheckUntrained) {
        this.recheckUntrained = recheckUntrained;
        this.jdbi = jdbi;
        this.clock = clock;
        this.random = random;
    }

    /** The caller a key belongs to, if the key exists and is not revoked. */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Cached cached = recent.get(hash);
        java.time.Instant now = clock.instant();
        // An untrained caller is looked up again each time: an attestation recorded elsewhere (the
        // command line, another replica) lets them in at once rather than after the cache's TTL.
        if (cached != null && cached.checked().plus(CACHE_TTL).isAfter(now)
                && (!recheckUntrained || cached.caller().trainedOn(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)))) {
            return Optional.of(cached.caller());
        }
        Optional<Caller> caller = lookUp(hash);
        caller.ifPresentOrElse(found -> recent.put(hash, new Cached(found, now)), () -> recent.remove(hash));
        if (recent.size() > 100_000) {
            recent.clear(); // bounded: a flood of distinct keys cannot grow it without end
        }
        return caller;
    }

    private Optional<Caller> lookUp(String hash) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Optional<Map<String, Object>> row = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT k.id AS key_id, k.hash AS hash, k.kind AS kind, u.id AS user_id, u.name AS name, u.role AS role, "
                                + "u.team_id AS team_id, COALESCE(k.default_project, u.default_project) AS default_project, p.id AS p_id, p.name AS p_name, p.purpose AS p_purpose, "
                                + "p.dpia_reference AS p_dpia, p.approved_on AS p_approved, p.expires_on AS p_expires, "
                                + "p.allowed_hosting AS p_hosting, p.allowed_providers AS p_providers, "
                                + "(SELECT MAX(a.expires_on) FROM attestations a WHERE a.user_id = u.id "
                                + "AND a.ethics_acknowledged AND a.attested_on <= :today) AS trained_until "
                                + "FROM api_keys k JOIN users u ON u.id = k.user_id "
                                + "LEFT JOIN processings p ON p.id = k.processing_id "
                                + "WHERE k.hash = :hash AND k.revoked_at IS NULL")
                .bind("hash", hash).bind("today", today).mapToMap().findOne());
        return row.filter(r -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                        String.valueOf(r.get("hash")).getBytes(StandardCharsets.US_ASCII)))
                .map(r -> new Caller(String.valueOf(r.get("user_id")), String.valueOf(r.get("name")),
                        Role.valueOf(String.valueOf(r.get("role"))), String.valueOf(r.get("key_id")),
                        "automated".equals(r.get("kind")), (String) r.get("team_id"),
                        r.get("p_id") == null ? null : org.passerelle.registry.Registry.processing(r, "p_"),
                        org.passerelle.registry.Registry.date(r.get("trained_until")), (String) r.get("default_project")));
    }

    /**
     * The caller a user is when they come with a token of the identity provider rather than a key:
     * personal, bound to no processing, {@code keyId} naming the session's origin (oidc:USER).
     */
    public Optional<Caller> userCaller(String userId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT u.id AS user_id, u.name AS name, u.role AS role, "
                        + "u.team_id AS team_id, u.default_project AS default_project, "
                        + "(SELECT MAX(a.expires_on) FROM attestations a WHERE a.user_id = u.id "
                        + "AND a.ethics_acknowledged AND a.attested_on <= :today) AS trained_until FROM users u WHERE u.id = :id")
                .bind("id", userId).bind("today", today).mapToMap().findOne())
                .map(r -> new Caller(String.valueOf(r.get("user_id")), String.valueOf(r.get("name")),
                        Role.valueOf(String.valueOf(r.get("role"))), "oidc:" + r.get("user_id"), false, (String) r.get("team_id"),
                        null, org.passerelle.registry.Registry.date(r.get("trained_until")), (String) r.get("default_project")));
    }

    /**
     * Forgets what was cached about a user's keys, so that a change to their training, team or
     * role applies to their next request on this replica (other replicas: within the cache's TTL).
     */
    public void forgetUser(String userId) {
        recent.values().removeIf(cached -> cached.caller().userId().equals(userId));
    }

    /** Forgets every cached key (after a change to processings, which any key may be bound to). */
    public void forgetAll() {
        recent.clear();
    }

    public boolean hasUsers() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one()) > 0;
    }

    /** Creates a user; fails if the name is taken. */
    public String createUser(String name, Role role) {
        String id = UUID.randomUUID().toString();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO users (id, name, role, created_at) VALUES (:id, :name, :role, :at)")
                    .bind("id", id).bind("name", name).bind("role", role.name()).bind("at", now()).execute());
        } catch (RuntimeException e) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "user-exists",
                    "a user with this name already exists");
        }
        return id;
    }

    /** Issues a new key for a user; the secret is returned once. */
    public IssuedKey issue(String userId, String kind) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO api_keys (id, user_id, prefix, hash, kind, created_at) "
                        + "VALUES (:id, :user, :prefix, :hash, :kind, :at)")
                .bind("id", id).bind("user", userId).bind("prefix", secret.substring(0, 10)).bind("hash", hash(secret))
                .bind("kind", kind).bind("at", now()).execute());
        return new IssuedKey(id, secret);
    }

    /** Revokes a key; returns whether a live key was revoked. */
    public boolean revoke(String keyId) {
        boolean revoked = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", now()).bind("id", keyId).execute()) > 0;
        recent.values().removeIf(cached -> cached.caller().keyId().equals(keyId));
        return revoked;
    }

    /** Keys as administrators see them: id, user, prefix, kind, processing, dates; never the secret. */
    public List<Map<String, Object>> list() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT k.id AS id, u.name AS user_name, k.prefix AS prefix, k.kind AS kind, "
                                + "p.name AS processing, k.created_at AS created_at, k.revoked_at AS revoked_at "
                                + "FROM api_keys k JOIN users u ON u.id = k.user_id "
                                + "LEFT JOIN processings p ON p.id = k.processing_id ORDER BY k.created_at")
                .mapToMap().list());
    }

    /** Binds a key to a registered processing (null: unbinds it); returns whether the key exists. */
    public boolean bind(String keyId, String processingId) {
        boolean bound = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE api_keys SET processing_id = :processing WHERE id = :id")
                .bind("processing", processingId).bind("id", keyId).execute()) > 0;
        recent.values().removeIf(cached -> cached.caller().keyId().equals(keyId));
        return bound;
    }

    public Optional<String> userId(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM users WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
