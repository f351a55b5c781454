package com.jobfuture.coach.platform.telegram;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run the whole app against the fake Bot API: a fresh rig for each test, closed after it. */
abstract class TelegramAppTest {
    @TempDir
    Path dir;
    TelegramRig rig;

    @BeforeEach
    void startApp() throws Exception {
        rig = new TelegramRig(dir).startApp();
    }

    @AfterEach
    void stopApp() {
        rig.close();
    }
}
