package org.passerelle.report;

import org.passerelle.audit.AuditEvent;

/**
 * The footprint of several audited requests: the sums of their mean estimates, and of their
 * minima and maxima as the range (an event written before ranges were audited counts its mean for
 * both). Used by statements and footprint reports alike. Not thread-safe.
 */
final class FootprintSum {

    double energyWh;
    double energyWhMin;
    double energyWhMax;
    double gwpGrams;
    double gwpGramsMin;
    double gwpGramsMax;

    /** Whether an event is an answered request, the only ones statements and reports count. */
    static boolean answered(AuditEvent event) {
        return event.servedModel() != null && event.status() == 200;
    }

    void add(AuditEvent event) {
        double energy = event.energyWh() == null ? 0 : event.energyWh();
        double gwp = event.gwpGrams() == null ? 0 : event.gwpGrams();
        energyWh += energy;
        gwpGrams += gwp;
        energyWhMin += event.context().energyWhMin() == null ? energy : event.context().energyWhMin();
        energyWhMax += event.context().energyWhMax() == null ? energy : event.context().energyWhMax();
        gwpGramsMin += event.context().gwpGramsMin() == null ? gwp : event.context().gwpGramsMin();
        gwpGramsMax += event.context().gwpGramsMax() == null ? gwp : event.context().gwpGramsMax();
    }
}
