package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.TestStorage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's migrations (db/migration) and PostgreSQL's (db/postgresql) stay twins: the same versions, and a new
 * database of each ends with the same tables and columns. A migration added for one database only fails here.
 */
class MigrationParityTest {
    @TempDir
    Path dir;

    @Test
    void everyVersionHasBothDatabases() throws Exception {
        assertThat(versions("db/postgresql")).isEqualTo(versions("db/migration"));
    }

    @Test
    void bothDatabasesEndWithTheSameTablesAndColumns() throws SQLException {
        Map<String, Set<String>> sqlite;
        try (Database db = TestStorage.SQLITE.create(dir).get()) {
            sqlite = db.read(c -> {
                Map<String, Set<String>> tables = new TreeMap<>();
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT m.name, p.name "
                        + "FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' "
                        + "AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'flyway_schema_history'")) {
                    while (rows.next()) {
                        tables.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
                    }
                }
                return tables;
            });
        }
        Map<String, Set<String>> postgres;
        try (Database db = TestStorage.POSTGRESQL.create(dir).get()) {
            postgres = db.read(c -> {
                Map<String, Set<String>> tables = new TreeMap<>();
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT table_name, "
                        + "column_name FROM information_schema.columns WHERE table_schema = 'public' "
                        + "AND table_name <> 'flyway_schema_history'")) {
                    while (rows.next()) {
                        tables.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
                    }
                }
                return tables;
            });
        }
        assertThat(sqlite).isNotEmpty();
        assertThat(postgres).isEqualTo(sqlite);
    }

    private static Set<String> versions(String folder) throws IOException, URISyntaxException {
        Path path = Path.of(MigrationParityTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
