package org.tribune.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * so the parameters travel with each hash and can be raised later without breaking old ones.
 * The defaults are OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
 */
final class PasswordHashing {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    private final int memoryKib;
    private final int passes;
    private final SecureRandom random;

    PasswordHashing(int memoryKib, int passes, SecureRandom random) {
        this.memoryKib = memoryKib;
        this.passes = passes;
        this.random = random;
    }

    static PasswordHashing recommended() {
        return new PasswordHashing(19_456, 2, new SecureRandom());
    }

    String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = argon2(password, salt, memoryKib, passes, 1, 32);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + passes + ",p=1$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code encoded}; false for anything that is not a hash of ours. */
    boolean matches(String password, String encoded) {
        Matcher m = PHC.matcher(encoded == null ? "" : encoded);
        if (!m.matches()) {
            return false;
        }
        byte[] salt = B64_IN.decode(m.group(4));
        byte[] expected = B64_IN.decode(m.group(5));
        byte[] actual = argon2(
                password,
                salt,
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
