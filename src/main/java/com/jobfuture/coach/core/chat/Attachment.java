package com.jobfuture.coach.core.chat;

import java.util.Objects;

/** A file sent with a reply (e.g. a data export): a Telegram document, a Discord attachment, a console file. */
public record Attachment(String fileName, String mediaType, byte[] content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
