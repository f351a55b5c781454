package com.jobfuture.coach.config;

import com.jobfuture.coach.storage.Durability;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bot keeps its data: a SQLite file (the default, embedded; one process) or a PostgreSQL server (several
 * processes may share it), from {@code database:} or {@code COACH_DB}. PostgreSQL credentials come from the
 * environment ({@code COACH_DB_USER}, {@code COACH_DB_PASSWORD}) or the URL itself, never from the config file.
 */
public sealed interface DatabaseLocation {
    /** The prefix that selects PostgreSQL. */
    String POSTGRES_PREFIX = "jdbc:postgresql:";

    /**
     * The folder for files kept beside the data (the console's files, the item calibration): the SQLite file's
     * folder, or {@code data/} in the working directory for PostgreSQL.
     */
    Path dataFolder();

    /**
     * A SQLite database file (folders are created) and how far each commit is flushed ({@code database.durability},
     * {@code COACH_DB_DURABILITY}).
     */
    record SqliteFile(Path file, Durability durability) implements DatabaseLocation {
        /** The file with the default durability. */
        public SqliteFile(Path file) {
            this(file, Durability.DEFAULT);
        }

        @Override
        public Path dataFolder() {
            Path parent = file.toAbsolutePath().getParent();
            return parent == null ? Path.of("").toAbsolutePath() : parent;
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    /** A PostgreSQL database: its JDBC URL and, when not in the URL, the user and password. */
    record Postgres(String url, Optional<String> user, Optional<String> password) implements DatabaseLocation {
        public Postgres {
            if (!url.startsWith(POSTGRES_PREFIX)) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + redacted(url));
            }
        }

        @Override
        public Path dataFolder() {
            return Path.of("data").toAbsolutePath();
        }

        /** The URL without its parameters (which may hold a password), for logs and messages. */
        public String shown() {
            return redacted(url);
        }

        @Override
        public String toString() {
            return "Postgres[" + shown() + ", user=" + user.orElse("(from the URL)") + "]";
        }

        private static String redacted(String url) {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query) + "?…";
        }
    }

    /**
     * A SQLite path or a {@code jdbc:postgresql:} URL, with the credentials for the latter; {@code durability} (empty
     * = the default) applies to SQLite only: PostgreSQL keeps its server's setting, so setting it there is an error.
     */
    static DatabaseLocation parse(String text, Optional<String> user, Optional<String> password,
                                  Optional<Durability> durability) {
        String trimmed = text.strip();
        if (trimmed.startsWith(POSTGRES_PREFIX)) {
            if (durability.isPresent()) {
                throw new ConfigException("database.durability (COACH_DB_DURABILITY) applies to SQLite only: "
                        + "PostgreSQL keeps its server's setting (synchronous_commit); remove it");
            }
            return new Postgres(trimmed, user, password);
        }
        if (trimmed.startsWith("jdbc:")) {
            throw new ConfigException("database '" + trimmed.split("\\?")[0] + "' is not supported: use a SQLite "
                    + "file path (e.g. data/coach.db) or a PostgreSQL URL (jdbc:postgresql://host:5432/coach)");
        }
        return new SqliteFile(Path.of(trimmed), durability.orElse(Durability.DEFAULT));
    }

    /** The SQLite file at this path. */
    static DatabaseLocation sqlite(Path file) {
        return new SqliteFile(file);
    }
}
