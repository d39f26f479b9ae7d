package org.passerelle.auth;

import org.passerelle.registry.Processing;

import java.time.LocalDate;

/**
 * An authenticated caller: the user, the key used and what the policy needs to know about them.
 * Carries no secret.
 *
 * @param userId       user id
 * @param name         user name
 * @param role         user role
 * @param keyId        id of the API key used
 * @param automated    whether the key is of kind {@code automated} (scripts, pipelines) rather than {@code personal}
 * @param teamId       the user's team, or null
 * @param processing   the registered processing the key is bound to, or null
 * @param trainedUntil last day of the user's latest valid training attestation (with the ethics note
 *                     acknowledged), or null when there is none
 * @param defaultProject the project requests are tagged with when they name none: the key's, else the user's
 */
public record Caller(String userId, String name, Role role, String keyId, boolean automated, String teamId,
                     Processing processing, LocalDate trainedUntil, String defaultProject) {

    public Caller(String userId, String name, Role role, String keyId, boolean automated, String teamId,
                  Processing processing, LocalDate trainedUntil) {
        this(userId, name, role, keyId, automated, teamId, processing, trainedUntil, null);
    }

    public boolean trainedOn(LocalDate day) {
        return trainedUntil != null && !trainedUntil.isBefore(day);
    }
}
