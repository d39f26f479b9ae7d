package org.passerelle.registry;

import org.passerelle.config.HostingClass;

import java.time.LocalDate;
import java.util.Set;

/**
 * A registered processing (traitement) for automated use of sovereign or external models (R4):
 * what it is for, the reference of its data-protection impact assessment, when it was approved
 * and until when, and where it may send requests.
 *
 * @param allowedProviders provider ids it may use; empty means any provider of an allowed hosting class
 */
public record Processing(String id, String name, String purpose, String dpiaReference, LocalDate approvedOn,
                         LocalDate expiresOn, Set<HostingClass> allowedHosting, Set<String> allowedProviders) {

    public Processing {
        allowedHosting = Set.copyOf(allowedHosting);
        allowedProviders = Set.copyOf(allowedProviders);
    }

    /** Approved, with a DPIA reference, and not expired on that day. */
    public boolean validOn(LocalDate day) {
        return dpiaReference != null && !dpiaReference.isBlank() && !approvedOn.isAfter(day) && !expiresOn.isBefore(day);
    }

    public boolean allows(String providerId, HostingClass hosting) {
        return allowedHosting.contains(hosting) && (allowedProviders.isEmpty() || allowedProviders.contains(providerId));
    }
}
