package com.jobfuture.coach.testing;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Builds configurations for tests: a temporary database and the test decks. */
public final class TestCoach {
    private TestCoach() {
    }

    /** A configuration with the database and the test decks inside the given temporary folder, no tokens. */
    public static CoachConfig config(Path directory) {
        Path decks = TestDecks.write(directory);
        return new CoachConfig(DatabaseLocation.sqlite(directory.resolve("coach.db")), decks, ZoneOffset.UTC,
                List.of(), Optional.empty(), Optional.empty(), CoachConfig.PlatformUrls.defaults());
    }
}
