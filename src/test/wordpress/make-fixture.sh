#!/bin/sh
# Remakes src/test/resources/fixtures/wordpress/polylang.wxr.xml from a real WordPress:
# Debian's `wordpress` package (apt-get install wordpress php-cli php-mysql) against a throwaway
# MariaDB database, created here and dropped afterwards. Needs `mysql -u root` (socket auth).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../resources/fixtures/wordpress/polylang.wxr.xml}
db=wxr_fixture
content=$(mktemp -d)
cleanup() {
    mysql -u root -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$db'@'localhost';"
    rm -rf "$content"
}
trap cleanup EXIT
mysql -u root -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$db'@'localhost';
  CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$db'@'localhost' IDENTIFIED BY '$db'; GRANT ALL ON $db.* TO '$db'@'localhost';"
mkdir -p "$(dirname "$out")" "$content/uploads"
WXR_DB=$db WXR_DB_USER=$db WXR_DB_PASSWORD=$db WXR_CONTENT_DIR=$content \
    php -d display_errors=stderr "$here/make-fixture.php" "$out"
