package org.unref.veto;

import org.unref.common.Links;
import org.unref.common.UnknownRecordException;

public class UnknownVetoException extends UnknownRecordException {

    public UnknownVetoException(String id) {
        super("veto", id, symbolHint(Links.API + "/vetoes", id));
    }
}
