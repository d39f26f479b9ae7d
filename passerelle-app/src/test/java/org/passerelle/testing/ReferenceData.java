package org.passerelle.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the tests find the repository's reference data and, when present, the shared folder. */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** {@code reference-data/} at the repository root (always present: it is committed). */
    public static Path dir() {
        String configured = System.getProperty("passerelle.reference-data");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "reference-data");
        return path.toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** A file of {@code ../shared/data/} (third-party corpora), absent on a fresh clone elsewhere. */
    public static Optional<Path> shared(String relative) {
        String configured = System.getProperty("passerelle.shared-data");
        Path base = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        Path path = base.resolve(relative).toAbsolutePath().normalize();
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
