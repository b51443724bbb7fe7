package org.unref.unitingforpeace;

import org.unref.common.UnknownRecordException;

public class UnknownEmergencySessionException extends UnknownRecordException {

    public UnknownEmergencySessionException(String number) {
        super("emergency special session", number);
    }
}
