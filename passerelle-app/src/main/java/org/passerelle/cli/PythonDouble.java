package org.passerelle.cli;

import java.math.BigDecimal;

/**
 * Doubles printed as Python's {@code repr} prints them: the shortest string that reads back to the
 * same double, in fixed notation for exponents -4 to 15 and scientific ({@code 1.5e-05}) outside.
 * Java's {@code Double.toString} finds the same shortest digits (JDK 19+) but lays them out
 * differently, so only the layout is redone here.
 */
final class PythonDouble {

    private PythonDouble() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String sign = decimal.signum() < 0 ? "-" : "";
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale(); // value = d.ddd × 10^exponent
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exponentText = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        return sign + mantissa + "e" + exponentText;
    }
}
