package org.passerelle.detect;

import java.util.List;

/**
 * The patient segments of HL7 v2 messages, as hospital systems exchange them and as they are
 * pasted from interface logs: {@code PID|1||8002741396^^^CHU^PI||DUPONT^JEAN^PIERRE||19600101|M|||
 * 12 RUE DES LILAS^^LYON^^69003^FRA||0612345678} and the next of kin's {@code NK1|1|DUPONT^MARIE|SPO|…}.
 * Fields are separated by {@code |}, their components by {@code ^}, repetitions by {@code ~}; each
 * field's place says what it holds (PID-3 identifiers, PID-5 the name, PID-6 the mother's maiden
 * name, PID-7 the birth date, PID-11 the address, PID-13 and 14 the phones; NK1-2 the name, NK1-4
 * the address, NK1-5 the phone). Only segments that start a line are read.
 */
final class Hl7SegmentRecognizer implements Recognizer {

    static final String ID = "hl7-segment";
    static final Explanation FIELD = new Explanation(ID, "patient-segment-field");
    private static final double SCORE = 0.92;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID, Label.LAST_NAME, Label.FIRST_NAME, Label.BIRTH_DATE, Label.ADDRESS, Label.CITY,
                Label.ZIP, Label.PHONE);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        String text = document.text();
        for (int token : document.lineStarts()) {
            if (!(document.tokenLength(token) == 3 && document.isSymbol(token + 1, '|')
                    || document.tokenLength(token) == 2 && document.tokenLength(token + 1) == 1 && document.isSymbol(token + 2, '|'))) {
                continue; // a segment's three characters then '|' ("PID|", "NK1|"), read from the tokens before the text
            }
            int start = document.start(token);
            if (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
                continue; // indented: not a segment
            }
            boolean patient = text.startsWith("PID|", start);
            if (patient || text.startsWith("NK1|", start)) {
                int end = text.indexOf('\n', start);
                segment(text, start + 4, end < 0 ? text.length() : end, patient, out);
            }
        }
    }

    /** Reads the fields from {@code from} (field 1) to the line's {@code end}. */
    private static void segment(String text, int from, int end, boolean patient, List<Finding> out) {
        int field = 1;
        int component = 1;
        int componentStart = from;
        for (int i = from; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '|';
            if (c == '|' || c == '^' || c == '~' || c == '\r') {
                Label label = patient ? patientField(field, component) : kinField(field, component);
                if (label != null) {
                    add(text, componentStart, i, label, out);
                }
                if (c == '|') {
                    field++;
                    component = 1;
                } else {
                    component = c == '~' ? 1 : component + 1;
                }
                componentStart = i + 1;
            }
        }
    }

    /** What a component of a PID field holds, or null. */
    private static Label patientField(int field, int component) {
        return switch (field) {
            case 3 -> component == 1 ? Label.PATIENT_ID : null;
            case 5 -> component == 1 ? Label.LAST_NAME : component == 2 || component == 3 ? Label.FIRST_NAME : null;
            case 6 -> component == 1 ? Label.LAST_NAME : null;
            case 7 -> component == 1 ? Label.BIRTH_DATE : null;
            case 11 -> address(component);
            case 13, 14 -> component == 1 ? Label.PHONE : null;
            default -> null;
        };
    }

    /** What a component of an NK1 field holds, or null. */
    private static Label kinField(int field, int component) {
        return switch (field) {
            case 2 -> component == 1 ? Label.LAST_NAME : component == 2 || component == 3 ? Label.FIRST_NAME : null;
            case 4 -> address(component);
            case 5, 6 -> component == 1 ? Label.PHONE : null;
            default -> null;
        };
    }

    /** An XAD address: street, other designation, city, state, postcode. */
    private static Label address(int component) {
        return switch (component) {
            case 1 -> Label.ADDRESS;
            case 3 -> Label.CITY;
            case 5 -> Label.ZIP;
            default -> null;
        };
    }

    private static boolean digitsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The component's text, trimmed, when it has what its label needs. */
    private static void add(String text, int start, int end, Label label, List<Finding> out) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int digits = 0;
        int letters = 0;
        for (int i = start; i < end; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        boolean fits = switch (label) {
            case BIRTH_DATE -> end - start >= 8 && digitsOnly(text, start, start + 8); // YYYYMMDD[HHMM]
            case PHONE -> digits >= 6;
            case PATIENT_ID -> digits + letters >= 3;
            case ZIP -> digits >= 4;
            default -> letters >= 2;
        };
        if (fits) {
            // a birth date is its first eight digits (a time may follow)
            int stop = label == Label.BIRTH_DATE ? start + 8 : end;
            out.add(new Finding(label, start, stop, SCORE, FIELD));
        }
    }
}
