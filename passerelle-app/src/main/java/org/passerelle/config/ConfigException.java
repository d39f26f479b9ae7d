package org.passerelle.config;

import org.passerelle.PasserelleException;

/** A configuration that cannot be used: the message names the key path and the bad value. */
public final class ConfigException extends PasserelleException {

    public ConfigException(String message) {
        super(Kind.INVALID_INPUT, "invalid-configuration", message);
    }
}
