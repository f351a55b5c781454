package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Reply;

/**
 * The {@code /jobs alert} subcommands and the alert's one-tap off button, answered by the alerts part
 * ({@code core/jobs/alerts}); /jobs hands them over. Thread-safe.
 */
public interface JobAlertCommands {
    /** The action of the button under each alert that turns alerts off. */
    String OFF_ACTION = "jobs:alert:off";

    /** Answers {@code /jobs alert [on [filters]|off]}. */
    Reply alert(ChatRequest request, String action, String filters);

    /** Answers the off button under an alert. */
    Reply turnOffByButton(ChatRequest request);

    /** For a coach without alerts (nothing can send them): says so. */
    static JobAlertCommands unavailable() {
        return new JobAlertCommands() {
            @Override
            public Reply alert(ChatRequest request, String action, String filters) {
                return Reply.text("Job alerts are not available on this coach.");
            }

            @Override
            public Reply turnOffByButton(ChatRequest request) {
                return alert(request, "off", "");
            }
        };
    }
}
