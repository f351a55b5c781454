package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The adapter's small pure parts: keyboards, reply rendering, offsets, options, retry delays, the menu. */
@Timeout(10)
class TelegramUnitsTest {
    @Test
    void shortButtonsShareRowsLongOnesGetTheirOwn() {
        List<Button> ratings = List.of(new Button("rate:1:1", "Again"), new Button("rate:1:2", "Hard"),
                new Button("rate:1:3", "Good"), new Button("rate:1:4", "Easy"));
        assertThat(ReplyRenderer.KEYBOARD.rows(ratings)).hasSize(1);

        List<Button> options = List.of(new Button("q:1:0", "select_related with a JOIN query"),
                new Button("q:1:1", "prefetch_related"), new Button("skip:1", "Skip"));
        assertThat(ReplyRenderer.KEYBOARD.rows(options)).extracting(List::size).containsExactly(1, 2);
        assertThat(ReplyRenderer.KEYBOARD.rows(List.of())).isEmpty();
    }

    @Test
    void replacingReplyEditsTheOriginOnceAndButtonsGoOnTheLastPart() {
        ReplyRenderer renderer = new ReplyRenderer(new ReplyFormatter(100));
        String longText = "word ".repeat(50);
        List<Reply> replies = List.of(
                Reply.withButtons(longText, List.of(new Button("next", "Next"))).replacingOrigin(),
                Reply.text("Second").replacingOrigin());

        List<OutgoingMessage> messages = renderer.render(replies, 42, 7);

        assertThat(messages).hasSizeGreaterThan(2);
        assertThat(messages.get(0).editMessageId()).isEqualTo(7);
        assertThat(messages.subList(1, messages.size())).allSatisfy(m -> assertThat(m.isEdit()).isFalse());
        OutgoingMessage lastOfFirst = messages.get(messages.size() - 2);
        assertThat(lastOfFirst.keyboard()).hasSize(1);
        assertThat(messages.subList(0, messages.size() - 2)).allSatisfy(m -> assertThat(m.keyboard()).isEmpty());
        assertThat(renderer.render(replies, 42, null)).noneMatch(OutgoingMessage::isEdit);
    }

    @Test
    void offsetMovesOnlyPastFinishedUpdates() {
        OffsetTracker tracker = new OffsetTracker(0);
        assertThat(tracker.confirmable()).isZero();
        assertThat(tracker.begin(10)).isTrue();
        assertThat(tracker.begin(11)).isTrue();
        assertThat(tracker.begin(12)).isTrue();
        assertThat(tracker.begin(11)).as("seen before").isFalse();
        tracker.finish(11);
        tracker.finish(12);
        assertThat(tracker.confirmable()).isEqualTo(10);
        tracker.finish(10);
        assertThat(tracker.confirmable()).isEqualTo(13);
        tracker.skip(15);
        assertThat(tracker.begin(14)).as("an update of the same batch, read after the unreadable one").isTrue();
        assertThat(tracker.confirmable()).isEqualTo(14);
        tracker.finish(14);
        assertThat(tracker.confirmable()).isEqualTo(16);

        OffsetTracker restarted = new OffsetTracker(20);
        assertThat(restarted.begin(19)).as("below the saved offset").isFalse();
        assertThat(restarted.confirmable()).isEqualTo(20);
    }

    @Test
    void apiUrlAndTokenAreChecked() {
        TelegramUrl local = TelegramOptions.parseApiUrl(Optional.of("http://127.0.0.1:8081"));
        assertThat(local).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
        assertThat(TelegramOptions.parseApiUrl(Optional.empty()))
                .isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
        assertThatThrownBy(() -> TelegramOptions.parseApiUrl(Optional.of("http://host/base")))
                .hasMessageContaining("must not have a path");
        assertThatThrownBy(() -> TelegramOptions.parseApiUrl(Optional.of("ws://host")))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new TelegramOptions("not-a-token", local, Duration.ofSeconds(1),
                SendLimits.telegramDefaults(), RetryPolicy.defaults(), Duration.ofSeconds(1)))
                .hasMessageContaining("@BotFather").hasMessageNotContaining("not-a-token");
        assertThat(new TelegramOptions("123:abc", local, Duration.ofSeconds(1), SendLimits.telegramDefaults(),
                RetryPolicy.defaults(), Duration.ofSeconds(1)).botId()).isEqualTo(123);
    }

    @Test
    void retryDelaysDoubleUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), 5);
        assertThat(List.of(policy.delayAfter(1), policy.delayAfter(2), policy.delayAfter(3), policy.delayAfter(4),
                policy.delayAfter(9))).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void commandMenuLeavesOutAdminCommands() {
        List<BotCommand> menu = TelegramPlatform.menu(List.of(CommandSpec.of("quiz", "/quiz", "practise"),
                CommandSpec.of("reload", "/reload", "reload decks").forAccess(CommandSpec.Access.BOT_ADMINS),
                CommandSpec.of("Bad-Name", "/x", "x")));
        assertThat(menu).extracting(BotCommand::getCommand).containsExactly("quiz");
    }
}
