package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** Old addresses and their redirects on both databases. */
@ParameterizedClass
@EnumSource(Dialect.class)
class RedirectServiceTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private ContentService content;
    private RedirectService redirects;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        content = new ContentService(db.database(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        redirects = content.redirects();
    }

    @Test
    void every_change_is_a_content_change_that_listeners_hear_and_every_node_can_follow() {
        var heard = new AtomicInteger();
        content.onChange(heard::incrementAndGet);
        long before = content.contentVersion();

        redirects.put("/old-one/", "/en/articles/one");
        redirects.addImported(Map.of("/old-two/", "/en/articles/two"));
        redirects.remove("/old-one/");

        assertThat(content.contentVersion()).isEqualTo(before + 3);
        assertThat(heard).hasValue(3);

        // What changes nothing is not announced.
        redirects.addImported(Map.of("/old-two/", "/en/articles/two"));
        redirects.remove("/never-there/");
        assertThat(content.contentVersion()).isEqualTo(before + 3);
        assertThat(heard).hasValue(3);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void an_old_address_is_found_however_it_is_written() {
        redirects.put("/zh/2022/03/04/%e5%8d%8e%e7%9b%9b%e9%a1%bf/", "/zh-hans/articles/korea");
        redirects.put("/?p=123", "/en/articles/korea");

        assertThat(redirects.targetOf("/zh/2022/03/04/%E5%8D%8E%E7%9B%9B%E9%A1%BF"))
                .contains("/zh-hans/articles/korea");
        assertThat(redirects.targetOf("/zh/2022/03/04/华盛顿/")).contains("/zh-hans/articles/korea");
        assertThat(redirects.targetOf("/?utm_source=feed&p=123")).contains("/en/articles/korea");
        assertThat(redirects.targetOf("/?p=1234")).isEmpty();
        assertThat(redirects.targetOf("/zh/2022/03/04/")).isEmpty();
    }

    @Test
    void an_import_records_only_addresses_without_a_redirect_and_keeps_what_an_admin_changed() {
        redirects.put("/2022/03/04/korea/", "/en/articles/korea-revised");
        Map<String, String> imported = new LinkedHashMap<>();
        imported.put("/2022/03/04/korea/", "/en/articles/korea");
        imported.put("/?p=4", "/en/articles/korea");
        imported.put("not a path", "/en/articles/korea");

        var first = redirects.addImported(imported);
        var again = redirects.addImported(imported);

        assertThat(first.added()).isEqualTo(1);
        assertThat(first.refused()).containsOnlyKeys("not a path");
        assertThat(again.added()).isZero();
        assertThat(redirects.targetOf("/2022/03/04/korea")).contains("/en/articles/korea-revised");
        assertThat(redirects.count()).isEqualTo(2);
        assertThat(redirects.list("p=", 10)).extracting(Redirect::origin).containsExactly(Redirect.IMPORTED);
    }

    @Test
    void a_target_off_the_site_a_loop_and_the_root_are_refused() {
        assertThatThrownBy(() -> redirects.put("/old", "https://elsewhere.example/"))
                .isInstanceOf(InvalidContent.class)
                .hasMessageStartingWith("target: ");
        assertThatThrownBy(() -> redirects.put("/old", "//elsewhere.example/")).isInstanceOf(InvalidContent.class);
        assertThatThrownBy(() -> redirects.put("/old/", "/old")).hasMessageContaining("redirect to itself");
        assertThatThrownBy(() -> redirects.put("/", "/en/")).hasMessageStartingWith("old address: ");
        assertThat(redirects.count()).isZero();
    }

    @Test
    void a_deleted_redirect_answers_no_more() {
        redirects.put("/category/asia/", "/en/topics/asia");

        assertThat(redirects.remove("/category/asia")).isTrue();
        assertThat(redirects.remove("/category/asia")).isFalse();
        assertThat(redirects.targetOf("/category/asia/")).isEmpty();
    }
}
