package org.tribune.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream line by line, decoding each line on its own, so that bad bytes cost only their
 * own line: the lines around them are still read. Lines longer than a limit are skipped whole,
 * which keeps memory bounded whatever the file holds.
 */
final class Utf8Lines {
    /** One line: its text, or why it could not be read. */
    record Line(long number, String text, String problem) {}

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;

    Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        boolean sawNewline = false;
        while (!sawNewline) {
            if (position == limit && !fill()) {
                break;
            }
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int take = Math.min(end - position, maxBytes - buffer.size());
            buffer.write(chunk, position, take);
            tooLong |= take < end - position;
            sawNewline = end < limit;
            position = sawNewline ? end + 1 : end;
        }
        if (!sawNewline && buffer.size() == 0 && !tooLong) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "line is longer than " + maxBytes / (1024 * 1024) + " MB");
        }
        return decode();
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private Line decode() {
        int length = buffer.size();
        byte[] bytes = buffer.toByteArray();
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int start = number == 1
                        && length >= 3
                        && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            String text = decoder.reset()
                    .decode(ByteBuffer.wrap(bytes, start, length - start))
                    .toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8");
        }
    }
}
