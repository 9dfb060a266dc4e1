package com.crmplatform.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client would change or refuse to send: an odd path written
 * as is ({@code //actuator/env}), a huge body that must be refused before it is sent, a chunked body. Every request
 * asks the server to close the connection; a response is read to its end (length, last chunk or end of stream).
 */
public final class RawHttp {

    private RawHttp() {}

    /** A response: status, the raw head and the body as text. */
    public record Response(int status, String head, String body) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Sends the request line and headers as written (plus Host and Connection: close) and no body. */
    public static Response send(int port, String method, String target, String... headers) {
        try (Socket socket = open(port)) {
            socket.getOutputStream().write(head(method, target, headers));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a POST with this body and its Content-Length. */
    public static Response sendBody(int port, String target, String contentType, byte[] body) {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", target, "Content-Type: " + contentType, "Content-Length: " + body.length));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends {@code total} bytes of {@code body} chunks without a Content-Length, from another thread, while this one
     * reads the answer; the server may answer (and close) before the body is complete. {@code sent} tells how far it
     * got.
     */
    public static Response sendChunked(
            int port, String target, String contentType, byte[] first, byte filler, long total, AtomicLong sent) {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", target, "Content-Type: " + contentType, "Transfer-Encoding: chunked"));
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, filler);
                    writeChunk(out, first, first.length);
                    sent.addAndGet(first.length);
                    while (sent.get() < total) {
                        int n = (int) Math.min(chunk.length, total - sent.get());
                        writeChunk(out, chunk, n);
                        sent.addAndGet(n);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException serverClosed) {
                    // Expected: the server answered and closed the connection before the body was complete.
                }
            });
            Response response = read(socket.getInputStream());
            socket.close();
            writer.join(10_000);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Socket open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] head(String method, String target, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void writeChunk(OutputStream out, byte[] data, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one response: its head, then a body of its Content-Length, or chunks up to the last, or to the end. */
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int headEnd = -1;
        try {
            for (int b; (b = in.read()) >= 0; ) {
                all.write(b);
                String text = all.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                    headEnd = text.length();
                }
                if (headEnd >= 0 && complete(text.substring(0, headEnd), all.size() - headEnd, text)) {
                    break;
                }
            }
        } catch (java.net.SocketException resetAfterAnswer) {
            // The server reset the connection after its answer (a body it would not read): keep what came.
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
    }

    private static boolean complete(String head, int bodyBytes, String text) {
        Response headOnly = new Response(0, head.strip(), "");
        String length = headOnly.header("Content-Length");
        if (length != null) {
            return bodyBytes >= Integer.parseInt(length);
        }
        String encoding = headOnly.header("Transfer-Encoding");
        return encoding != null && encoding.equalsIgnoreCase("chunked") && text.endsWith("\r\n0\r\n\r\n");
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return body.toString();
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
