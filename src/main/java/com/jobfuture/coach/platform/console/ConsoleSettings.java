package com.jobfuture.coach.platform.console;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The console chat's settings: where it reads and prints, whether a person types there ({@code interactive}:
 * prompts are shown), who the operator is, and the folder for files the coach sends (exports).
 */
public record ConsoleSettings(BufferedReader in, PrintStream out, boolean interactive, String userName,
                              Path fileFolder) {
    public ConsoleSettings {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(fileFolder, "fileFolder");
    }
}
