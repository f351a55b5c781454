package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.daily.DailyCommand;
import com.jobfuture.coach.core.jobs.JobsChat;
import java.util.Set;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The adapter's group decisions without a network: what a group update asks for, where each reply goes, menus. */
@Timeout(10)
class TelegramGroupUnitsTest {
    private static final long GROUP = -100_42;
    /** The coach's commands as the real features declare them (their services are not needed for that). */
    private static final List<CommandSpec> COMMANDS = new CoachBot(null,
            List.of(new JobsChat(null, null, null, null)), Set.of()).commands();
    private final UpdateTranslator translator = new UpdateTranslator(() -> "coach_bot", withDaily(COMMANDS));
    private final ReplyRenderer renderer = new ReplyRenderer(new ReplyFormatter());

    @Test
    void groupCommandsAreSortedByWhatWorksInAGroup() throws Exception {
        assertThat(translator.translate(groupText("/daily@Coach_Bot set 09:00 UTC", false)))
                .isEqualTo(new Inbound.GroupCommand(GROUP, 7, user(), 11, "/daily@Coach_Bot set 09:00 UTC", true));
        assertThat(translator.translate(groupText("/jobs remote", false))).isInstanceOfSatisfying(
                Inbound.GroupCommand.class, command -> assertThat(command.checksAdmin()).isFalse());
        assertThat(translator.translate(groupText("/daily@other_bot now", false))).isInstanceOf(Inbound.Ignore.class);
        assertThat(translator.translate(groupText("/help@coach_bot", false))).isInstanceOfSatisfying(
                Inbound.Note.class, note -> assertThat(note.text()).startsWith("In this group:"));
        assertThat(translator.translate(groupText("/progress", false))).isInstanceOfSatisfying(Inbound.Note.class,
                note -> assertThat(note.text()).startsWith("I coach in a private chat"));
        assertThat(translator.translate(groupText("/daily set 09:00", true))).as("an anonymous admin")
                .isInstanceOfSatisfying(Inbound.Note.class, note -> assertThat(note.text())
                        .startsWith("I can't tell who sent that"));
        assertThat(translator.translate(groupText("good morning", false))).isInstanceOf(Inbound.Ignore.class);
    }

    @Test
    void pressesOnGroupMessagesAndTheBotLeavingOrJoining() throws Exception {
        assertThat(translator.translate(update("""
                {"update_id": 2, "callback_query": {"id": "cb1", "chat_instance": "c", "data": "daily:5:1",
                 "from": {"id": 7, "is_bot": false, "first_name": "Dana"},
                 "message": {"message_id": 30, "date": 1700000000, "text": "Question of the day",
                  "chat": {"id": -10042, "type": "supergroup", "title": "G"}}}}""")))
                .isEqualTo(new Inbound.GroupPress(GROUP, 7, user(), "cb1", "daily:5:1"));
        assertThat(translator.translate(membership("left", "member"))).isInstanceOfSatisfying(
                Inbound.Membership.class, m -> {
                    assertThat(m.blocked()).isFalse();
                    assertThat(m.note()).startsWith("Hi! In this group:");
                });
        assertThat(translator.translate(membership("member", "kicked")))
                .isEqualTo(new Inbound.Membership(GROUP, true, null));
        assertThat(translator.translate(membership("member", "administrator"))).isInstanceOf(Inbound.Ignore.class);
    }

    @Test
    void repliesToAGroupCommandGoToTheGroupOrPrivatelyWithANoteForTheGroupIfRefused() {
        OutgoingMessage note = renderer.note("Press Start first", GROUP).get(0).replyingTo(11);
        List<OutgoingMessage> messages = renderer.renderForGroup(List.of(
                Reply.text("Django roles: …").toConversation(),
                Reply.withButtons("Sorry — only admins", List.of(new Button("help", "Help"))).replacingOrigin()),
                GROUP, 7, note);

        assertThat(messages).extracting(OutgoingMessage::chatId).containsExactly(GROUP, 7L);
        assertThat(messages.get(0).fallback()).isNull();
        assertThat(messages.get(1).fallback()).isEqualTo(note);
        assertThat(messages).noneMatch(OutgoingMessage::isEdit);
    }

    @Test
    void aPressGetsAToastWhenItFitsElseAnAlertAndThePrivateChat() {
        ReplyRenderer.PressAnswer toast = renderer.renderPress(List.of(Reply.text("Got it — you picked `B`.")),
                GROUP, 7);
        assertThat(toast).isEqualTo(new ReplyRenderer.PressAnswer("Got it — you picked B.", false, List.of()));

        String long250 = "x".repeat(250);
        ReplyRenderer.PressAnswer alert = renderer.renderPress(List.of(Reply.text(long250),
                Reply.text("For everyone").toConversation()), GROUP, 7);
        assertThat(alert.alert()).isTrue();
        assertThat(alert.toast()).hasSize(BotApi.MAX_CALLBACK_TEXT).endsWith("…");
        assertThat(alert.messages()).extracting(OutgoingMessage::chatId).containsExactly(GROUP, 7L);

        assertThat(renderer.renderPress(List.of(Reply.text("For everyone").toConversation()), GROUP, 7).toast())
                .isNull();
    }

    @Test
    void groupsGetTheirOwnMenuAndPrivateChatsNoDaily() {
        List<CommandSpec> commands = List.of(CommandSpec.of("quiz", "/quiz", "practise"), DailyCommand.spec(null),
                new JobsChat(null, null, null, null).commands().get(0));
        assertThat(TelegramPlatform.privateMenu(commands)).extracting(BotCommand::getCommand)
                .containsExactly("quiz", "jobs");
        assertThat(TelegramPlatform.groupMenu(commands)).extracting(BotCommand::getCommand)
                .containsExactly("daily", "jobs", "help");
    }

    private static List<CommandSpec> withDaily(List<CommandSpec> commands) {
        List<CommandSpec> all = new java.util.ArrayList<>(commands);
        all.add(DailyCommand.spec(null));
        all.add(CommandSpec.of("progress", "/progress", "your progress"));
        return all;
    }

    private static ChatUser user() {
        return new ChatUser("telegram", "7", "Dana", false);
    }

    private static Update groupText(String text, boolean anonymous) throws Exception {
        String from = anonymous ? "{\"id\": 1087968824, \"is_bot\": true, \"first_name\": \"Group\", "
                + "\"username\": \"GroupAnonymousBot\"}" : "{\"id\": 7, \"is_bot\": false, \"first_name\": \"Dana\"}";
        String senderChat = anonymous
                ? ", \"sender_chat\": {\"id\": -10042, \"type\": \"supergroup\", \"title\": \"G\"}" : "";
        return update("{\"update_id\": 1, \"message\": {\"message_id\": 11, \"date\": 1700000000, \"text\": "
                + new ObjectMapper().writeValueAsString(text) + ", \"from\": " + from + senderChat
                + ", \"chat\": {\"id\": -10042, \"type\": \"supergroup\", \"title\": \"G\"}}}");
    }

    private static Update membership(String oldStatus, String newStatus) throws Exception {
        String bot = "{\"id\": 1, \"is_bot\": true, \"first_name\": \"Coach\"}";
        return update("{\"update_id\": 3, \"my_chat_member\": {\"chat\": {\"id\": -10042, \"type\": \"supergroup\", "
                + "\"title\": \"G\"}, \"from\": {\"id\": 7, \"is_bot\": false, \"first_name\": \"Dana\"}, "
                + "\"date\": 1700000000, \"old_chat_member\": {\"status\": \"" + oldStatus + "\", \"user\": " + bot
                + "}, \"new_chat_member\": {\"status\": \"" + newStatus + "\", \"user\": " + bot
                + (newStatus.equals("kicked") ? ", \"until_date\": 0" : "") + "}}}");
    }

    private static Update update(String json) throws Exception {
        return new ObjectMapper().readValue(json, Update.class);
    }
}
