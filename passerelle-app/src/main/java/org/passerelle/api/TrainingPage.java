package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /training}: the training catalogue of the institute's recommendations (annex II) and
 * the ethics note's principles (annex III), in French or English, as a page and as JSON. Served
 * without a key: it is where a refused, untrained user is sent.
 */
final class TrainingPage {

    private static final Map<String, String> LEVELS_FR = Map.of("beginner", "Niveau débutant", "intermediate",
            "Niveau intermédiaire", "advanced", "Niveau avancé", "further", "Pour aller plus loin");
    private static final Map<String, String> LEVELS_EN = Map.of("beginner", "Beginner", "intermediate", "Intermediate",
            "advanced", "Advanced", "further", "Going further");

    private final JsonNode catalogue;

    TrainingPage() {
        try (InputStream in = TrainingPage.class.getResourceAsStream("/org/passerelle/training/catalogue.json")) {
            catalogue = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the training catalogue is missing from the jar", e);
        }
    }

    JsonNode json() {
        return catalogue;
    }

    /** The page in {@code fr} (default) or {@code en}. */
    String html(String language) {
        boolean en = "en".equals(language);
        StringBuilder page = new StringBuilder(8192);
        page.append("<!doctype html><html lang=\"").append(en ? "en" : "fr").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(en ? "Training before using AI" : "Se former avant d'utiliser l'IA").append("</title>")
                // The page's own stylesheet: the Content-Security-Policy allows no inline style.
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .append("</head><body><main class=\"card\">")
                .append("<p><a href=\"/training?lang=").append(en ? "fr" : "en").append("\">")
                .append(en ? "Version française" : "English version").append("</a></p>")
                .append("<h1>").append(en ? "Training first" : "Se former d'abord").append("</h1><p>")
                .append(en ? "The institute asks every user of generative AI to be trained first (recommendation 1). "
                        + "Follow one of the free courses below, read the ethics note's principles, then record your "
                        + "attestation (in the Passerelle page, with POST /api/me/attestations, or through your administrator)."
                        : "L'institut demande à chaque utilisateur d'IA générative de se former d'abord (recommandation 1). "
                        + "Suivez l'une des formations gratuites ci-dessous, lisez les principes de la note éthique, puis "
                        + "enregistrez votre attestation (dans la page Passerelle, par POST /api/me/attestations, ou auprès de "
                        + "votre administrateur).")
                .append("</p>");
        String level = "";
        for (JsonNode course : catalogue.path("courses")) {
            if (!course.path("level").asText().equals(level)) {
                if (!level.isEmpty()) {
                    page.append("</ul>");
                }
                level = course.path("level").asText();
                page.append("<h2>").append((en ? LEVELS_EN : LEVELS_FR).getOrDefault(level, level)).append("</h2><ul>");
            }
            page.append("<li><a href=\"").append(escape(course.path("url").asText())).append("\">")
                    .append(escape(course.path(en ? "title_en" : "title_fr").asText())).append("</a>");
            String duration = course.path("duration").asText();
            page.append(" <small>").append(escape(course.path("provider").asText()))
                    .append(duration.isEmpty() ? "" : ", " + escape(duration));
            String note = course.path(en ? "note_en" : "note_fr").asText("");
            page.append(note.isEmpty() ? "" : " — " + escape(note)).append("</small></li>");
        }
        page.append("</ul><h2>").append(en ? "The ethics note, in seven principles" : "La note éthique en sept principes")
                .append("</h2><ol>");
        for (JsonNode principle : catalogue.path("ethics")) {
            page.append("<li>").append(escape(principle.path(en ? "en" : "fr").asText())).append("</li>");
        }
        page.append("</ol><p><small>").append(escape(catalogue.path("source").asText())).append("; ")
                .append(escape(catalogue.path("ethics_source").asText())).append(".</small></p></main></body></html>");
        return page.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
