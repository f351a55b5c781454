package com.jobfuture.coach.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests that never reach the app (an unreadable path, a URI or headers too long, an unknown
 * HTTP version) and its servlet error pages: the app's security headers and a short page of its own, instead of
 * Jetty's page (which names Jetty and echoes the request).
 */
final class SecureErrorHandler extends ErrorHandler {
    private static final String HTML = "text/html; charset=utf-8";

    /** Requests Jetty refused while parsing them. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        WebServer.securityHeaders(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, HTML);
        return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    /** Errors raised inside the servlet container before the app answered. */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        WebServer.securityHeaders(response::setHeader);
        response.setContentType(HTML);
        byte[] body = page(response.getStatus()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
        baseRequest.setHandled(true);
    }

    private static String page(int status) {
        return status == 404 ? SharePageHtml.NOT_AVAILABLE : SharePageHtml.BAD_REQUEST;
    }
}
