package org.tribune.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints an edition's source text, so a translator can see when the source has moved on. */
public final class SourceHash {
    private SourceHash() {}

    public static String of(String title, String summary, String bodyMarkdown) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title, summary, bodyMarkdown}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
