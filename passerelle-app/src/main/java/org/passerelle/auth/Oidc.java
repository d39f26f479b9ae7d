package org.passerelle.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.passerelle.PasserelleException;
import org.passerelle.config.OidcConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gateway's side of OpenID Connect: the provider's discovery document (read once, when first
 * needed, so that a provider down at start-up does not stop the gateway), token validation with
 * Nimbus JOSE + JWT (signature against the provider's JWKS, issuer, audience, expiry), and the
 * authorisation code flow with PKCE (S256) for the web page. Tokens are never logged or stored.
 */
public final class Oidc {

    /** What the provider publishes of itself. */
    record Discovery(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {
    }

    /** The start of a login: where to send the browser, and what the callback must find again. */
    public record Authorization(URI redirect, String state, String nonce, String verifier) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final OidcConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final SecureRandom random = new SecureRandom();
    private volatile Discovery discovery;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public Oidc(OidcConfig config) {
        this.config = config;
    }

    public OidcConfig config() {
        return config;
    }

    /** The claims of a valid token for this gateway (an API token, or the ID token of a web login). */
    public Optional<JWTClaimsSet> validate(String token) {
        try {
            return Optional.of(processor().process(token, null));
        } catch (PasserelleException e) {
            throw e;
        } catch (Exception e) {
            return Optional.empty(); // bad signature, wrong issuer or audience, expired, not a JWT
        }
    }

    /** Starts a login: a fresh state, nonce and PKCE verifier, and the provider's authorisation URL. */
    public Authorization authorize(String redirectUri) {
        Discovery provider = discovery();
        String state = token(24);
        String nonce = token(24);
        String verifier = token(48);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", config.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String separator = provider.authorizationEndpoint().getRawQuery() == null ? "?" : "&";
        return new Authorization(URI.create(provider.authorizationEndpoint() + separator + form(query)), state, nonce, verifier);
    }

    /** A signed-in person: the ID token (a bearer token for the API while it is valid) and its claims. */
    public record SignedIn(String idToken, JWTClaimsSet claims) {
    }

    /** Exchanges an authorisation code for the ID token, validated, with the nonce of its login. */
    public SignedIn exchange(String code, String redirectUri, String verifier, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", config.clientId());
        form.put("code_verifier", verifier);
        if (config.clientSecretEnv() != null) {
            String secret = System.getenv(config.clientSecretEnv());
            if (secret == null || secret.isBlank()) {
                throw unavailable("oidc-secret-missing", "the environment variable " + config.clientSecretEnv() + " holds no client secret");
            }
            form.put("client_secret", secret);
        }
        JsonNode answer;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery().tokenEndpoint())
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable("oidc-token-refused", "the identity provider refused the login (HTTP " + response.statusCode() + ")");
            }
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw unavailable("oidc-unreachable", "the identity provider cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("oidc-unreachable", "interrupted");
        }
        String idToken = answer.path("id_token").asText("");
        JWTClaimsSet claims = validate(idToken).orElseThrow(() -> unavailable("oidc-invalid-token",
                "the identity provider's ID token is not valid for this gateway"));
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw unavailable("oidc-invalid-token", "the ID token does not answer this login (nonce)");
        }
        return new SignedIn(idToken, claims);
    }

    // ---- discovery and validation

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (processor == null) {
                Discovery provider = discovery();
                JWKSource<SecurityContext> keys;
                try {
                    keys = JWKSourceBuilder.create(provider.jwksUri().toURL()).retrying(true).build();
                } catch (java.net.MalformedURLException e) {
                    throw unavailable("oidc-discovery-failed", "the identity provider's jwks_uri is not a URL");
                }
                DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
                built.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
                built.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
                Set<String> audiences = new HashSet<>(java.util.List.of(config.audience(), config.clientId()));
                DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(audiences,
                        new JWTClaimsSet.Builder().issuer(provider.issuer()).build(), Set.of("sub", "exp", "iat"), null);
                verifier.setMaxClockSkew(60);
                built.setJWTClaimsSetVerifier(verifier);
                processor = built;
            }
            return processor;
        }
    }

    private Discovery discovery() {
        Discovery current = discovery;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (discovery == null) {
                URI uri = URI.create(config.issuer() + "/.well-known/openid-configuration");
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw unavailable("oidc-discovery-failed", "the identity provider's discovery document answered HTTP "
                                + response.statusCode());
                    }
                    JsonNode document = JSON.readTree(response.body());
                    discovery = new Discovery(document.path("issuer").asText(config.issuer()),
                            URI.create(document.path("authorization_endpoint").asText()),
                            URI.create(document.path("token_endpoint").asText()), URI.create(document.path("jwks_uri").asText()));
                } catch (IOException | IllegalArgumentException e) {
                    throw unavailable("oidc-discovery-failed", "the identity provider cannot be reached or described ("
                            + e.getClass().getSimpleName() + ")");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw unavailable("oidc-discovery-failed", "interrupted");
                }
            }
            return discovery;
        }
    }

    // ---- helpers

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static PasserelleException unavailable(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.UNAVAILABLE, code, message);
    }
}
