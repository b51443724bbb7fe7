package org.unref.statement;

import org.unref.common.UnknownRecordException;

public class UnknownStatementException extends UnknownRecordException {

    public UnknownStatementException(String id) {
        super("statement", id);
    }
}
