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
}
