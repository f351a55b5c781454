package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.user.LinkCodeRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** /link codes (hashes only) and wrong attempts in the database. */
public final class JdbcLinkCodeRepository implements LinkCodeRepository {
    private final Database db;

    public JdbcLinkCodeRepository(Database db) {
        this.db = db;
    }

    @Override
    public void replace(long userId, String codeHash, Instant createdAt, Instant expiresAt) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM link_codes WHERE user_id = ? OR expires_at <= ?")) {
                delete.setLong(1, userId);
                delete.setLong(2, createdAt.toEpochMilli());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO link_codes (code_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, codeHash);
                insert.setLong(2, userId);
                insert.setLong(3, createdAt.toEpochMilli());
                insert.setLong(4, expiresAt.toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Long> owner(String codeHash, Instant now) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT user_id FROM link_codes WHERE code_hash = ? AND expires_at > ?")) {
                select.setString(1, codeHash);
                select.setLong(2, now.toEpochMilli());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean consume(String codeHash) {
        return db.write(c -> {
            // PostgreSQL: a code another process is using up right now is skipped, not waited for (a wait inside
            // a transaction shared by several writes can deadlock with that process); it links there, not here
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM link_codes WHERE code_hash = "
                    + "(SELECT code_hash FROM link_codes WHERE code_hash = ?" + db.dialect().lockSkippingLocked()
                    + ")")) {
                delete.setString(1, codeHash);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Instant> codeExpiry(long userId, Instant now) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT MAX(expires_at) FROM link_codes WHERE user_id = ? AND expires_at > ?")) {
                select.setLong(1, userId);
                select.setLong(2, now.toEpochMilli());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    long millis = rows.getLong(1);
                    return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
                }
            }
        });
    }

    @Override
    public void recordFailure(long userId, Instant at, Instant forgetBefore) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM link_attempts WHERE attempted_at < ?")) {
                delete.setLong(1, forgetBefore.toEpochMilli());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO link_attempts (user_id, attempted_at) VALUES (?, ?)")) {
                insert.setLong(1, userId);
                insert.setLong(2, at.toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<Instant> failuresSince(long userId, Instant since) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT attempted_at FROM link_attempts "
                    + "WHERE user_id = ? AND attempted_at > ? ORDER BY attempted_at")) {
                select.setLong(1, userId);
                select.setLong(2, since.toEpochMilli());
                List<Instant> times = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        times.add(Instant.ofEpochMilli(rows.getLong(1)));
                    }
                }
                return times;
            }
        });
    }
}
