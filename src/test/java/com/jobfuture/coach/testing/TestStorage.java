package com.jobfuture.coach.testing;

import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.storage.Database;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The two databases the coach runs on, as tests make them: a temporary SQLite file, or a new PostgreSQL database. */
public enum TestStorage {
    SQLITE {
        @Override
        public Supplier<Database> create(Path folder) {
            Path file = folder.resolve("coach.db");
            return () -> Database.open(file);
        }

        @Override
        public DatabaseLocation location(Path folder) {
            return DatabaseLocation.sqlite(folder.resolve("coach.db"));
        }
    },
    POSTGRESQL {
        @Override
        public Supplier<Database> create(Path folder) {
            PostgresServer server = PostgresServer.shared();
            String url = server.newDatabaseLike(template -> open(template, server).close());
            return () -> open(url, server);
        }

        @Override
        public DatabaseLocation location(Path folder) {
            PostgresServer server = PostgresServer.shared();
            return new DatabaseLocation.Postgres(server.newDatabaseLike(template -> open(template, server).close()),
                    Optional.of(PostgresServer.USER), Optional.of(server.password()));
        }

        private Database open(String url, PostgresServer server) {
            return Database.openPostgres(url, Optional.of(PostgresServer.USER), Optional.of(server.password()));
        }
    };

    /**
     * A new, empty database (for SQLite, a file in {@code folder}); each call of the supplier opens (and migrates)
     * it anew, as another process would.
     */
    public abstract Supplier<Database> create(Path folder);

    /** A new, empty database as the bot's configuration names it (for SQLite, a file in {@code folder}). */
    public abstract DatabaseLocation location(Path folder);
}
