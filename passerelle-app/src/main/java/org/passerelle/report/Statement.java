package org.passerelle.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.passerelle.audit.AuditEvent;
import org.passerelle.config.GatewayConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "use of AI" section of a publication (Inserm recommendations, annex III, principle 1), built
 * from the audit trail of a project: the tool and its version, each model used (version,
 * parameters, provider, hosting class), the settings, the roles AI played (tasks and counts), the
 * period, the number of requests, the footprint, the models' documented biases and limits, and a
 * sentence the authors complete on how outputs were verified. In French or English, as Markdown
 * or DOCX (Apache POI). Only metadata go in: the audit trail holds no content.
 */
public final class Statement {

    /** A model as the statement describes it. */
    public record ModelUse(String id, String version, Double parametersBillion, String provider, String hosting,
                           long requests, String notes) {
    }

    /** Everything the statement says, gathered once, rendered in either language and format. */
    public record Facts(String project, String user, LocalDate from, LocalDate to, String toolVersion, long requests,
                        List<ModelUse> models, Map<String, Long> tasks, Double temperatureMin, Double temperatureMax,
                        long withoutTemperature, double energyWh, double energyWhMin, double energyWhMax,
                        double gwpGrams, double gwpGramsMin, double gwpGramsMax) {
    }

    private static final Map<String, String[]> TASKS = Map.of(
            "summary", new String[] {"résumé de documents", "summarising documents"},
            "translation", new String[] {"traduction", "translation"},
            "correction", new String[] {"correction et reformulation de textes", "proofreading and rephrasing"},
            "code", new String[] {"aide à la programmation", "programming assistance"},
            "extraction", new String[] {"extraction d'informations", "information extraction"},
            "classification", new String[] {"classification de textes", "text classification"},
            "question-answering", new String[] {"réponse à des questions", "answering questions"},
            "creative-writing", new String[] {"aide à la rédaction", "writing assistance"});

    private Statement() {
    }

    /**
     * Gathers the facts from the answered requests among {@code events}.
     *
     * @param notes each model's documented biases and limits in the statement's language (absent: none recorded)
     */
    public static Facts gather(List<AuditEvent> events, GatewayConfig config, Map<String, String> notes, String project,
                               String user, LocalDate from, LocalDate to, String toolVersion) {
        Map<String, Long> perModel = new TreeMap<>();
        Map<String, Long> tasks = new LinkedHashMap<>();
        Double temperatureMin = null;
        Double temperatureMax = null;
        long withoutTemperature = 0;
        long requests = 0;
        FootprintSum footprint = new FootprintSum();
        for (AuditEvent event : events) {
            if (!FootprintSum.answered(event)) {
                continue;
            }
            requests++;
            perModel.merge(event.servedModel(), 1L, Long::sum);
            if (event.context().task() != null) {
                tasks.merge(event.context().task(), 1L, Long::sum);
            }
            Double temperature = event.context().temperature();
            if (temperature == null) {
                withoutTemperature++;
            } else {
                temperatureMin = temperatureMin == null ? temperature : Math.min(temperatureMin, temperature);
                temperatureMax = temperatureMax == null ? temperature : Math.max(temperatureMax, temperature);
            }
            footprint.add(event);
        }
        List<ModelUse> models = new ArrayList<>();
        perModel.forEach((id, count) -> {
            GatewayConfig.Model model = config.model(id).orElse(null);
            GatewayConfig.Provider provider = model == null ? null : config.provider(model.provider()).orElse(null);
            models.add(new ModelUse(id, model == null ? null : model.version(), model == null ? null : model.parameters(),
                    provider == null ? null : provider.id(), provider == null ? null : provider.hosting().id(), count,
                    notes.get(id)));
        });
        Map<String, Long> sortedTasks = new LinkedHashMap<>();
        tasks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sortedTasks.put(entry.getKey(), entry.getValue()));
        return new Facts(project, user, from, to, toolVersion, requests, models, sortedTasks, temperatureMin, temperatureMax,
                withoutTemperature, footprint.energyWh, footprint.energyWhMin, footprint.energyWhMax, footprint.gwpGrams,
                footprint.gwpGramsMin, footprint.gwpGramsMax);
    }

    /** The statement's blocks, in order: a title, paragraphs, and the models' table after the first paragraph. */
    private record Text(String title, List<String> paragraphs, List<String> header, List<List<String>> rows) {
    }

    private static Text text(Facts facts, boolean fr) {
        Locale locale = fr ? Locale.FRANCE : Locale.UK;
        List<String> paragraphs = new ArrayList<>();
        String project = facts.project() == null ? "" : (fr ? " (projet « " + facts.project() + " »)" : " (project “" + facts.project() + "”)");
        String period = fr ? "entre le " + date(facts.from(), true) + " et le " + date(facts.to(), true)
                : "between " + date(facts.from(), false) + " and " + date(facts.to(), false);
        paragraphs.add(fr
                ? "Des outils d'intelligence artificielle générative ont été utilisés dans ce travail" + project + " " + period
                + ", par l'intermédiaire de Passerelle (version " + facts.toolVersion() + "), la passerelle de l'institut qui "
                + "enregistre chaque usage sans en conserver le contenu. Au total, " + count(facts.requests(), locale)
                + (facts.requests() > 1 ? " requêtes ont été adressées" : " requête a été adressée") + " aux modèles suivants."
                : "Generative artificial intelligence tools were used in this work" + project + " " + period
                + ", through Passerelle (version " + facts.toolVersion() + "), the institute's gateway, which records every use "
                + "without keeping its content. In total, " + count(facts.requests(), locale) + " request"
                + (facts.requests() > 1 ? "s were" : " was") + " sent to the following models.");
        if (facts.requests() == 0) {
            paragraphs.set(0, fr ? "Aucune requête à un modèle d'IA n'a été enregistrée par Passerelle pour ce travail" + project
                    + " " + period + "." : "Passerelle recorded no request to an AI model for this work" + project + " " + period + ".");
        }
        List<String> header = fr ? List.of("Modèle", "Version", "Paramètres (milliards)", "Fournisseur", "Hébergement", "Requêtes")
                : List.of("Model", "Version", "Parameters (billions)", "Provider", "Hosting", "Requests");
        List<List<String>> rows = new ArrayList<>();
        for (ModelUse model : facts.models()) {
            rows.add(List.of(model.id(), model.version() == null ? (fr ? "non précisée" : "not stated") : model.version(),
                    model.parametersBillion() == null ? "–" : number(model.parametersBillion(), locale),
                    model.provider() == null ? "–" : model.provider(), hosting(model.hosting(), fr),
                    count(model.requests(), locale)));
        }
        if (!facts.tasks().isEmpty()) {
            List<String> roles = new ArrayList<>();
            facts.tasks().forEach((task, n) -> roles.add((TASKS.containsKey(task) ? TASKS.get(task)[fr ? 0 : 1] : task)
                    + " (" + count(n, locale) + ")"));
            paragraphs.add((fr ? "Rôle de l'IA. Les modèles ont servi à : " : "Role of AI. The models were used for: ")
                    + String.join(", ", roles) + ". " + (fr ? "Les contributions obtenues par IA sont distinctes de celles des "
                    + "auteurs, qui en ont choisi l'usage et en assument le contenu."
                    : "Contributions obtained with AI are distinct from the authors' own, who chose how to use them and "
                    + "take responsibility for their content."));
        }
        String settings;
        if (facts.temperatureMin() == null) {
            settings = fr ? "Paramètres. Les modèles ont été utilisés avec leurs paramètres par défaut."
                    : "Settings. The models were used with their default settings.";
        } else {
            String range = facts.temperatureMin().equals(facts.temperatureMax()) ? number(facts.temperatureMin(), locale)
                    : (fr ? "de " + number(facts.temperatureMin(), locale) + " à " + number(facts.temperatureMax(), locale)
                    : "from " + number(facts.temperatureMin(), locale) + " to " + number(facts.temperatureMax(), locale));
            settings = (fr ? "Paramètres. Température d'échantillonnage " + range : "Settings. Sampling temperature " + range)
                    + (facts.withoutTemperature() > 0 ? (fr ? " (valeur par défaut du modèle pour " + count(facts.withoutTemperature(), locale)
                    + (facts.withoutTemperature() > 1 ? " requêtes)" : " requête)") : " (the model's default for "
                    + count(facts.withoutTemperature(), locale) + (facts.withoutTemperature() > 1 ? " requests)" : " request)")) : "")
                    + (fr ? " ; les autres paramètres sont ceux des modèles par défaut." : "; other settings were the models' defaults.");
        }
        paragraphs.add(settings);
        paragraphs.add(fr
                ? "Empreinte environnementale. Estimée selon la méthode EcoLogits : " + number(facts.energyWh(), locale) + " Wh ("
                + number(facts.energyWhMin(), locale) + " à " + number(facts.energyWhMax(), locale) + ") et "
                + number(facts.gwpGrams(), locale) + " gCO2eq (" + number(facts.gwpGramsMin(), locale) + " à "
                + number(facts.gwpGramsMax(), locale) + ")."
                : "Environmental footprint. Estimated with the EcoLogits method: " + number(facts.energyWh(), locale) + " Wh ("
                + number(facts.energyWhMin(), locale) + " to " + number(facts.energyWhMax(), locale) + ") and "
                + number(facts.gwpGrams(), locale) + " gCO2eq (" + number(facts.gwpGramsMin(), locale) + " to "
                + number(facts.gwpGramsMax(), locale) + ").");
        List<String> limits = new ArrayList<>();
        for (ModelUse model : facts.models()) {
            if (model.notes() != null && !model.notes().isBlank()) {
                limits.add(model.id() + " : " + model.notes().strip());
            }
        }
        paragraphs.add(limits.isEmpty()
                ? (fr ? "Biais et limites. Aucun biais ni limite spécifique n'a été documenté pour ces modèles par l'institut ; "
                + "comme tout modèle de langage, ils peuvent produire des informations inexactes ou biaisées."
                : "Biases and limits. The institute has documented no specific bias or limit for these models; like any "
                + "language model, they can produce inaccurate or biased content.")
                : (fr ? "Biais et limites documentés. " : "Documented biases and limits. ") + String.join(" ; ", limits)
                + (limits.get(limits.size() - 1).endsWith(".") ? "" : "."));
        paragraphs.add(fr
                ? "Vérification. Les résultats produits par l'IA ont été vérifiés par [à compléter par les auteurs : qui a relu, "
                + "comment les sorties ont été contrôlées, corrigées ou écartées]."
                : "Verification. The outputs produced by AI were verified by [to be completed by the authors: who reviewed "
                + "them, how outputs were checked, corrected or discarded].");
        return new Text(fr ? "Utilisation de systèmes d'intelligence artificielle (SIA)" : "Use of artificial intelligence systems",
                paragraphs, header, rows);
    }

    public static String markdown(Facts facts, String language) {
        Text text = text(facts, isFrench(language));
        StringBuilder md = new StringBuilder("## ").append(text.title()).append("\n\n");
        md.append(text.paragraphs().get(0)).append("\n");
        if (!text.rows().isEmpty()) {
            md.append("\n| ").append(String.join(" | ", text.header())).append(" |\n");
            md.append("|").append("---|".repeat(text.header().size())).append('\n');
            for (List<String> row : text.rows()) {
                md.append("| ").append(String.join(" | ", row.stream().map(cell -> cell.replace("|", "\\|")).toList())).append(" |\n");
            }
        }
        for (String paragraph : text.paragraphs().subList(1, text.paragraphs().size())) {
            md.append('\n').append(paragraph).append('\n');
        }
        return md.toString();
    }

    public static byte[] docx(Facts facts, String language) {
        Text text = text(facts, isFrench(language));
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(14);
            titleRun.setText(text.title());
            document.createParagraph().createRun().setText(text.paragraphs().get(0));
            if (!text.rows().isEmpty()) {
                XWPFTable table = document.createTable(text.rows().size() + 1, text.header().size());
                for (int c = 0; c < text.header().size(); c++) {
                    table.getRow(0).getCell(c).setText(text.header().get(c));
                }
                for (int r = 0; r < text.rows().size(); r++) {
                    for (int c = 0; c < text.header().size(); c++) {
                        table.getRow(r + 1).getCell(c).setText(text.rows().get(r).get(c));
                    }
                }
            }
            for (String paragraph : text.paragraphs().subList(1, text.paragraphs().size())) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isFrench(String language) {
        return language == null || !language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String date(LocalDate date, boolean fr) {
        if (fr) {
            String formatted = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE));
            return date.getDayOfMonth() == 1 ? "1er" + formatted.substring(1) : formatted;
        }
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private static String hosting(String hosting, boolean fr) {
        if (hosting == null) {
            return "–";
        }
        return switch (hosting) {
            case "local" -> fr ? "locale" : "local";
            case "internal" -> fr ? "interne à l'institut" : "institute's own servers";
            case "sovereign" -> fr ? "externe souverain" : "external, sovereign";
            default -> fr ? "externe" : "external";
        };
    }

    private static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value != 0 && Math.abs(value) < 0.01 ? 6 : value < 10 ? 3 : 1);
        return format.format(value);
    }
}
