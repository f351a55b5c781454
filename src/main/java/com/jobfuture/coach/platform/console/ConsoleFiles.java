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
 * forgotten.
 */
public final class ConsoleFiles implements UserFiles {
    private final Path root;

    public ConsoleFiles(Path root) {
        this.root = root;
    }

    /** Saves a file the coach sent to the console user {@code login} and returns where. */
    public Path save(String login, Attachment attachment) throws IOException {
        Path folder = Files.createDirectories(folderOf(login));
        Path file = folder.resolve(attachment.fileName().replaceAll("[^A-Za-z0-9._-]", "_"));
        Files.write(file, attachment.content());
        return file;
    }

    @Override
    public void deleteFor(List<Identity> identities) {
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
