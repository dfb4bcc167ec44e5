# Sourced by mvnw, bin/tribune and .ci/run. Tribune needs Java 21 or newer;
# machines whose default java is older often have a newer JDK beside it, so
# use that one instead of failing with an obscure compiler error.

# The JDK's release file names its version: reading it is instant, while asking the JVM starts
# one (50-250 ms, and bin/tribune runs this on every call). The JVM is asked only without the file.
tribune_java_major() {
    tribune_release="$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")/release"
    if [ -f "$tribune_release" ] && grep -q '^JAVA_VERSION="' "$tribune_release"; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$tribune_release"
        return
    fi
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

tribune_pick_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
        && [ "$(tribune_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1 \
        && [ "$(tribune_java_major java)" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    best="" best_major=0
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(tribune_java_major "$candidate/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "Tribune needs a JDK 21 or newer; set JAVA_HOME to one." >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}

tribune_shell_flags=$-
set +f  # mvnw runs with globbing off; the search below needs it
tribune_pick_jdk
tribune_status=$?
case $tribune_shell_flags in *f*) set -f ;; esac
[ "$tribune_status" -eq 0 ]
