package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exchange on its own, with servlets that use what a plain GET offers and what it does not. */
class InMemoryExchangeTest {
    @Test
    void the_servlet_sees_the_path_and_query_and_its_status_and_written_text_come_back() {
        var servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
                res.setStatus(404);
                res.setCharacterEncoding("UTF-8");
                res.getWriter().write(req.getMethod() + " " + req.getRequestURI() + " ? " + req.getQueryString()
                        + " host " + req.getHeader("host") + " 繁體");
            }
        };

        InMemoryResponse response = InMemoryExchange.get(servlet, "/zh-hant/articles/x?page=2");

        assertThat(response.status()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("GET /zh-hant/articles/x ? page=2 host localhost 繁體");
    }

    @Test
    void a_servlet_feature_a_plain_get_lacks_fails_naming_it() {
        var servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse res) {
                req.getSession();
            }
        };

        assertThatThrownBy(() -> InMemoryExchange.get(servlet, "/en/"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("getSession");
    }
}
