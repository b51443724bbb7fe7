package org.unref.charter;

import org.unref.common.UnknownRecordException;

/** No chapter, article, paragraph or item of the Charter answers to what was asked: 404. */
public class UnknownCharterProvisionException extends UnknownRecordException {

    public UnknownCharterProvisionException(String what, String id) {
        super(what, id);
    }
}
