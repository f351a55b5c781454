package com.jobfuture.coach.app;

import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.storage.Database;

/** Opens the configured database: the SQLite file, or the PostgreSQL server several processes may share. */
public final class Databases {
    private Databases() {
    }

    /** Opens and migrates the database at the location. */
    public static Database open(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Postgres postgres) {
            return Database.openPostgres(postgres.url(), postgres.user(), postgres.password());
        }
        DatabaseLocation.SqliteFile sqlite = (DatabaseLocation.SqliteFile) location;
        return Database.open(sqlite.file(), sqlite.durability());
    }
}
