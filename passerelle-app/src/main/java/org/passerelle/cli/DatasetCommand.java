package org.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.PasserelleException;
import org.passerelle.dataset.Dataset;
import org.passerelle.dataset.DatasetField;
import org.passerelle.dataset.DatasetJson;
import org.passerelle.dataset.DatasetRegister;
import org.passerelle.dataset.DatasetRules;
import org.passerelle.report.ProvenanceLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code passerelle dataset}: the register of datasets used to train or evaluate models (R7), and
 * the check that says whether one may be used for a purpose and, if not, what is missing.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Registers datasets (origin, legal basis, personal-data status, licence...) and checks whether one",
                "may be used to train a model (section 7 of the institute's recommendations). Every change is kept in",
                "the dataset's history (fields changed, by whom, when)."},
        subcommands = {DatasetCommand.Register.class, DatasetCommand.Update.class, DatasetCommand.ListDatasets.class,
                DatasetCommand.Show.class, DatasetCommand.Attach.class, DatasetCommand.Check.class,
                DatasetCommand.Rules.class})
final class DatasetCommand implements Runnable {

    static final String CLI_ACTOR = "admin-cli";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static DatasetRegister register(AdminCommand.Store store) {
        return new DatasetRegister(store.jdbi(), store.registry(), Clock.systemUTC());
    }

    /** The fields of a dataset, as options; those not given are left out (or unchanged). */
    static final class Fields {
        @Option(names = "--owner", paramLabel = "NAME", description = "The person responsible (principal investigator or data owner).")
        String owner;
        @Option(names = "--origin", paramLabel = "ORIGIN", description = "internal, cohort, partner, public or web-collection.")
        String origin;
        @Option(names = "--personal-data", paramLabel = "STATUS", description = "nominative, pseudonymised, anonymised, synthetic or none.")
        String personalData;
        @Option(names = "--health-data", paramLabel = "BOOL", arity = "0..1", fallbackValue = "true",
                description = "The data concern health (GDPR article 9); --health-data=false to unset.")
        String healthData;
        @Option(names = "--legal-basis", paramLabel = "BASIS",
                description = "GDPR art. 6(1): consent, contract, legal-obligation, vital-interests, public-interest or legitimate-interests.")
        String legalBasis;
        @Option(names = "--article-9", paramLabel = "EXCEPTION",
                description = "GDPR art. 9(2): explicit-consent, vital-interests, made-public, health-care, public-health or research.")
        String article9;
        @Option(names = "--framework", paramLabel = "REF", description = "CNIL reference methodology (MR-001, MR-004...) or authorisation reference.")
        String framework;
        @Option(names = "--processing", paramLabel = "NAME", description = "The registered processing (DPIA) it belongs to.")
        String processing;
        @Option(names = "--investigator-agreement", paramLabel = "REF", description = "Reference of the principal investigator's agreement (cohorts).")
        String investigatorAgreement;
        @Option(names = "--licence", paramLabel = "LICENCE", description = "Licence of the data (SPDX id or name).")
        String licence;
        @Option(names = "--terms", paramLabel = "TEXT", description = "Terms of reuse: data-sharing agreement, or the site's terms reviewed.")
        String terms;
        @Option(names = "--retention", paramLabel = "DATE", description = "Kept until this date.")
        String retention;
        @Option(names = "--description", paramLabel = "TEXT", description = "What the dataset holds (describe it; no data).")
        String description;
        @Option(names = "--collection", paramLabel = "HOW", description = "Web collections: passerelle-collect or declared.")
        String collection;

        /** Field keys to values given; an empty value clears a field. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, DatasetField.OWNER, owner);
            put(values, DatasetField.ORIGIN, origin);
            put(values, DatasetField.PERSONAL_DATA, personalData);
            put(values, DatasetField.HEALTH_DATA, healthData);
            put(values, DatasetField.LEGAL_BASIS, legalBasis);
            put(values, DatasetField.ARTICLE_9, article9);
            put(values, DatasetField.FRAMEWORK, framework);
            put(values, DatasetField.PROCESSING, processing);
            put(values, DatasetField.INVESTIGATOR_AGREEMENT, investigatorAgreement);
            put(values, DatasetField.LICENCE, licence);
            put(values, DatasetField.TERMS, terms);
            put(values, DatasetField.RETENTION, retention);
            put(values, DatasetField.DESCRIPTION, description);
            put(values, DatasetField.COLLECTION, collection);
            return values;
        }

        private static void put(Map<String, String> values, DatasetField field, String value) {
            if (value != null) {
                values.put(field.key(), value);
            }
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers a dataset; --owner, --origin and --personal-data are required.")
    static final class Register extends AdminCommand.Action {
        @Parameters(paramLabel = "NAME")
        String name;
        @Mixin
        Fields fields = new Fields();

        @Override
        void run(AdminCommand.Store store) {
            Dataset dataset = register(store).register(name, fields.values(), CLI_ACTOR);
            out().println("dataset " + dataset.name() + " registered; check it with: passerelle dataset check "
                    + quoted(dataset.name()) + " --purpose training");
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Changes fields of a dataset (an empty value clears one).")
    static final class Update extends AdminCommand.Action {
        @Parameters(paramLabel = "NAME")
        String name;
        @Mixin
        Fields fields = new Fields();

        @Override
        void run(AdminCommand.Store store) {
            register(store).update(name, fields.values(), CLI_ACTOR);
            out().println("dataset " + name + " updated");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the registered datasets.")
    static final class ListDatasets extends AdminCommand.Action {
        @Override
        void run(AdminCommand.Store store) {
            out().printf("%-30s %-15s %-14s %-6s %s%n", "name", "origin", "personal data", "health", "owner");
            for (Dataset dataset : register(store).list(null)) {
                out().printf("%-30s %-15s %-14s %-6s %s%n", dataset.name(), dataset.get(DatasetField.ORIGIN),
                        dataset.get(DatasetField.PERSONAL_DATA), dataset.get(DatasetField.HEALTH_DATA), dataset.get(DatasetField.OWNER));
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a dataset's fields, provenance labels and history.")
    static final class Show extends AdminCommand.Action {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(AdminCommand.Store store) {
            DatasetRegister register = register(store);
            Dataset dataset = register.get(name);
            PrintWriter out = out();
            out.println(dataset.name());
            for (DatasetField field : DatasetField.values()) {
                out.printf("  %-24s %s%n", field.key(), dataset.fields().getOrDefault(field, "–"));
            }
            out.printf("  %-24s %s%n", "registered by", dataset.registeredBy());
            out.println("provenance labels:" + (dataset.labels().isEmpty() ? " none" : ""));
            dataset.labels().forEach(label -> out.printf("  %s  %s  %s  %s%n", label.kind(), label.file(),
                    label.model() == null ? "–" : label.model(), label.sha256()));
            out.println("history:");
            register.history(name).forEach(change -> out.printf("  %s  %-20s %-14s %s%n", change.at(), change.action(),
                    change.actor(), String.join(", ", change.fields())));
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = {"Attaches FILE's provenance label (FILE.provenance.json, written by 'passerelle label') to a dataset,",
                    "after checking that FILE still matches it."})
    static final class Attach extends AdminCommand.Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        void run(AdminCommand.Store store) {
            if (ProvenanceLabel.verify(file) != ProvenanceLabel.Verdict.INTACT) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "label-mismatch",
                        file + ": changed since it was labelled; label it again before attaching");
            }
            Dataset.Label label;
            try {
                label = register(store).attach(name, new ObjectMapper().readTree(ProvenanceLabel.sidecar(file).toFile()), CLI_ACTOR);
            } catch (IOException e) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-label",
                        ProvenanceLabel.sidecar(file) + ": not a provenance label");
            }
            out().println("provenance label of " + label.file() + " (" + label.kind() + ") attached to " + name);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Says whether a dataset may be used for a purpose and, if not, what is missing.",
                    "Exit codes: 0 allowed, 3 not allowed, 2 bad input."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        AdminCommand.Storage storage = new AdminCommand.Storage();
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--purpose", paramLabel = "PURPOSE", defaultValue = "training",
                description = "training, fine-tuning or evaluation, as the rules define them (default: ${DEFAULT-VALUE}).")
        String purpose;
        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr", description = "fr or en (default: ${DEFAULT-VALUE}).")
        String language;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-format", "--format: text or json");
            }
            String[] answer = new String[1];
            boolean[] allowed = new boolean[1];
            storage.with(store -> {
                DatasetRules rules = store.config().datasetRules();
                DatasetRules.Verdict verdict = rules.check(register(store).get(name), purpose, LocalDate.now());
                allowed[0] = verdict.allowed();
                answer[0] = format.equals("json") ? DatasetJson.verdict(verdict, language).toPrettyString() + "\n"
                        : text(verdict, rules.purposes().get(purpose).in(language), language);
            });
            spec.commandLine().getOut().print(answer[0]);
            return allowed[0] ? Main.OK : Main.NOT_ALLOWED;
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Prints the rules the check applies (the configured file, else the built-in one), to read or to copy and edit.")
    static final class Rules implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOptions options = new ConfigOptions();

        @Override
        public void run() {
            spec.commandLine().getOut().print(options.load().datasetRules().yaml());
        }
    }

    /** The check's answer as people read it. */
    static String text(DatasetRules.Verdict verdict, String purpose, String language) {
        boolean english = language.startsWith("en");
        StringBuilder text = new StringBuilder();
        if (verdict.allowed()) {
            text.append(english ? "ALLOWED: " : "AUTORISÉ : ").append(verdict.dataset())
                    .append(english ? " may be used for " : " peut servir à ").append(purpose).append(".\n");
            return text.toString();
        }
        text.append(english ? "NOT ALLOWED: " : "NON AUTORISÉ : ").append(verdict.dataset())
                .append(english ? " may not be used for " : " ne peut pas servir à ").append(purpose)
                .append(english ? " until:\n" : " tant que :\n");
        for (DatasetRules.Rule rule : verdict.unmet()) {
            text.append("  - ").append(rule.message().in(language)).append("\n      [").append(rule.id()).append("; ")
                    .append(rule.source()).append("]\n");
        }
        text.append(verdict.contact().in(language)).append('\n');
        return text.toString();
    }

    private static String quoted(String name) {
        return name.matches("[\\w.:/-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }
}
