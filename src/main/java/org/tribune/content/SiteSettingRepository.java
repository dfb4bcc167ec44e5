package org.tribune.content;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** Site-wide settings in SQL, one value per name. */
final class SiteSettingRepository {
    static final String TRADITIONAL_VARIANT = "zh_hant_variant";

    private final Database db;

    SiteSettingRepository(Database db) {
        this.db = db;
    }

    Optional<String> find(String name) {
        return db.withHandle(h -> h.createQuery("select value from site_setting where name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
    }

    void put(Handle h, String name, String value) {
        h.createUpdate("insert into site_setting (name, value) values (:name, :value)"
                        + " on conflict (name) do update set value = excluded.value")
                .bind("name", name)
                .bind("value", value)
                .execute();
    }
}
