package org.passerelle.policy;

import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;
import org.passerelle.detect.Classification;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one component that decides where a request may go. Rules implemented here (architecture,
 * policy section): 1, a sensitive request reaches only {@code local} or {@code internal} models,
 * rerouted to the most capable such model that can chat (or refused when the configuration says
 * {@code on-sensitive: refuse} or none exists); 6, a request whose scan failed is sensitive (the
 * detector's classification already says so). Stateless; thread-safe.
 */
public final class Policy {

    private static final List<HostingClass> SENSITIVE_ALLOWED =
            Arrays.stream(HostingClass.values()).filter(HostingClass::mayReceiveSensitiveData).toList();

    private final GatewayConfig config;

    public Policy(GatewayConfig config) {
        this.config = config;
    }

    public Decision decide(String requestedModel, Classification classification) {
        return decide(requestedModel, classification, "chat");
    }

    /**
     * @param capability what the request needs of a replacement model: {@code chat} (chat and text
     *                   completions) or {@code embedding}
     */
    public Decision decide(String requestedModel, Classification classification, String capability) {
        Optional<GatewayConfig.Model> requested = config.model(requestedModel);
        if (requested.isEmpty()) {
            return new Decision.Refuse("model_not_found", "The model '" + safe(requestedModel)
                    + "' does not exist on this gateway; GET /v1/models lists the models you may use.", List.of());
        }
        GatewayConfig.Model model = requested.get();
        GatewayConfig.Provider provider = config.provider(model.provider()).orElseThrow();
        if (!classification.sensitive() || provider.hosting().mayReceiveSensitiveData()) {
            return new Decision.Allow(model, provider);
        }
        if (config.onSensitive() == GatewayConfig.OnSensitive.REFUSE) {
            return refusal();
        }
        Optional<GatewayConfig.Model> alternative = config.models().stream()
                .filter(candidate -> candidate.capabilities().contains(capability))
                .filter(candidate -> config.provider(candidate.provider()).map(p -> p.hosting().mayReceiveSensitiveData())
                        .orElse(false))
                .max(Comparator.comparingDouble(GatewayConfig.Model::parameters));
        if (alternative.isEmpty()) {
            return refusal();
        }
        return new Decision.Reroute(model, alternative.get(), config.provider(alternative.get().provider()).orElseThrow(),
                "sensitive data may only reach local or internal models");
    }

    private static Decision.Refuse refusal() {
        return new Decision.Refuse("sensitive_data", "This request contains sensitive data, which may only be sent to "
                + "local or internal models, and none is available for it. Remove or pseudonymise the data "
                + "(passerelle pseudonymize), or ask your administrator for a local model.", SENSITIVE_ALLOWED);
    }

    /** Model names come from the client: keep them short and printable in messages. */
    private static String safe(String name) {
        if (name == null) {
            return "";
        }
        String printable = name.replaceAll("[^A-Za-z0-9._:/@+-]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
