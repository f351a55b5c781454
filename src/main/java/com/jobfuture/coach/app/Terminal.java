package com.jobfuture.coach.app;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Objects;

/** Where the console chat runs: its input and output, whether a person types there, and the operator's name. */
public record Terminal(BufferedReader in, PrintStream out, boolean interactive, String userName) {
    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(userName, "userName");
    }
}
