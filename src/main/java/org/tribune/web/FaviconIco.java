package org.tribune.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * {@code /favicon.ico}: the site's mark ({@code assets/favicon.svg}, a white T on the accent red)
 * drawn at 32×32 and wrapped as a PNG inside an ICO, for browsers and crawlers that ask for the
 * ICO by its fixed address. Drawn with shapes only, no fonts, so every machine makes the same bytes.
 */
final class FaviconIco {
    private static final int SIZE = 32;
    private static final int HEADER = 6;
    private static final int DIRECTORY_ENTRY = 16;

    private FaviconIco() {}

    static byte[] bytes() {
        byte[] png = png();
        ByteBuffer ico =
                ByteBuffer.allocate(HEADER + DIRECTORY_ENTRY + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        ico.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0); // width, height, no palette, reserved
        ico.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
        ico.putInt(png.length).putInt(HEADER + DIRECTORY_ENTRY);
        ico.put(png);
        return ico.array();
    }

    private static byte[] png() {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x8a1c1c));
            g.fillRoundRect(0, 0, SIZE, SIZE, 12, 12);
            g.setColor(new Color(0xfdfdfb));
            g.fillRect(7, 7, 18, 4);
            g.fillRect(14, 11, 4, 15);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
