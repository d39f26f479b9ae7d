package org.passerelle.policy;

import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;

import java.util.List;

/** What the policy decided for one request: a value, consumed by exhaustive switches. */
public sealed interface Decision {

    /** Serve the requested model. */
    record Allow(GatewayConfig.Model model, GatewayConfig.Provider provider) implements Decision {
    }

    /** Serve another model than the one requested, and say why. */
    record Reroute(GatewayConfig.Model requested, GatewayConfig.Model model, GatewayConfig.Provider provider,
                   String reason) implements Decision {
    }

    /** Serve nothing. {@code allowedHosting} says where such a request could go. */
    record Refuse(String code, String message, List<HostingClass> allowedHosting) implements Decision {
        public Refuse {
            allowedHosting = List.copyOf(allowedHosting);
        }
    }

    /** A short name for headers, metrics and audit: allow, reroute or refuse. */
    default String name() {
        return switch (this) {
            case Allow allow -> "allow";
            case Reroute reroute -> "reroute";
            case Refuse refuse -> "refuse";
        };
    }
}
