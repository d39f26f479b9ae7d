package org.passerelle.footprint;

import java.util.List;

/**
 * Impact factors of one kWh of electricity in a zone.
 *
 * @param zone     ISO 3166-1 alpha-3 code, or {@code WOR} (world) and {@code EEE} (Europe)
 * @param adpe     kgSbeq per kWh
 * @param pe       MJ per kWh
 * @param gwp      kgCO2eq per kWh
 * @param wue      litres of water consumed to generate one kWh (off-site)
 * @param warnings warning codes the mix carries (profile 0.11 world fall-backs)
 */
public record ElectricityMix(String zone, double adpe, double pe, double gwp, double wue,
                             List<String> warnings) {

    public ElectricityMix {
        warnings = List.copyOf(warnings);
    }

    public ElectricityMix(String zone, double adpe, double pe, double gwp, double wue) {
        this(zone, adpe, pe, gwp, wue, List.of());
    }
}
