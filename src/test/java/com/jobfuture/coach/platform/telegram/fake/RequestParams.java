package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Bot API request's parameters the ways the Bot API accepts them: query string, JSON body,
 * urlencoded form and multipart/form-data (uploaded files are listed separately).
 */
final class RequestParams {
    /** The parameters and any uploaded files. */
    record Parsed(ObjectNode params, List<Upload> uploads) {
    }

    private RequestParams() {
    }

    static Parsed read(HttpExchange exchange, ObjectMapper json) throws IOException {
        ObjectNode params = json.createObjectNode();
        List<Upload> uploads = new ArrayList<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            form(query, params);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/json") && body.length > 0) {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                params.setAll((ObjectNode) node);
            }
        } else if (lower.startsWith("application/x-www-form-urlencoded")) {
            form(new String(body, StandardCharsets.UTF_8), params);
        } else if (lower.startsWith("multipart/form-data")) {
            multipart(body, boundary(type), params, uploads);
        }
        return new Parsed(params, uploads);
    }

    private static void form(String encoded, ObjectNode params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
    }

    private static String boundary(String contentType) throws IOException {
        for (String piece : contentType.split(";")) {
            String trimmed = piece.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return trimmed.substring("boundary=".length()).replace("\"", "");
            }
        }
        throw new IOException("multipart request without a boundary");
    }

    /** Splits the body on the boundary; ISO-8859-1 keeps every byte as one char, so files stay intact. */
    private static void multipart(byte[] body, String boundary, ObjectNode params, List<Upload> uploads) {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
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
                field(part.substring(0, headersEnd), part.substring(headersEnd + 4), params, uploads);
            }
            at = next;
        }
    }

    private static void field(String headers, String content, ObjectNode params, List<Upload> uploads) {
        String name = null;
        String fileName = null;
        String contentType = "application/octet-stream";
        for (String header : headers.split("\r\n")) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = attribute(header, "name");
                fileName = attribute(header, "filename");
            } else if (lower.startsWith("content-type:")) {
                contentType = header.substring(header.indexOf(':') + 1).strip();
            }
        }
        if (name == null) {
            return;
        }
        if (fileName != null) {
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            uploads.add(new Upload(name, fileName, contentType, bytes.length, bytes, 0, 0));
        } else {
            params.put(name, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String attribute(String header, String key) {
        String marker = " " + key + "=\"";
        int start = header.indexOf(marker);
        if (start < 0) {
            marker = ";" + key + "=\"";
            start = header.indexOf(marker);
        }
        if (start < 0) {
            return null;
        }
        int from = start + marker.length();
        int end = header.indexOf('"', from);
        return end < 0 ? null : header.substring(from, end);
    }
}
