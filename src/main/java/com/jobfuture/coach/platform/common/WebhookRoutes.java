package com.jobfuture.coach.platform.common;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web server's webhook paths: a platform registers its endpoint while it runs, the web server looks each POST
 * under {@link #PREFIX} up here. Paths not registered are answered 404 like any unknown page. Thread-safe.
 */
public final class WebhookRoutes {
    /** Every webhook path starts with this. */
    public static final String PREFIX = "/hooks/";
    /** The largest body a webhook accepts; longer ones are refused (413) unread. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    private final Map<String, Webhook> pathToHook = new ConcurrentHashMap<>();

    /** Serves {@code hook} at {@code path} (which starts with {@link #PREFIX}) until {@link #unregister}. */
    public void register(String path, Webhook hook) {
        if (!path.startsWith(PREFIX) || path.length() <= PREFIX.length()) {
            throw new IllegalArgumentException("a webhook path starts with " + PREFIX + ": " + path);
        }
        pathToHook.put(path, hook);
    }

    /** Stops serving {@code path}. */
    public void unregister(String path) {
        pathToHook.remove(path);
    }

    /** The endpoint registered at {@code path}, if any. */
    public Optional<Webhook> find(String path) {
        return Optional.ofNullable(pathToHook.get(path));
    }
}
