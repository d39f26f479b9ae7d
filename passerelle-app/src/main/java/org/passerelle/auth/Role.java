package org.passerelle.auth;

/** What a user may do: use the models, or also administer users and keys. */
public enum Role { USER, ADMIN }
