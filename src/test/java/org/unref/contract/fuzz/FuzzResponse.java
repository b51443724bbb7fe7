package org.unref.contract.fuzz;

/** What the service answered: status, Content-Type (null when none) and body. */
public record FuzzResponse(int status, String contentType, String body) {

    public String describe() {
        return status + " " + contentType + " " + cut(body, 500);
    }

    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " chars)";
    }
}
