package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.user.UserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files the coach sends in the console (exports), saved in one folder per account under {@code folder}. A new
 * file replaces the account's earlier files of the same type (a new export holds everything an older one did), and
 * {@code /forget} deletes the account's folder. Thread-safe.
 */
public final class ConsoleFiles implements UserFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFiles.class);
    private final Path folder;

    public ConsoleFiles(Path folder) {
        this.folder = folder;
    }

    /** Saves the file for the account and removes its earlier files of the same type; returns where it is. */
    public synchronized Path save(String externalId, Attachment attachment) throws IOException {
        Path accountFolder = accountFolder(externalId);
        Files.createDirectories(accountFolder);
        Path file = accountFolder.resolve(safe(attachment.fileName()));
        Files.write(file, attachment.content());
        String type = extension(file);
        for (Path earlier : list(accountFolder)) {
            if (!earlier.equals(file) && extension(earlier).equals(type)) {
                Files.deleteIfExists(earlier);
            }
        }
        return file;
    }

    @Override
    public synchronized int deleteFor(String externalId) {
        Path accountFolder = accountFolder(externalId);
        if (!Files.isDirectory(accountFolder)) {
            return 0;
        }
        try {
            List<Path> files = list(accountFolder);
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(accountFolder);
            return files.size();
        } catch (IOException e) {
            LOG.warn("Could not delete the files kept in {}: {}", accountFolder, e.getMessage());
            throw new UncheckedIOException(e);
        }
    }

    private Path accountFolder(String externalId) {
        return folder.resolve(safe(externalId));
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** A name of letters, digits, dot, dash and underscore that cannot leave the folder. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.matches("\\.+") ? "_" + cleaned : cleaned;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
