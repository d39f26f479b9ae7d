package org.passerelle.config;

import java.util.Locale;

/** Where a provider runs, which decides what data it may receive (docs/architecture.md). */
public enum HostingClass {
    /** On the user's or the gateway's own machine. */
    LOCAL,
    /** Run by the institute on its own infrastructure. */
    INTERNAL,
    /** External, under French/EU law, allowed by derogation; never sensitive data. */
    SOVEREIGN,
    /** Any other external platform; never sensitive data. */
    EXTERNAL;

    /** Whether sensitive data may reach a provider of this class (rule R4). */
    public boolean mayReceiveSensitiveData() {
        return this == LOCAL || this == INTERNAL;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
