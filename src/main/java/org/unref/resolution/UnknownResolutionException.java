package org.unref.resolution;

import org.unref.common.Links;
import org.unref.common.UnknownRecordException;

public class UnknownResolutionException extends UnknownRecordException {

    public UnknownResolutionException(String id) {
        super("resolution", id, symbolHint(Links.API + "/resolutions", id));
    }
}
