package com.jobfuture.coach;

/** Command-line entry point of the interview coach. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("JobFuture Interview Coach");
    }
}
