package com.jobfuture.coach.storage;

/** A database operation failed; nothing of it was committed. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
