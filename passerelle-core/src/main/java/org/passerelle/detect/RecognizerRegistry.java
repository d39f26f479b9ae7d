package org.passerelle.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recognizers the detector runs, registered explicitly (no scanning), in order. Immutable.
 */
public final class RecognizerRegistry {

    private final List<Recognizer> recognizers;

    private RecognizerRegistry(List<Recognizer> recognizers) {
        Set<String> ids = new HashSet<>();
        for (Recognizer recognizer : recognizers) {
            if (!ids.add(recognizer.id())) {
                throw new IllegalArgumentException("two recognizers have the id " + recognizer.id());
            }
        }
        this.recognizers = List.copyOf(recognizers);
    }

    /** Every built-in recognizer, one per label family. */
    public static RecognizerRegistry defaults() {
        return new RecognizerRegistry(List.of(
                new EmailRecognizer(),
                new PhoneRecognizer(),
                new NirRecognizer(),
                new IbanRecognizer(),
                RegisteredNumberRecognizer.rpps(),
                RegisteredNumberRecognizer.adeli(),
                RegisteredNumberRecognizer.finess(),
                new PatientIdRecognizer(),
                new IdentityRowRecognizer(),
                new Hl7SegmentRecognizer(),
                new DicomHeaderRecognizer(),
                new StayIdRecognizer(),
                new TrialIdRecognizer(),
                new DateRecognizer(),
                new AddressRecognizer(),
                new PostcodeCityRecognizer(),
                new CityRecognizer(),
                new HospitalRecognizer(),
                new PersonNameRecognizer(),
                new CitationAuthorRecognizer(),
                new TableColumnRecognizer(),
                new FieldValueRecognizer(),
                new ConfidentialMarkerRecognizer()));
    }

    /** A registry of exactly these recognizers, e.g. a subset or one with a test double. */
    public static RecognizerRegistry of(List<Recognizer> recognizers) {
        return new RecognizerRegistry(recognizers);
    }

    public List<Recognizer> recognizers() {
        return recognizers;
    }
}
