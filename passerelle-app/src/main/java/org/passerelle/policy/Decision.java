package org.passerelle.policy;

import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;

import java.util.List;

/** What the policy decided for one request: a value, consumed by exhaustive switches. */
public sealed interface Decision {

    /** Serve this model: the one requested, or the one {@code auto} chose. */
    record Allow(GatewayConfig.Model model, GatewayConfig.Provider provider, Advice advice) implements Decision {
    }

    /** Serve another model than the one requested, and say why ({@code code}: sensitive_data, sensitive_code). */
    record Reroute(GatewayConfig.Model requested, GatewayConfig.Model model, GatewayConfig.Provider provider,
                   String code, String reason, Advice advice) implements Decision {
    }

    /**
     * Serve nothing: HTTP {@code status} with a stable {@code code} (training_required,
     * sensitive_data, sensitive_code, dpia_required, external_disabled, provider_disabled,
     * paid_subscription_not_allowed, no_allowed_model, model_not_found) and what to do instead.
     * {@code allowedHosting} says where such a request could go.
     */
    record Refuse(int status, String code, String message, List<HostingClass> allowedHosting) implements Decision {
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
