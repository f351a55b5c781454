package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;

/** The adapter's own words (everything else comes from the core, the same on every platform). */
final class DiscordTexts {
    static final String SOMEONE_ELSES_BUTTON = "That button belongs to someone else's quiz, so I left it alone. "
            + "Start your own with /quiz — only you will see it.";
    static final String RESTARTING = "I'm restarting right now — please try again in a minute.";
    static final String FAILED = "Sorry, something went wrong on my side. Please try again; your progress is saved.";
    static final String DM_INTRO = "Here's your quiz, continued in our DMs. You can type your answers here.";

    private DiscordTexts() {
    }

    /** Said privately when the user's DMs are closed (Discord error 50007), with the choice to stay here. */
    static Reply dmsClosed() {
        return Reply.withButtons("I can't send you a direct message: your DMs are closed for this server "
                + "(or to apps). To open them: server name → Privacy Settings → Direct Messages, then press Try DMs "
                + "again. Or keep going here — only you can see these messages.",
                List.of(new Button(ServerReplies.STAY_HERE, "Keep going here"),
                        new Button(ServerReplies.TO_DMS, "Try DMs again")));
    }

    /** Said privately once the quiz went to the user's DMs. */
    static String movedToDms(String jumpUrl) {
        return "Done — your quiz continues in our DMs: " + jumpUrl;
    }
}
