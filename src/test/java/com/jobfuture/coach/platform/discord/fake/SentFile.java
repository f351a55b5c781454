package com.jobfuture.coach.platform.discord.fake;

import java.util.Base64;

/** A file the bot attached to a message (a multipart upload): its name, content type and bytes. */
public record SentFile(String fileName, String contentType, byte[] content) {
    public SentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Read back from the form in which the fake keeps uploads inside the request body. */
    static SentFile of(com.fasterxml.jackson.databind.JsonNode node) {
        return new SentFile(node.path("filename").asText(), node.path("content_type").asText(),
                Base64.getDecoder().decode(node.path("content_base64").asText()));
    }
}
