package com.jobfuture.coach.config;

/** The configuration cannot be used; the message says which file, key and why. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
