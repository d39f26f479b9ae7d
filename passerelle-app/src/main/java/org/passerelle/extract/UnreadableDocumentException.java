package org.passerelle.extract;

import org.passerelle.PasserelleException;

/** A document that cannot be turned into text: too large, encrypted, damaged or unsupported. */
public final class UnreadableDocumentException extends PasserelleException {

    public UnreadableDocumentException(String code, String message, Kind kind) {
        super(kind, code, message);
    }
}
