package com.jobfuture.coach.card;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.profile.ActivityHeatmap;
import com.jobfuture.coach.core.progress.AreaStats;
import com.jobfuture.coach.core.profile.CandidateProfile;
import com.jobfuture.coach.core.profile.CardPainter;
import com.jobfuture.coach.core.profile.ProfileArea;
import com.jobfuture.coach.core.profile.SkillLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the /progress card with Java2D on the server (headless): per area the skill-check level with how sure it
 * is, mastery, questions seen and recent accuracy; the streak and reviews due; answers per day over 12 weeks.
 * Fonts are bundled ({@link CardFonts}); text that would not fit is shortened with an ellipsis. Thread-safe.
 */
public final class ProgressCardPainter implements CardPainter {
    static final int WIDTH = 960;
    private static final int PAD = 40;
    private static final int ROW = 66;
    private static final int CELL = 22;
    private static final int GAP = 4;
    private static final Color INK = new Color(0x1f2937);
    private static final Color MUTED = new Color(0x4b5563);
    private static final Color LINE = new Color(0xe5e7eb);
    private static final Color BAR = new Color(0x2563eb);
    private static final Color BACKGROUND = new Color(0xf8fafc);
    private static final Color[] HEAT = {new Color(0xe5e7eb), new Color(0xbfdbfe), new Color(0x60a5fa),
            new Color(0x2563eb), new Color(0x1e3a8a)};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private final CardFonts fonts;

    public ProgressCardPainter() {
        this.fonts = CardFonts.load();
    }

    @Override
    public byte[] paint(CandidateProfile profile) {
        int areasTop = 150;
        int heatTop = areasTop + 44 + profile.areas().size() * ROW + 40;
        int height = heatTop + 48 + 7 * (CELL + GAP) + 70;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            header(g, profile);
            areas(g, profile, areasTop);
            heatmap(g, profile.activity(), heatTop);
            g.setColor(LINE);
            g.fillRect(PAD, height - 52, WIDTH - 2 * PAD, 1);
            text(g, fonts.regular(15), MUTED, "Private: only you see this card. JobFuture Interview Coach",
                    PAD, height - 24, WIDTH - 2 * PAD);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private void header(Graphics2D g, CandidateProfile profile) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, 120);
        text(g, fonts.bold(32), INK, "Your interview prep", PAD, 58, 600);
        Font dateFont = fonts.regular(18);
        String date = DATE.format(profile.today());
        textRight(g, dateFont, MUTED, date, WIDTH - PAD, 58);
        text(g, fonts.regular(19), MUTED, profile.answered() + " answered · " + profile.dueToday() + " due today · "
                + profile.streakDays() + "-day streak", PAD, 96, WIDTH - 2 * PAD);
    }

    private void areas(Graphics2D g, CandidateProfile profile, int top) {
        int levelX = 340;
        int barX = 590;
        int barWidth = WIDTH - PAD - barX - 60;
        Font head = fonts.bold(15);
        text(g, head, MUTED, "AREA", PAD, top + 20, 280);
        text(g, head, MUTED, "SKILL CHECK", levelX, top + 20, 230);
        text(g, head, MUTED, "MASTERY (RECALL IN A WEEK)", barX, top + 20, WIDTH - PAD - barX);
        int y = top + 44;
        for (ProfileArea area : profile.areas()) {
            g.setColor(LINE);
            g.fillRect(PAD, y, WIDTH - 2 * PAD, 1);
            AreaStats figures = area.figures();
            text(g, fonts.bold(21), INK, area.family().label(), PAD, y + 30, levelX - PAD - 16);
            String detail = "seen " + figures.seen() + " of " + figures.total()
                    + (figures.recentAnswers() == 0 ? "" : " · right " + figures.recentRight() + " of last "
                    + figures.recentAnswers());
            text(g, fonts.regular(15), MUTED, detail, PAD, y + 54, levelX - PAD - 16);
            if (area.level().isPresent()) {
                SkillLevel level = area.level().get();
                int chipEnd = chip(g, level.level(), levelX, y + 12);
                text(g, fonts.regular(15), MUTED, SHORT.format(level.date()), chipEnd + 10, y + 32,
                        barX - chipEnd - 26);
                text(g, fonts.regular(15), MUTED, level.leastSure() + "% sure · " + level.questions() + " questions",
                        levelX, y + 54, barX - levelX - 16);
            } else {
                text(g, fonts.regular(16), MUTED, "no check yet", levelX, y + 32, barX - levelX - 16);
            }
            double share = Math.max(0, Math.min(1, figures.mastery()));
            g.setColor(LINE);
            g.fill(new RoundRectangle2D.Double(barX, y + 25, barWidth, 14, 14, 14));
            if (share > 0) {
                g.setColor(BAR);
                g.fill(new RoundRectangle2D.Double(barX, y + 25, Math.max(14, barWidth * share), 14, 14, 14));
            }
            textRight(g, fonts.bold(18), INK, Math.round(share * 100) + "%", WIDTH - PAD, y + 38);
            y += ROW;
        }
        g.setColor(LINE);
        g.fillRect(PAD, y, WIDTH - 2 * PAD, 1);
    }

    /** Draws the level as a coloured chip and returns where it ends. */
    private int chip(Graphics2D g, Level level, int x, int y) {
        Color fill = switch (level) {
            case JUNIOR -> new Color(0xfef3c7);
            case MIDDLE -> new Color(0xdbeafe);
            case SENIOR -> new Color(0xdcfce7);
        };
        Color ink = switch (level) {
            case JUNIOR -> new Color(0x92400e);
            case MIDDLE -> new Color(0x1e40af);
            case SENIOR -> new Color(0x166534);
        };
        Font font = fonts.bold(17);
        int width = g.getFontMetrics(font).stringWidth(level.id()) + 24;
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(x, y, width, 28, 14, 14));
        text(g, font, ink, level.id(), x + 12, y + 20, width);
        return x + width;
    }

    private void heatmap(Graphics2D g, ActivityHeatmap activity, int top) {
        text(g, fonts.bold(21), INK, "Activity · last " + ActivityHeatmap.WEEKS + " weeks", PAD, top + 24, 500);
        textRight(g, fonts.regular(16), MUTED, activity.total() + " answers on " + activity.activeDays()
                + (activity.activeDays() == 1 ? " day" : " days"), WIDTH - PAD, top + 24);
        int gridX = PAD + 48;
        int gridY = top + 44;
        String[] days = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int row = 0; row < 7; row++) {
            text(g, fonts.regular(13), MUTED, days[row], PAD, gridY + row * (CELL + GAP) + 16, 44);
        }
        for (int week = 0; week < ActivityHeatmap.WEEKS; week++) {
            for (int day = 0; day < 7; day++) {
                int count = activity.count(week, day);
                if (count < 0) {
                    continue;
                }
                g.setColor(HEAT[activity.shade(count)]);
                g.fill(new RoundRectangle2D.Double(gridX + week * (CELL + GAP), gridY + day * (CELL + GAP), CELL,
                        CELL, 6, 6));
            }
        }
        int below = gridY + 7 * (CELL + GAP) + 16;
        text(g, fonts.regular(13), MUTED, SHORT.format(activity.firstDay()), gridX, below, 120);
        textRight(g, fonts.regular(13), MUTED, "this week", gridX + ActivityHeatmap.WEEKS * (CELL + GAP) - GAP,
                below);
        int legendX = gridX + ActivityHeatmap.WEEKS * (CELL + GAP) + 60;
        text(g, fonts.regular(14), MUTED, "Less", legendX, gridY + 16, 60);
        for (int i = 0; i < HEAT.length; i++) {
            g.setColor(HEAT[i]);
            g.fill(new RoundRectangle2D.Double(legendX + 44 + i * (CELL + GAP), gridY, CELL, CELL, 6, 6));
        }
        text(g, fonts.regular(14), MUTED, "More", legendX + 44 + HEAT.length * (CELL + GAP) + 4, gridY + 16, 60);
        text(g, fonts.regular(14), MUTED, "Each square is a day; darker = more answers.", legendX, gridY + 56,
                WIDTH - PAD - legendX);
        g.setStroke(new BasicStroke(1));
    }


    /** Draws text at (x, baseline), shortened with an ellipsis to fit {@code maxWidth}. */
    private static void text(Graphics2D g, Font font, Color color, String text, int x, int baseline, int maxWidth) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(fit(g.getFontMetrics(font), text, maxWidth), x, baseline);
    }

    private static void textRight(Graphics2D g, Font font, Color color, String text, int right, int baseline) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, right - g.getFontMetrics(font).stringWidth(text), baseline);
    }

    static String fit(FontMetrics metrics, String text, int maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the card as PNG", e);
        }
    }
}
