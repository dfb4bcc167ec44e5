package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {
    /** Small parameters keep the test fast; the format and the check are the same. */
    private final PasswordHashing hashing = new PasswordHashing(256, 1, new SecureRandom());

    @Test
    void a_hash_is_argon2id_in_phc_form_and_matches_only_its_password() {
        String hash = hashing.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
        assertThat(hashing.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hashing.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hashing.matches("", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        String first = hashing.hash("same password here");
        String second = hashing.hash("same password here");

        assertThat(first).isNotEqualTo(second);
        assertThat(hashing.matches("same password here", second)).isTrue();
    }

    @Test
    void a_hash_made_with_other_parameters_still_verifies() {
        String stronger = new PasswordHashing(512, 2, new SecureRandom()).hash("密码也可以是中文的");

        assertThat(hashing.matches("密码也可以是中文的", stronger)).isTrue();
    }

    @Test
    void anything_that_is_not_a_hash_of_ours_never_matches() {
        assertThat(hashing.matches("x", null)).isFalse();
        assertThat(hashing.matches("x", "")).isFalse();
        assertThat(hashing.matches("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hashing.matches("x", "$argon2i$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"))
                .isFalse();
    }
}
