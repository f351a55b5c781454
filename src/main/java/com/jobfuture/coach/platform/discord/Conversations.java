package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Conversation;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.Interaction;

/** Where an interaction happened, for the core: the user's DM, or a server channel (admin = Manage Server). */
final class Conversations {
    private Conversations() {
    }

    static boolean inServer(Interaction interaction) {
        return interaction.getChannelType() != ChannelType.PRIVATE;
    }

    /** The direct chat for DMs; for a server channel the community, keyed by the channel's id. */
    static Conversation of(Interaction interaction) {
        if (!inServer(interaction)) {
            return Conversation.direct(interaction.getUser().getId());
        }
        Member member = interaction.getMember();
        boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        return Conversation.community(interaction.getChannelId(), admin);
    }
}
