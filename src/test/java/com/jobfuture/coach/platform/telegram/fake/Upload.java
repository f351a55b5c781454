package com.jobfuture.coach.platform.telegram.fake;

/**
 * A file the bot uploaded (sendPhoto, sendDocument): the form field, file name, content type, size in bytes, the
 * bytes themselves, and for a photo the pixel size Telegram read from it (0 for documents).
 */
public record Upload(String field, String fileName, String contentType, int size, byte[] content, int width,
                     int height) {
    public Upload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The same upload with the pixel size of the image in it. */
    Upload withDimensions(int pixelWidth, int pixelHeight) {
        return new Upload(field, fileName, contentType, size, content, pixelWidth, pixelHeight);
    }
}
