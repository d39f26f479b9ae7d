package org.passerelle.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People who come through the identity provider: a user is created at their first sign-in from
 * the token's claims (name, role, team) and known afterwards by the provider's subject; their role
 * and team follow the provider's claims at each sign-in when the configuration maps them. A valid
 * token is remembered (by its hash) for 30 seconds at most, never beyond its expiry.
 */
public final class OidcUsers {

    private static final java.time.Duration CACHE_TTL = java.time.Duration.ofSeconds(30);

    private record Cached(Caller caller, Instant until) {
    }

    private final Jdbi jdbi;
    private final ApiKeys keys;
    private final Oidc oidc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> recent = new ConcurrentHashMap<>();

    public OidcUsers(Jdbi jdbi, ApiKeys keys, Oidc oidc, Clock clock) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.oidc = oidc;
        this.clock = clock;
    }

    /** The caller a bearer token stands for, if it is a valid token of the provider for this gateway. */
    public Optional<Caller> authenticate(String token) {
        String hash = ApiKeys.hash(token);
        Instant now = clock.instant();
        Cached cached = recent.get(hash);
        // As for keys: no database on the request path while the token is remembered, except for an
        // untrained caller, looked up again so that an attestation recorded elsewhere lets them in at once.
        if (cached != null && cached.until().isAfter(now)
                && cached.caller().trainedOn(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            return Optional.of(cached.caller());
        }
        Optional<JWTClaimsSet> claims = oidc.validate(token);
        if (claims.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        String userId = cached != null && cached.until().isAfter(now) ? cached.caller().userId() : provision(claims.get());
        Optional<Caller> caller = keys.userCaller(userId);
        Instant expiry = claims.get().getExpirationTime().toInstant();
        Instant until = now.plus(CACHE_TTL).isBefore(expiry) ? now.plus(CACHE_TTL) : expiry;
        if (recent.size() > 100_000) {
            recent.clear();
        }
        caller.ifPresent(found -> recent.put(hash, new Cached(found, until)));
        return caller;
    }

    /** The user these claims describe: found by subject, or created; role and team updated from the claims. */
    public String provision(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        Role role = role(claims);
        String team = team(claims);
        return jdbi.inTransaction(handle -> {
            Optional<String> existing = handle.createQuery("SELECT id FROM users WHERE oidc_subject = :sub")
                    .bind("sub", subject).mapTo(String.class).findOne();
            String id = existing.orElseGet(() -> {
                String name = uniqueName(handle, name(claims));
                String created = UUID.randomUUID().toString();
                handle.createUpdate("INSERT INTO users (id, name, role, created_at, oidc_subject) VALUES (:id, :name, :role, :at, :sub)")
                        .bind("id", created).bind("name", name).bind("role", (role == null ? Role.USER : role).name())
                        .bind("at", LocalDateTime.now(clock)).bind("sub", subject).execute();
                return created;
            });
            if (role != null) {
                handle.createUpdate("UPDATE users SET role = :role WHERE id = :id").bind("role", role.name()).bind("id", id).execute();
            }
            if (team != null) {
                String teamId = handle.createQuery("SELECT id FROM teams WHERE name = :name").bind("name", team)
                        .mapTo(String.class).findOne().orElseGet(() -> {
                            String created = UUID.randomUUID().toString();
                            handle.createUpdate("INSERT INTO teams (id, name, created_at) VALUES (:id, :name, :at)")
                                    .bind("id", created).bind("name", team).bind("at", LocalDateTime.now(clock)).execute();
                            return created;
                        });
                handle.createUpdate("UPDATE users SET team_id = :team WHERE id = :id").bind("team", teamId).bind("id", id).execute();
            }
            return id;
        });
    }

    /** The configured claim's roles or groups mapped to the highest Passerelle role; null when none is mapped. */
    private Role role(JWTClaimsSet claims) {
        if (oidc.config().rolesClaim() == null) {
            return null;
        }
        Role best = Role.USER;
        for (String value : values(claims.getClaims(), oidc.config().rolesClaim())) {
            Role mapped = oidc.config().roles().get(value);
            if (mapped == Role.ADMIN || (mapped == Role.DPO && best == Role.USER)) {
                best = mapped;
            }
        }
        return best;
    }

    private String team(JWTClaimsSet claims) {
        if (oidc.config().teamClaim() == null) {
            return null;
        }
        List<String> values = values(claims.getClaims(), oidc.config().teamClaim());
        return values.isEmpty() ? null : printable(values.getFirst());
    }

    private String name(JWTClaimsSet claims) {
        Object value = claims.getClaim(oidc.config().usernameClaim());
        if (value == null) {
            value = claims.getClaim("email");
        }
        String name = value == null ? "sso-" + ApiKeys.hash(claims.getSubject()).substring(0, 8) : printable(value.toString());
        return name.isBlank() ? "sso-" + ApiKeys.hash(claims.getSubject()).substring(0, 8) : name;
    }

    /** A name not taken by another user (a local user of the same name keeps theirs). */
    private static String uniqueName(org.jdbi.v3.core.Handle handle, String name) {
        String candidate = name;
        for (int i = 2; handle.createQuery("SELECT COUNT(*) FROM users WHERE name = :name").bind("name", candidate)
                .mapTo(Long.class).one() > 0; i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    /** A claim's values at a dotted path ({@code realm_access.roles}): a string, or a list of strings. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> values = new ArrayList<>();
        if (node instanceof String text) {
            values.add(text);
        } else if (node instanceof List<?> list) {
            list.forEach(item -> values.add(String.valueOf(item)));
        }
        return values;
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "").strip();
        return clean.length() > 150 ? clean.substring(0, 150) : clean;
    }
}
