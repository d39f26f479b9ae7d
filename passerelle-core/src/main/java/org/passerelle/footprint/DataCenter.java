package org.passerelle.footprint;

/**
 * Where a provider runs its models: the default electricity zone, the power usage effectiveness
 * and the on-site water usage effectiveness of its data centres (either can be uncertain).
 *
 * @param defaultZone zone used when a request names none
 * @param pue         power usage effectiveness, ≥ 1
 * @param wue         on-site water usage effectiveness, L/kWh
 */
public record DataCenter(String defaultZone, Range pue, Range wue) {

    /** Where local and internal models run unless configured otherwise: France's electricity mix. */
    public static final String HOME_ZONE = "FRA";

    public DataCenter {
        if (defaultZone == null || defaultZone.isBlank()) {
            throw new FootprintException("invalid-data-center", "a data centre needs a default zone");
        }
        if (pue == null || pue.min() < 1) {
            throw new FootprintException("invalid-data-center", "PUE must be at least 1");
        }
        if (wue == null || wue.min() < 0) {
            throw new FootprintException("invalid-data-center", "WUE must not be negative");
        }
    }

    /**
     * A machine of the institute's own (a laptop, a lab server, the IT department's GPU servers):
     * the French electricity mix unless another zone is given, and the PUE/WUE the configuration
     * states (a laptop: PUE 1, WUE 0).
     */
    public static DataCenter onPremises(String zone, double pue, double wue) {
        return new DataCenter(zone == null || zone.isBlank() ? HOME_ZONE : zone, Range.of(pue), Range.of(wue));
    }
}
