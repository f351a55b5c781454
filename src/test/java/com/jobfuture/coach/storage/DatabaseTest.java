package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensInWalModeWithForeignKeysAndMigrations() {
        try (Database db = Database.open(dir.resolve("nested/folder/coach.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            String version = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(version).isNotBlank();
        }
    }

    @Test
    void aFailedTransactionCommitsNothing() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            SqliteUserRepository users = new SqliteUserRepository(db);
            SqliteReviewRepository reviews = new SqliteReviewRepository(db);
            long user = users.resolve("test", "1", "Dana", Instant.EPOCH);
            ReviewCard card = new ReviewCard(CardState.REVIEW, 0, 3.0, 5.0, Instant.parse("2026-01-02T00:00:00Z"),
                    Instant.parse("2026-01-01T00:00:00Z"));

            assertThatThrownBy(() -> db.inTransaction(() -> {
                reviews.saveCard(user, "q1", card);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(reviews.cards(user)).isEmpty();

            db.inTransaction(() -> {
                reviews.saveCard(user, "q1", card);
                return null;
            });
            assertThat(reviews.cards(user)).containsEntry("q1", card);
        }
    }

    @Test
    void foreignKeysRejectOrphanRows() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            SqliteReviewRepository reviews = new SqliteReviewRepository(db);
            ReviewCard card = ReviewCard.newCard(Instant.EPOCH);

            assertThatThrownBy(() -> reviews.saveCard(999, "q1", card)).isInstanceOf(StorageException.class);
        }
    }

    @Test
    void identitiesResolveToTheSameUserAcrossReopen() {
        Path file = dir.resolve("coach.db");
        long first;
        try (Database db = Database.open(file)) {
            first = new SqliteUserRepository(db).resolve("telegram", "42", "Dana", Instant.EPOCH);
        }
        try (Database db = Database.open(file)) {
            SqliteUserRepository users = new SqliteUserRepository(db);
            assertThat(users.resolve("telegram", "42", "Dana", Instant.EPOCH)).isEqualTo(first);
            assertThat(users.resolve("discord", "42", "Dana", Instant.EPOCH)).isNotEqualTo(first);
            assertThat(users.displayName(first)).contains("Dana");
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
