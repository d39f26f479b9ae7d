package org.passerelle.upstream;

import org.passerelle.PasserelleException;

/** An upstream that could not be reached, timed out or answered with an error. */
public final class UpstreamException extends PasserelleException {

    private final int status;

    /** @param status the HTTP status the gateway answers with: 502, 503 or 504 */
    public UpstreamException(String code, String message, int status) {
        super(Kind.UNAVAILABLE, code, message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
