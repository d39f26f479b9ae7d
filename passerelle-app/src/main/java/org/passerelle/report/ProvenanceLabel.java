package org.passerelle.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.PasserelleException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A provenance sidecar for data produced with AI (Inserm ethics note, principle 5: AI-generated
 * data must be identifiable and traceable): {@code FILE.provenance.json} says that the file's
 * content is AI-generated or synthetic, by which model, provider and hosting class, when, through
 * which gateway version and request, and holds the file's SHA-256 so that any later change shows.
 */
public final class ProvenanceLabel {

    /** What the label says about the file. */
    public record Facts(String kind, String model, String provider, String hosting, String date, String requestId,
                        String project, String gatewayVersion) {
    }

    /** The outcome of a verification. */
    public enum Verdict { INTACT, CHANGED }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceLabel() {
    }

    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".provenance.json");
    }

    /** Writes the sidecar next to the file; returns its path. */
    public static Path write(Path file, Facts facts) {
        if (!Files.isRegularFile(file)) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-such-file", file + ": no such file");
        }
        ObjectNode label = JSON.createObjectNode();
        label.put("schema", "passerelle-provenance/1");
        label.put("ai_generated", true);
        label.put("kind", facts.kind());
        label.put("file", file.getFileName().toString());
        label.put("sha256", sha256(file));
        label.put("model", facts.model());
        label.put("provider", facts.provider());
        label.put("hosting", facts.hosting());
        label.put("date", facts.date());
        label.put("request_id", facts.requestId());
        label.put("project", facts.project());
        label.put("gateway", "Passerelle " + facts.gatewayVersion());
        Path sidecar = sidecar(file);
        try {
            Files.writeString(sidecar, JSON.writeValueAsString(label) + "\n");
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "label-not-written",
                    sidecar + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        return sidecar;
    }

    /** Checks that the file still has the SHA-256 its sidecar recorded. */
    public static Verdict verify(Path file) {
        Path sidecar = sidecar(file);
        if (!Files.isRegularFile(sidecar)) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-label",
                    file + ": no provenance label (" + sidecar.getFileName() + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-such-file", file + ": no such file");
        }
        JsonNode label;
        try {
            label = JSON.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-label",
                    sidecar + ": not a provenance label (" + e.getClass().getSimpleName() + ")");
        }
        String recorded = label == null ? "" : label.path("sha256").asText("");
        if (!recorded.matches("[0-9a-f]{64}")) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-label",
                    sidecar + ": holds no SHA-256");
        }
        return MessageDigest.isEqual(recorded.getBytes(), sha256(file).getBytes()) ? Verdict.INTACT : Verdict.CHANGED;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "unreadable-file",
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
