package org.tribune.web;

import java.util.Optional;

/** Where an address no page answers has moved to (an imported site's old addresses), if anywhere. */
@FunctionalInterface
public interface MovedAddresses {
    MovedAddresses NONE = pathAndQuery -> Optional.empty();

    /** @param pathAndQuery the request's raw path, with {@code ?query} when it has one */
    Optional<String> newAddress(String pathAndQuery);
}
