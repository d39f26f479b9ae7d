package org.passerelle.config;

import org.passerelle.auth.Role;

import java.util.List;
import java.util.Map;

/**
 * Single sign-on with an OpenID Connect provider (the institution's Keycloak, Azure AD, Renater
 * federation gateway...): people sign in to the web page with their institutional account
 * (authorisation code flow with PKCE), and scripts may call the API with a token the provider
 * issued for the gateway. API keys keep working.
 *
 * @param issuer          the provider's issuer URL; its discovery document is read from {@code /.well-known/openid-configuration}
 * @param clientId        the gateway's client id at the provider
 * @param clientSecretEnv environment variable holding the client secret (confidential client), or null (public client, PKCE only)
 * @param audience        the audience API tokens must carry (besides the client id, which ID tokens carry)
 * @param redirectUri     the callback URL registered at the provider ({@code https://host/auth/callback}), or null: built from the request
 * @param scopes          scopes asked for
 * @param usernameClaim   the claim that names a new user ({@code preferred_username})
 * @param rolesClaim      the claim listing the user's roles or groups, as a dotted path ({@code realm_access.roles}), or null
 * @param roles           provider role or group → Passerelle role (admin, dpo); others are users
 * @param teamClaim       the claim naming the user's team (created when new), or null
 */
public record OidcConfig(String issuer, String clientId, String clientSecretEnv, String audience, String redirectUri,
                         List<String> scopes, String usernameClaim, String rolesClaim, Map<String, Role> roles,
                         String teamClaim) {

    public OidcConfig {
        scopes = List.copyOf(scopes);
        roles = Map.copyOf(roles);
    }
}
