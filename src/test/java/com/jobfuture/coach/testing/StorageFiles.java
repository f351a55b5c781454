package com.jobfuture.coach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a SQLite database's files (the database, its -wal and -shm) as raw bytes, live rows or not. */
public final class StorageFiles {
    private StorageFiles() {
    }

    /**
     * Which of the markers occur anywhere in the bytes of the database file, its write-ahead log or its shared
     * memory file (as UTF-8, as written or in lower case), each as {@code file: marker}.
     */
    public static List<String> containing(Path database, List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String marker : markers) {
                if (indexOf(bytes, marker) >= 0 || indexOf(bytes, marker.toLowerCase(Locale.ROOT)) >= 0) {
                    found.add(file.getFileName() + ": " + marker);
                }
            }
        }
        return found;
    }

    /** The number of rows in a table, read through a connection of its own. */
    public static int rows(Path database, String table) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
