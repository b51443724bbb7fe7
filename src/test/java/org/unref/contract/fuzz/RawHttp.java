package org.unref.contract.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests no well-behaved client sends (a malformed request line, a bad percent-escape, a chunked body), written
 * on a socket as bytes, and the answer read back with just enough HTTP/1.1 to find its status, type and body.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public static FuzzResponse exchange(String host, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the service may answer and close before reading everything; its answer is still readable
            }
            return read(socket.getInputStream());
        }
    }

    public static FuzzResponse read(InputStream in) throws IOException {
        String statusLine = line(in);
        while (statusLine.startsWith("HTTP/1.1 100")) {
            line(in);
            statusLine = line(in);
        }
        if (statusLine.isEmpty()) {
            throw new IOException("connection closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String contentType = null;
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, Math.max(0, header.indexOf(':'))).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).strip();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line(in).split(";")[0]
                    .strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        }
        return new FuzzResponse(status, contentType, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
