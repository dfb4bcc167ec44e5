package org.tribune.export;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Non-negative ints, seven bits to a byte, low bits first (a link's index mostly takes two or
 * three bytes instead of four): written into a growing array, or read from one.
 */
final class Varints {
    byte[] bytes;
    int size;
    private int at;

    Varints(byte[] bytes) {
        this.bytes = bytes;
    }

    void add(int value) {
        if (size + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(16, bytes.length * 2));
        }
        while ((value & ~0x7F) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    static void write(DataOutputStream data, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            data.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        data.write(value);
    }

    static int read(DataInputStream data) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = data.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IOException("a number longer than an int");
    }

    int next() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (at >= bytes.length) {
                throw new IOException("the manifest ends inside its links");
            }
            byte b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IOException("a link index longer than an int");
    }
}
