package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.user.UserRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** Users and identities in SQLite. */
public final class SqliteUserRepository implements UserRepository {
    private final Database db;

    public SqliteUserRepository(Database db) {
        this.db = db;
    }

    @Override
    public long resolve(String platform, String externalId, String displayName, Instant now) {
        Optional<Long> existing = db.read(c -> find(c, platform, externalId));
        if (existing.isPresent()) {
            return existing.get();
        }
        return db.write(c -> {
            Optional<Long> raced = find(c, platform, externalId);
            if (raced.isPresent()) {
                return raced.get();
            }
            long userId;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (display_name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, displayName);
                insert.setLong(2, now.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    userId = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO identities (platform, external_id, user_id, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, platform);
                insert.setString(2, externalId);
                insert.setLong(3, userId);
                insert.setLong(4, now.toEpochMilli());
                insert.executeUpdate();
            }
            return userId;
        });
    }

    @Override
    public Optional<String> displayName(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT display_name FROM users WHERE id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<Long> find(java.sql.Connection c, String platform, String externalId)
            throws java.sql.SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT user_id FROM identities WHERE platform = ? AND external_id = ?")) {
            select.setString(1, platform);
            select.setString(2, externalId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }
}
