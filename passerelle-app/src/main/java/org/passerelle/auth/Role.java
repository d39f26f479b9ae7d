package org.passerelle.auth;

/**
 * What a user may do: {@code USER} uses the models; {@code DPO} (the data-protection officer)
 * also reads the audit trail, usage, users and attestations and registers processings;
 * {@code ADMIN} administers everything.
 */
public enum Role { USER, DPO, ADMIN }
