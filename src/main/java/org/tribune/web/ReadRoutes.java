package org.tribune.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Registers read-only addresses for GET and HEAD alike, so a HEAD request answers exactly what
 * GET would (status, validators, length) without the body, which Jetty leaves out.
 */
public final class ReadRoutes {
    private ReadRoutes() {}

    public static void add(RoutesConfig routes, String path, Handler handler, RouteRole... roles) {
        routes.get(path, handler, roles);
        routes.head(path, handler, roles);
    }
}
