package com.jobfuture.coach.cli;

import java.nio.file.Path;

/** Loads configuration, builds the application and runs it until shutdown. */
final class Launcher {
    private Launcher() {
    }

    static int launch(Path config, boolean forceConsole) {
        System.err.println("not wired yet: " + config + " " + forceConsole);
        return 1;
    }
}
