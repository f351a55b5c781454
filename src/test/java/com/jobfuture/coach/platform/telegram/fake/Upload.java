package com.jobfuture.coach.platform.telegram.fake;

/** A file the bot uploaded (sendPhoto, sendDocument): the form field, file name, content type and size in bytes. */
public record Upload(String field, String fileName, String contentType, int size) {
}
