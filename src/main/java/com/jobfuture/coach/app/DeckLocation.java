package com.jobfuture.coach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the decks are read from: the configured path, except that the default {@code questions} folder, when it
 * does not exist, falls back to the decks shipped inside the jar (so {@code java -jar} works from any folder).
 */
public final class DeckLocation {
    /** The configured default; any other configured path is used as it is, even when missing (then an error). */
    public static final Path DEFAULT = Path.of("questions");
    private static final String BUNDLED = "/decks";

    private DeckLocation() {
    }

    /** The path to load decks from for the configured one. */
    public static Path resolve(Path configured) {
        if (!configured.normalize().equals(DEFAULT) || Files.exists(configured)) {
            return configured;
        }
        return bundled().orElse(configured);
    }

    /** The decks packaged with the program (inside the jar, or target/classes when run from the build). */
    static Optional<Path> bundled() {
        URL url = DeckLocation.class.getResource(BUNDLED);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return Optional.of(jar.getPath(BUNDLED));
        } catch (URISyntaxException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the decks inside the jar", e);
        }
    }
}
