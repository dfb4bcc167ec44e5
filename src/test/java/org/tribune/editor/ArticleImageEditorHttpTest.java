package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;
import org.tribune.media.StoredImage;
import org.tribune.media.TestImages;

/** Choosing an article's image from the media library in the editor. */
class ArticleImageEditorHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static StoredImage image;

    @BeforeAll
    static void upload() {
        image = server.app().services().media().store(TestImages.jpeg(800, 400), "embassy.jpg", "mei");
    }

    @Test
    void an_editor_picks_an_image_from_the_library_writes_its_alt_text_and_readers_see_it() {
        var editor = staff.signIn(Role.EDITOR);
        Document form = Jsoup.parse(editor.get("/admin/articles/trade-winds/en").body());
        assertThat(form.select(".image-picker input[name=media][value=" + image.fileName() + "]"))
                .hasSize(1);
        assertThat(form.selectFirst(".image-picker input[name=media][value=]").hasAttr("checked"))
                .isTrue();

        var saved = editor.post(
                "/admin/articles/trade-winds/en/image",
                "media",
                image.fileName(),
                "alt",
                "The embassy gate at night",
                "caption",
                "",
                "credit",
                "Photo: Desk");

        assertThat(saved.statusCode()).isEqualTo(303);
        Document again =
                Jsoup.parse(editor.get("/admin/articles/trade-winds/en").body());
        assertThat(again.selectFirst(".image-picker input[name=media][value=" + image.fileName() + "]")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(again.selectFirst("#image-alt").val()).isEqualTo("The embassy gate at night");
        var img = Jsoup.parse(server.get("/en/articles/trade-winds").body()).selectFirst("figure.article-image img");
        assertThat(img.attr("alt")).isEqualTo("The embassy gate at night");
        assertThat(img.attr("srcset")).contains(image.fileName().replace(".jpg", "-480w.jpg"));

        assertThat(editor.post("/admin/articles/trade-winds/en/image", "media", "")
                        .statusCode())
                .isEqualTo(303);
        assertThat(Jsoup.parse(server.get("/en/articles/trade-winds").body()).select("figure.article-image"))
                .isEmpty();
    }

    @Test
    void an_image_without_alt_text_is_refused_with_the_reason_on_the_editor_page() {
        var editor = staff.signIn(Role.EDITOR);

        var refused = editor.post("/admin/articles/alliance-drift/en/image", "media", image.fileName(), "alt", " ");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text())
                .contains("say what the image shows");
        assertThat(Jsoup.parse(server.get("/en/articles/alliance-drift").body()).select("figure.article-image"))
                .isEmpty();
    }

    @Test
    void an_author_may_not_set_the_image_of_an_article_someone_else_wrote() {
        var author = staff.signIn(Role.AUTHOR);

        var refused =
                author.post("/admin/articles/alliance-drift/en/image", "media", image.fileName(), "alt", "An embassy");

        assertThat(refused.statusCode())
                .as("another author's article is answered as missing")
                .isEqualTo(404);
    }
}
