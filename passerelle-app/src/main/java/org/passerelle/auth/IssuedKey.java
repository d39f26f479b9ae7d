package org.passerelle.auth;

/**
 * A key just created: the secret is shown once, here, and never stored.
 *
 * @param keyId  id of the key (for listing and revoking)
 * @param secret the API key itself
 */
public record IssuedKey(String keyId, String secret) {
}
