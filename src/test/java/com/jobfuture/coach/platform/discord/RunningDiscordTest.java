package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class sharing one fake Discord and one running coach across its tests: the subclass adds its users,
 * then the app starts; everything stops after the last test. Every test has a timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class RunningDiscordTest {
    DiscordHarness harness;
    FakeDiscord fake;

    /** Adds the users (and other fake state) the tests need, before the app connects. */
    abstract void addUsers();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        harness = DiscordHarness.create(dir);
        fake = harness.fake;
        addUsers();
        harness.startApp();
    }

    @AfterAll
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }
}
