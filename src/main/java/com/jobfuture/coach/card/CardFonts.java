package com.jobfuture.coach.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the card is drawn with: DejaVu Sans regular and bold, bundled in the jar under {@code fonts/} (see
 * {@code fonts/LICENSE-DejaVu.txt}), so the card looks the same on every machine, with or without system fonts.
 */
record CardFonts(Font regular, Font bold) {

    static CardFonts load() {
        return new CardFonts(font("fonts/DejaVuSans.ttf"), font("fonts/DejaVuSans-Bold.ttf"));
    }

    Font regular(float size) {
        return regular.deriveFont(size);
    }

    Font bold(float size) {
        return bold.deriveFont(size);
    }

    private static Font font(String resource) {
        try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + resource + " is not a TrueType font", e);
        }
    }
}
