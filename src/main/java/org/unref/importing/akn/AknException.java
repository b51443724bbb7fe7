package org.unref.importing.akn;

/** A file that cannot be imported as an AKN4UN Security Council resolution or draft; the message says why. */
public class AknException extends RuntimeException {

    public AknException(String message) {
        super(message);
    }

    public AknException(String message, Throwable cause) {
        super(message, cause);
    }
}
