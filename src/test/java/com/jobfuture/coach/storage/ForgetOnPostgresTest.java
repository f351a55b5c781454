package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.user.UserDataService;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.PostgresServer;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /forget on the real PostgreSQL server: without a VACUUM a deleted row's version stays in the table's pages
 * (PostgreSQL keeps it for older snapshots); after /forget's VACUUM no row version holding the user's data is left
 * in the tables. Read with pageinspect (PostgreSQL's contrib module, part of Debian's server package).
 */
class ForgetOnPostgresTest extends StorageTest {
    static final String FORGOTTEN = "Zelda-Forgettable-7331";
    static final String DELETED_ONLY = "Quentin-Deleted-4242";

    ForgetOnPostgresTest() {
        super(TestStorage.POSTGRESQL);
    }

    @Test
    void forgetRemovesTheDeletedRowVersionsThatAPlainDeleteLeavesInThePages() throws SQLException {
        JdbcUserRepository repository = new JdbcUserRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        long zelda = repository.resolve("telegram", "700", FORGOTTEN, T0);
        long quentin = repository.resolve("telegram", "701", DELETED_ONLY, T0);
        reviews.log(new ReviewLogEntry(zelda, "orm-n-plus-one", Rating.GOOD, true, T0));
        UserDataService userData = new UserDataService(repository, new UserDirectory(repository,
                new MutableClock(T0)), List.of(), List.of(), db, db, new MutableClock(T0), CoachMetrics.none());
        try (Connection admin = adminConnection()) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pageinspect");
            }
            assertThat(rowVersionsHolding(admin, "users", FORGOTTEN)).isEqualTo(1);

            repository.delete(quentin);
            assertThat(rowVersionsHolding(admin, "users", DELETED_ONLY)).as("a plain DELETE leaves the version")
                    .isEqualTo(1);

            userData.forget(zelda);

            assertThat(repository.find(zelda)).isEmpty();
            assertThat(rowVersionsHolding(admin, "users", FORGOTTEN)).isZero();
            assertThat(rowVersionsHolding(admin, "users", DELETED_ONLY)).isZero();
            assertThat(rowVersionsHolding(admin, "identities", "700")).isZero();
        }
    }

    /** Row versions (live or dead) in the table's pages whose data holds the text. */
    private static long rowVersionsHolding(Connection admin, String table, String text) throws SQLException {
        try (PreparedStatement select = admin.prepareStatement("SELECT COUNT(*) FROM generate_series(0, "
                + "(pg_relation_size(?::regclass) / current_setting('block_size')::int)::int - 1) AS block, "
                + "LATERAL heap_page_items(get_raw_page(?, block)) AS item "
                + "WHERE item.t_data IS NOT NULL AND position(convert_to(?, 'UTF8') IN item.t_data) > 0")) {
            select.setString(1, table);
            select.setString(2, table);
            select.setString(3, text);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(db.read(c -> c.getMetaData().getURL()), PostgresServer.USER,
                PostgresServer.shared().password());
    }
}
