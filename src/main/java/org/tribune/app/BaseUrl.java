package org.tribune.app;

/**
 * The site's public address: configured by the operator, or else this server's own address,
 * which is known only once it listens (port 0 picks one).
 */
final class BaseUrl {
    private final String configured;
    private volatile String listening = "http://127.0.0.1";

    BaseUrl(String configured) {
        this.configured = configured;
    }

    void listeningOn(String url) {
        this.listening = url;
    }

    String get() {
        return configured != null ? configured : listening;
    }
}
