package org.passerelle.detect;

import java.util.List;

/**
 * The patient attributes of a DICOM header printed by the usual tools, one element a line, its
 * tag first: dcmdump's {@code (0010,0010) PN [MARTIN^CLAIRE]  # 14, 1 PatientName}, pydicom's
 * {@code (0010, 0010) Patient's Name  PN: 'MARTIN^CLAIRE'}, or {@code (0010,0030) PatientBirthDate:
 * 19750314}. The tag says what the value holds (the patient's name, identifiers, birth date,
 * address, phones, mother's birth name; the referring and performing physicians; the study's
 * dates); a person's name is {@code FAMILY^GIVEN^MIDDLE}. Read only in texts holding {@code PN} or
 * {@code PatientName}, as every such printout does.
 */
final class DicomHeaderRecognizer implements Recognizer {

    static final String ID = "dicom-header";
    static final Explanation ELEMENT = new Explanation(ID, "patient-element-tag");
    private static final double SCORE = 0.92;
    /** How far along its line an element's value is looked for: a printed element is short, and a text of one endless line is read once. */
    private static final int MAX_LINE = 256;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID, Label.LAST_NAME, Label.FIRST_NAME, Label.BIRTH_DATE, Label.DATE, Label.ADDRESS,
                Label.PHONE);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        if (document.wordId("pn") < 0 && document.wordId("patientname") < 0) {
            return;
        }
        String text = document.text();
        for (int group : document.numbers()) {
            int at = document.start(group);
            if (document.tokenLength(group) != 4 || !document.isSymbol(group - 1, '(') || !document.touchesNext(group - 1)
                    || !document.isSymbol(group + 1, ',') || !(text.startsWith("0010", at) || text.startsWith("0008", at))) {
                continue;
            }
            int element = group + 2;
            if (!document.isNumber(element) || document.tokenLength(element) != 4 || !document.isSymbol(element + 1, ')')) {
                continue;
            }
            int tag = Integer.parseInt(text, at, at + 4, 16) << 16 | Integer.parseInt(text, document.start(element),
                    document.end(element), 16);
            int kind = kind(tag);
            if (kind != NONE) {
                int from = document.end(element + 1);
                int lineEnd = document.lineEnd(from, MAX_LINE);
                value(text, from, lineEnd, kind, out);
            }
        }
    }

    private static final int NONE = 0;
    private static final int PERSON = 1;
    private static final int IDENTIFIER = 2;
    private static final int BIRTH = 3;
    private static final int CARE_DATE = 4;
    private static final int ADDRESS = 5;
    private static final int PHONE = 6;
    private static final int MAIDEN = 7;

    private static int kind(int tag) {
        return switch (tag) {
            case 0x00100010, 0x00101001, 0x00080090, 0x00081050, 0x00081060, 0x00081070 -> PERSON;
            case 0x00100020, 0x00101000 -> IDENTIFIER;
            case 0x00100030 -> BIRTH;
            case 0x00080020, 0x00080021, 0x00080022, 0x00080023 -> CARE_DATE;
            case 0x00101040 -> ADDRESS;
            case 0x00102154 -> PHONE;
            case 0x00101060 -> MAIDEN;
            default -> NONE;
        };
    }

    /**
     * The element's value between {@code from} (after its tag) and the line's {@code end}: in
     * brackets (dcmdump), in quotes (pydicom), or after the last ": " (a keyword and a colon).
     */
    private static void value(String text, int from, int end, int kind, List<Finding> out) {
        // every search stays on the element's line: a long text of tags without values is read once
        int start;
        int stop;
        int bracket = text.indexOf('[', from, end);
        int closing = bracket < 0 ? -1 : text.indexOf(']', bracket, end);
        int quote = text.indexOf('\'', from, end);
        while (quote > 0 && quote + 1 < end && Character.isLetter(text.charAt(quote - 1)) && Character.isLetter(text.charAt(quote + 1))) {
            quote = text.indexOf('\'', quote + 1, end); // the apostrophe of "Patient's Name", not a quote
        }
        int closingQuote = quote < 0 ? -1 : text.indexOf('\'', quote + 1, end);
        if (closing >= 0) {
            start = bracket + 1;
            stop = closing;
        } else if (closingQuote >= 0) {
            start = quote + 1;
            stop = closingQuote;
        } else {
            int colon = -1;
            for (int i = end - 2; i >= from && colon < 0; i--) {
                if (text.charAt(i) == ':' && text.charAt(i + 1) == ' ') {
                    colon = i;
                }
            }
            if (colon < 0) {
                return;
            }
            start = colon + 2;
            stop = end;
        }
        while (start < stop && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        if (stop <= start) {
            return;
        }
        switch (kind) {
            case PERSON, MAIDEN -> name(text, start, stop, kind == MAIDEN, out);
            case IDENTIFIER -> out.add(new Finding(Label.PATIENT_ID, start, stop, SCORE, ELEMENT));
            case BIRTH, CARE_DATE -> {
                if (stop - start >= 8) {
                    out.add(new Finding(kind == BIRTH ? Label.BIRTH_DATE : Label.DATE, start, start + 8, SCORE, ELEMENT));
                }
            }
            case ADDRESS -> out.add(new Finding(Label.ADDRESS, start, stop, SCORE, ELEMENT));
            case PHONE -> out.add(new Finding(Label.PHONE, start, stop, SCORE, ELEMENT));
            default -> {
            }
        }
    }

    /** FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX: the family name, then the given and middle names. */
    private static void name(String text, int start, int stop, boolean familyOnly, List<Finding> out) {
        int component = 1;
        int from = start;
        for (int i = start; i <= stop; i++) {
            if (i == stop || text.charAt(i) == '^' || text.charAt(i) == '=') {
                if (i > from && (component == 1 || !familyOnly && component <= 3)) {
                    out.add(new Finding(component == 1 ? Label.LAST_NAME : Label.FIRST_NAME, from, i, SCORE, ELEMENT));
                }
                if (i < stop && text.charAt(i) == '=') {
                    return; // an ideographic or phonetic form follows
                }
                component++;
                from = i + 1;
            }
        }
    }
}
