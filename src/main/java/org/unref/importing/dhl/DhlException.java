package org.unref.importing.dhl;

/** A page that cannot be imported as a Dag Hammarskjöld Library table; the message says why. */
public class DhlException extends RuntimeException {

    public DhlException(String message) {
        super(message);
    }
}
