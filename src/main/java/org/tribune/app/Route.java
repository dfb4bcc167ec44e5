package org.tribune.app;

import io.javalin.security.RouteRole;
import java.util.Set;

/** A route the server answers, as added: method, path pattern and the roles it declared. */
public record Route(String method, String path, Set<RouteRole> roles) {}
