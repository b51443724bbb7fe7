package org.unref.common;

/** No record of a collection has the id asked for: 404. */
public class UnknownRecordException extends ProblemException {

    public UnknownRecordException(String what, String id) {
        super(404, "/problems/not-found", "Not Found", "No " + what + " has the id '" + id + "'.", null);
    }
}
