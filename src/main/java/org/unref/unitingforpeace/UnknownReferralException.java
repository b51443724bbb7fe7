package org.unref.unitingforpeace;

import org.unref.common.UnknownRecordException;

public class UnknownReferralException extends UnknownRecordException {

    public UnknownReferralException(String id) {
        super("Uniting for Peace referral", id);
    }
}
