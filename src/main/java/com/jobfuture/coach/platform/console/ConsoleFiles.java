package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.user.Identity;
import com.jobfuture.coach.core.user.UserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the console saves for its user (exports, progress cards): one folder per console login under
 * {@code root} (by default {@code data/files/console-<login>/}), deleted with everything in it when that user is
 * forgotten. Thread-safe.
 */
public final class ConsoleFiles implements UserFiles {
    private final Path root;

    public ConsoleFiles(Path root) {
        this.root = root;
    }

    /**
     * Saves a file the coach sent to the console user {@code login} and returns where. It replaces the user's earlier
     * files of the same type (a new export holds everything an older one did; a new card shows the newer figures),
     * so the folder never grows with repeated exports.
     */
    public synchronized Path save(String login, Attachment attachment) throws IOException {
        Path folder = Files.createDirectories(folderOf(login));
        String name = attachment.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = folder.resolve(name.matches("\\.*") ? "_" + name : name);
        Files.write(file, attachment.content());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path earlier : files.filter(Files::isRegularFile).toList()) {
                if (!earlier.equals(file) && extension(earlier).equals(extension(file))) {
                    Files.deleteIfExists(earlier);
                }
            }
        }
        return file;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void deleteFor(List<Identity> identities) {
        for (Identity identity : identities) {
            if (identity.platform().equals(ConsoleCommunityPublisher.PLATFORM)) {
                delete(folderOf(identity.externalId()));
            }
        }
    }

    /** The folder of one console login. */
    Path folderOf(String login) {
        return root.resolve("console-" + login.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the files in " + folder, e);
        }
    }
}
