package org.passerelle.auth;

/**
 * An authenticated caller: the user and the key used. Carries no secret.
 *
 * @param userId user id
 * @param name   user name
 * @param role   user role
 * @param keyId  id of the API key used
 */
public record Caller(String userId, String name, Role role, String keyId) {
}
