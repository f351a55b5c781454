package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads a multipart/form-data message request as Discord does: {@code payload_json} is the message, every part
 * with a file name is an attachment. The files are kept inside the returned body under {@code _uploaded}
 * (name, type, bytes in Base64), so the stored message and the call record both carry them.
 */
final class Multipart {
    private Multipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static JsonNode body(byte[] bytes, String contentType) throws IOException {
        String boundary = null;
        for (String piece : contentType.split(";")) {
            String p = piece.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = p.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null) {
            throw new IOException("multipart request without a boundary");
        }
        String raw = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte: files stay intact
        String delimiter = "--" + boundary;
        ObjectNode body = Payloads.object();
        ArrayNode uploaded = body.putArray("_uploaded");
        int at = raw.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (raw.startsWith("--", start)) {
                break;
            }
            int next = raw.indexOf(delimiter, start);
            if (next < 0) {
                break;
            }
            String part = raw.substring(start, next);
            part = part.startsWith("\r\n") ? part.substring(2) : part;
            part = part.endsWith("\r\n") ? part.substring(0, part.length() - 2) : part;
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd >= 0) {
                String headers = part.substring(0, headersEnd);
                byte[] content = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
                String name = attribute(headers, "name");
                String fileName = attribute(headers, "filename");
                if (fileName != null) {
                    uploaded.addObject().put("field", name).put("filename", fileName)
                            .put("content_type", header(headers, "content-type"))
                            .put("content_base64", Base64.getEncoder().encodeToString(content));
                } else if ("payload_json".equals(name)) {
                    JsonNode payload = Payloads.JSON.readTree(new String(content, StandardCharsets.UTF_8));
                    payload.fields().forEachRemaining(field -> body.set(field.getKey(), field.getValue()));
                }
            }
            at = next;
        }
        return body;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "application/octet-stream";
    }

    private static String attribute(String headers, String key) {
        for (String marker : new String[] {" " + key + "=\"", ";" + key + "=\""}) {
            int start = headers.indexOf(marker);
            if (start >= 0) {
                int from = start + marker.length();
                int end = headers.indexOf('"', from);
                return end < 0 ? null : headers.substring(from, end);
            }
        }
        return null;
    }
}
