package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.user.Identity;
import com.jobfuture.coach.core.user.UserAccount;
import com.jobfuture.coach.core.user.UserRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Users and identities (SQLite or PostgreSQL); deleting a user cascades to every table that references it. */
public final class JdbcUserRepository implements UserRepository {
    private final Database db;

    public JdbcUserRepository(Database db) {
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
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO identities (platform, external_id, "
                    + "user_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, platform);
                insert.setString(2, externalId);
                insert.setLong(3, userId);
                insert.setLong(4, now.toEpochMilli());
                if (insert.executeUpdate() == 0) {
                    // another process took this identity in between (PostgreSQL): its user is the one
                    deleteUser(c, userId);
                    return find(c, platform, externalId).orElseThrow();
                }
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

    @Override
    public Optional<UserAccount> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT display_name, created_at FROM users WHERE id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new UserAccount(userId, rows.getString(1),
                            Instant.ofEpochMilli(rows.getLong(2)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Identity> identities(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT platform, external_id, created_at "
                    + "FROM identities WHERE user_id = ? ORDER BY created_at, platform, external_id")) {
                select.setLong(1, userId);
                List<Identity> identities = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        identities.add(new Identity(rows.getString(1), rows.getString(2),
                                Instant.ofEpochMilli(rows.getLong(3))));
                    }
                }
                return identities;
            }
        });
    }

    @Override
    public void mergeInto(long from, long into) {
        db.write(c -> {
            try (PreparedStatement move = c.prepareStatement("UPDATE identities SET user_id = ? WHERE user_id = ?")) {
                move.setLong(1, into);
                move.setLong(2, from);
                move.executeUpdate();
            }
            return deleteUser(c, from);
        });
    }

    @Override
    public void delete(long userId) {
        db.write(c -> deleteUser(c, userId));
    }

    private static int deleteUser(java.sql.Connection c, long userId) throws java.sql.SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
            delete.setLong(1, userId);
            return delete.executeUpdate();
        }
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
