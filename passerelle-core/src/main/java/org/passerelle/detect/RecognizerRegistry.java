package org.passerelle.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recognizers the detector runs, registered explicitly (no scanning). Immutable.
 */
public final class RecognizerRegistry {

    private final Map<String, Recognizer> recognizers;

    private RecognizerRegistry(List<Recognizer> list) {
        Map<String, Recognizer> byId = new LinkedHashMap<>();
        for (Recognizer recognizer : list) {
            if (byId.putIfAbsent(recognizer.id(), recognizer) != null) {
                throw new IllegalArgumentException("two recognizers have the id " + recognizer.id());
            }
        }
        this.recognizers = Map.copyOf(byId);
        this.ordered = List.copyOf(list);
    }

    private final List<Recognizer> ordered;

    /** Every built-in recognizer, one per label family. */
    public static RecognizerRegistry defaults() {
        return new RegistryBuilder()
                .add(new EmailRecognizer())
                .add(new PhoneRecognizer())
                .add(new NirRecognizer())
                .add(new IbanRecognizer())
                .add(RegisteredNumberRecognizer.rpps())
                .add(RegisteredNumberRecognizer.adeli())
                .add(RegisteredNumberRecognizer.finess())
                .add(new PatientIdRecognizer())
                .add(new StayIdRecognizer())
                .add(new TrialIdRecognizer())
                .add(new DateRecognizer())
                .add(new AddressRecognizer())
                .add(new PostcodeCityRecognizer())
                .add(new CityRecognizer())
                .add(new HospitalRecognizer())
                .add(new PersonNameRecognizer())
                .add(new TableColumnRecognizer())
                .add(new ConfidentialMarkerRecognizer())
                .build();
    }

    /** A registry of exactly these recognizers, e.g. a subset or one with a test double. */
    public static RecognizerRegistry of(List<Recognizer> recognizers) {
        return new RegistryBuilder().addAll(recognizers).build();
    }

    public List<Recognizer> recognizers() {
        return ordered;
    }

    public Recognizer get(String id) {
        Recognizer recognizer = recognizers.get(id);
        if (recognizer == null) {
            throw new IllegalArgumentException("no recognizer has the id " + id);
        }
        return recognizer;
    }

    private static final class RegistryBuilder {
        private final List<Recognizer> list = new ArrayList<>();

        RegistryBuilder add(Recognizer recognizer) {
            list.add(recognizer);
            return this;
        }

        RegistryBuilder addAll(List<Recognizer> recognizers) {
            list.addAll(recognizers);
            return this;
        }

        RecognizerRegistry build() {
            return new RecognizerRegistry(list);
        }
    }
}
