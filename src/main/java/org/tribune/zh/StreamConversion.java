package org.tribune.zh;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converts a UTF-8 stream of any size in bounded memory, using every core. Text is converted a piece at a time,
 * each piece ending at a line break or, in a very long line, after Chinese punctuation that no
 * dictionary key contains, so cutting there gives the same output as converting everything at once.
 */
public final class StreamConversion {
    private static final int READ_BYTES = 1 << 16;
    private static final int MAX_PENDING_CHARS = 1 << 20;
    /** OpenCC reads at most 64 code points into one description sequence. */
    private static final int DESCRIPTION_REACH = 128;

    private StreamConversion() {}

    /** Invalid UTF-8 in the input, at a byte offset from its start. */
    public static final class InvalidUtf8 extends IOException {
        private final long offset;

        InvalidUtf8(long offset) {
            super("input is not valid UTF-8 at byte offset " + offset);
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }

    /**
     * Reads {@code in} to its end, writing the conversion to {@code out}; flushes but does not close.
     * Pieces are converted on all cores and written in their order, a few in flight at a time.
     */
    public static void convert(ScriptConverter converter, InputStream in, OutputStream out) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().factory());
        Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
        try {
            readPieces(in, piece -> {
                inFlight.add(workers.submit(() -> convertPiece(converter, piece)));
                while (inFlight.size() > 2 * threads) {
                    out.write(await(inFlight.poll()));
                }
            });
        } finally {
            while (!inFlight.isEmpty()) {
                out.write(await(inFlight.poll()));
            }
            workers.shutdownNow();
            out.flush();
        }
    }

    private static byte[] convertPiece(ScriptConverter converter, String piece) {
        var converted = new StringBuilder(piece.length() + piece.length() / 8);
        converter.convert(piece, 0, piece.length(), converted);
        return converted.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] await(Future<byte[]> piece) throws IOException {
        try {
            return piece.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("conversion interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed", e.getCause());
        }
    }

    private interface PieceSink {
        void accept(String piece) throws IOException;
    }

    /** Decodes the stream and hands it on in pieces that end where the text may be cut. */
    private static void readPieces(InputStream in, PieceSink sink) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(READ_BYTES);
        CharBuffer chars = CharBuffer.allocate(READ_BYTES);
        StringBuilder pending = new StringBuilder();
        long consumed = 0;
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            consumed += bytes.position() - before;
            if (result.isError() || (end && decoder.flush(chars).isError())) {
                throw new InvalidUtf8(consumed);
            }
            bytes.compact();
            pending.append(chars.flip());
            chars.clear();
            int cut = end ? pending.length() : safeCut(pending);
            if (cut > 0) {
                sink.accept(pending.substring(0, cut));
                pending.delete(0, cut);
            }
        }
    }

    /**
     * Where the text may be cut: after the last line break that no ideographic description
     * sequence reaches across (OpenCC lets one take any character, a line break included, as a
     * component), or, in a line longer than a million chars, after the last of 。，、！？；：, which no
     * dictionary key contains. A longer line without any of them is cut where the buffer is full,
     * and only there may the output differ from converting the whole line at once.
     */
    static int safeCut(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n' && !descriptionReachesAcross(text, i)) {
                return i + 1;
            }
        }
        if (text.length() < MAX_PENDING_CHARS) {
            return 0;
        }
        for (int i = text.length() - 1; i >= 0; i--) {
            if ("。，、！？；：".indexOf(text.charAt(i)) >= 0 && !descriptionReachesAcross(text, i)) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
    }

    /** True when a description operator close enough before {@code at} could take the char at {@code at}. */
    private static boolean descriptionReachesAcross(CharSequence text, int at) {
        for (int i = Math.max(0, at - DESCRIPTION_REACH); i < at; i++) {
            char c = text.charAt(i);
            if (c >= 0x2FF0 && c <= 0x2FFF) {
                return true;
            }
        }
        return false;
    }
}
