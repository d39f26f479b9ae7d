package org.passerelle;

/**
 * The one unchecked root of every error Passerelle raises on purpose.
 *
 * <p>Each error carries a stable, machine-readable {@link #code()} (kebab-case, e.g.
 * {@code model-not-registered}) and a {@link #kind()} that the two edges of the system map to
 * their own conventions: the HTTP layer to a status and an OpenAI-style error body, the command
 * line to an exit code. Messages describe state and counts, never user content.
 */
public class PasserelleException extends RuntimeException {

    /** What sort of failure this is, as the edges need to know it. */
    public enum Kind {
        /** The caller gave something invalid: a bad argument, a malformed file, an unknown name. */
        INVALID_INPUT,
        /** Something named does not exist. */
        NOT_FOUND,
        /** A resource needed is unavailable (a file that cannot be read, a server down). */
        UNAVAILABLE,
        /** A bug or an unexpected state. */
        INTERNAL
    }

    private final Kind kind;
    private final String code;

    public PasserelleException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public PasserelleException(Kind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
