package org.passerelle.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Impact values as people read them, the way the EcoLogits Calculator shows them: the unit is
 * scaled down while the value is below 1 (kWh → Wh → mWh, kg → g → mg → µg, MJ → kJ, L → mL) and
 * the number has three significant digits.
 */
enum ReadableQuantity {
    ENERGY("energy", new String[] {"kWh", "Wh", "mWh"}, 1000),
    GWP("GWP", new String[] {"kgCO2eq", "gCO2eq", "mgCO2eq"}, 1000),
    ADPE("ADPe", new String[] {"kgSbeq", "gSbeq", "mgSbeq", "µgSbeq"}, 1000),
    PE("primary energy", new String[] {"MJ", "kJ"}, 1000),
    WATER("water", new String[] {"L", "mL"}, 1000);

    private final String label;
    private final String[] units;
    private final double step;

    ReadableQuantity(String label, String[] units, double step) {
        this.label = label;
        this.units = units;
        this.step = step;
    }

    String label() {
        return label;
    }

    /** The index of the unit to show {@code value} (in the base unit) in. */
    int unitFor(double value) {
        int unit = 0;
        double scaled = value;
        while (unit < units.length - 1 && Math.abs(scaled) < 1 && scaled != 0) {
            scaled *= step;
            unit++;
        }
        return unit;
    }

    double inUnit(double value, int unit) {
        double scaled = value;
        for (int i = 0; i < unit; i++) {
            scaled *= step;
        }
        return scaled;
    }

    String unit(int unit) {
        return units[unit];
    }

    /** {@code value} with its own unit, e.g. {@code 434 mWh}. */
    String format(double value) {
        int unit = unitFor(value);
        return significant(inUnit(value, unit)) + " " + units[unit];
    }

    /** Three significant digits, no trailing zeros (Python's {@code :.3g} without exponent). */
    static String significant(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
    }
}
