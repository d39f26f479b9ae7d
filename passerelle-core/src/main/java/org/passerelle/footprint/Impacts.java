package org.passerelle.footprint;

/**
 * The environmental impacts of one request, split as EcoLogits splits them: energy and water are
 * usage only; GWP, ADPe and primary energy are usage plus embodied.
 *
 * @param energy       electricity, kWh
 * @param usageGwp     usage greenhouse-gas emissions, kgCO2eq
 * @param usageAdpe    usage abiotic resource depletion, kgSbeq
 * @param usagePe      usage primary energy, MJ
 * @param wcf          water consumption footprint, L
 * @param embodiedGwp  embodied share of the hardware, kgCO2eq
 * @param embodiedAdpe embodied share, kgSbeq
 * @param embodiedPe   embodied share, MJ
 */
public record Impacts(Range energy, Range usageGwp, Range usageAdpe, Range usagePe, Range wcf,
                      Range embodiedGwp, Range embodiedAdpe, Range embodiedPe) {

    /** Total GWP, kgCO2eq (usage + embodied). */
    public Range gwp() {
        return usageGwp.plus(embodiedGwp);
    }

    /** Total ADPe, kgSbeq (usage + embodied). */
    public Range adpe() {
        return usageAdpe.plus(embodiedAdpe);
    }

    /** Total primary energy, MJ (usage + embodied). */
    public Range pe() {
        return usagePe.plus(embodiedPe);
    }

    /** The same impacts with each bound summed with another's, for totals over many requests. */
    public Impacts plus(Impacts other) {
        return new Impacts(energy.plus(other.energy), usageGwp.plus(other.usageGwp),
                usageAdpe.plus(other.usageAdpe), usagePe.plus(other.usagePe), wcf.plus(other.wcf),
                embodiedGwp.plus(other.embodiedGwp), embodiedAdpe.plus(other.embodiedAdpe),
                embodiedPe.plus(other.embodiedPe));
    }

    /** No impact at all: the neutral element of {@link #plus}. */
    public static Impacts zero() {
        Range zero = Range.of(0);
        return new Impacts(zero, zero, zero, zero, zero, zero, zero, zero);
    }
}
