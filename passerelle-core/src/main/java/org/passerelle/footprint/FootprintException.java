package org.passerelle.footprint;

import org.passerelle.PasserelleException;

/** An estimate that cannot be computed from the inputs given (bad parameters, bad data file). */
public final class FootprintException extends PasserelleException {

    public FootprintException(String code, String message) {
        super(Kind.INVALID_INPUT, code, message);
    }

    public FootprintException(String code, String message, Throwable cause) {
        super(Kind.INVALID_INPUT, code, message, cause);
    }
}
