package org.passerelle.dataset;

import org.passerelle.PasserelleException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the register records of a dataset, field by field: the key used on the command line, in
 * the API and in the rules ({@code personal-data}), the column, and what values it takes. One
 * table of fields, so that registering, updating, checking and the rules' validation agree.
 */
public enum DatasetField {
    OWNER("owner", "owner", Type.TEXT, 200, "the person responsible (principal investigator or data owner)"),
    ORIGIN("origin", "origin", Type.CHOICE, 0, "where the data come from",
            "internal", "cohort", "partner", "public", "web-collection"),
    PERSONAL_DATA("personal-data", "personal_data", Type.CHOICE, 0, "personal-data status",
            "nominative", "pseudonymised", "anonymised", "synthetic", "none"),
    HEALTH_DATA("health-data", "health_data", Type.BOOLEAN, 0, "whether the data concern health (GDPR article 9)"),
    LEGAL_BASIS("legal-basis", "legal_basis", Type.CHOICE, 0, "GDPR article 6(1) legal basis",
            "consent", "contract", "legal-obligation", "vital-interests", "public-interest", "legitimate-interests"),
    ARTICLE_9("article-9", "article9", Type.CHOICE, 0, "GDPR article 9(2) exception for health data",
            "explicit-consent", "vital-interests", "made-public", "health-care", "public-health", "research"),
    FRAMEWORK("framework", "framework", Type.TEXT, 200,
            "French framework: reference methodology (MR-001, MR-004...) or CNIL authorisation reference"),
    PROCESSING("processing", "processing_id", Type.PROCESSING, 0, "registered processing with its DPIA (passerelle admin processing-create)"),
    INVESTIGATOR_AGREEMENT("investigator-agreement", "investigator_agreement", Type.TEXT, 300,
            "reference of the principal investigator's agreement (cohort data)"),
    LICENCE("licence", "licence", Type.TEXT, 200, "licence of the data (SPDX id or name)"),
    TERMS("terms", "terms", Type.TEXT, 500, "terms of reuse: data-sharing agreement, or the site's terms (CGU) reviewed"),
    RETENTION("retention", "retention_until", Type.DATE, 0, "kept until (date)"),
    DESCRIPTION("description", "description", Type.TEXT, 2000, "what the dataset holds (no data)"),
    COLLECTION("collection", "collection", Type.CHOICE, 0,
            "how web pages were collected: passerelle-collect (robots.txt, rate and logins respected) or declared",
            "passerelle-collect", "declared");

    /** The kinds of values. */
    public enum Type { TEXT, CHOICE, BOOLEAN, DATE, PROCESSING }

    private final String key;
    private final String column;
    private final Type type;
    private final int maxLength;
    private final String help;
    private final List<String> choices;

    DatasetField(String key, String column, Type type, int maxLength, String help, String... choices) {
        this.key = key;
        this.column = column;
        this.type = type;
        this.maxLength = maxLength;
        this.help = help;
        this.choices = List.of(choices);
    }

    public String key() {
        return key;
    }

    String column() {
        return column;
    }

    public Type type() {
        return type;
    }

    public String help() {
        return help;
    }

    /** The values a choice takes (empty for other types; {@code true}/{@code false} for booleans). */
    public List<String> choices() {
        return type == Type.BOOLEAN ? List.of("true", "false") : choices;
    }

    public static Optional<DatasetField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** The fields registering a dataset requires. */
    static final List<DatasetField> REQUIRED = List.of(OWNER, ORIGIN, PERSONAL_DATA);

    /**
     * A value as given on the command line or in the API, checked and normalised (stripped,
     * lower-cased choices, ISO dates); {@code null} for an empty value, which clears the field.
     */
    String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return switch (type) {
            case TEXT, PROCESSING -> {
                int max = type == Type.PROCESSING ? 200 : maxLength;
                if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
                    throw invalid("invalid-" + key, key + ": up to " + max + " printable characters");
                }
                yield text;
            }
            case CHOICE, BOOLEAN -> {
                String id = text.toLowerCase(Locale.ROOT);
                if (type == Type.BOOLEAN && (id.equals("yes") || id.equals("oui"))) {
                    id = "true";
                } else if (type == Type.BOOLEAN && (id.equals("no") || id.equals("non"))) {
                    id = "false";
                }
                if (!choices().contains(id)) {
                    throw invalid("invalid-" + key, key + ": expected one of " + String.join(", ", choices()));
                }
                yield id;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(text).toString();
                } catch (DateTimeParseException e) {
                    throw invalid("invalid-" + key, key + ": expected a date such as 2030-12-31");
                }
            }
        };
    }

    static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
