# Sourced by releng/bin/vdev-studio and releng/bin/bench-startup: the JVM that runs the product.
# Sets java_bin (the real path of the java binary), java_version (its release file's
# JAVA_VERSION), java_major and java_quiet_opts. VDEV_JAVA (a java binary or a JDK folder) chooses
# it, else $JAVA_HOME, else the java on PATH; it must be Java 17 or later. (Java 25 was measured
# against 17 here: the same start-up within the noise, see the README's start-up benchmark.)

java_version_of() {
    sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$(dirname "$(dirname "$1")")/release" 2>/dev/null || true
}

java_major_of() {
    local version
    version=$(java_version_of "$1")
    version=${version%%[.+-]*}
    if [[ $version =~ ^[0-9]+$ ]]; then echo "$version"; else echo 0; fi
}

java_bin=${VDEV_JAVA:-${JAVA_HOME:-}}
if [[ -n $java_bin && -d $java_bin ]]; then
    java_bin=$java_bin/bin/java
fi
if ! java_bin=$(readlink -e "$(command -v "${java_bin:-java}" || echo "${java_bin:-java}")") || [[ ! -x $java_bin ]]; then
    echo "${0##*/}: no java (VDEV_JAVA=${VDEV_JAVA:-}, JAVA_HOME=${JAVA_HOME:-}, PATH): install Java 17 or later" >&2
    exit 1
fi
if (($(java_major_of "$java_bin") < 17)); then
    echo "${0##*/}: $java_bin is Java $(java_version_of "$java_bin"); vdev studio needs Java 17 or later (set VDEV_JAVA)" >&2
    exit 1
fi
java_version=$(java_version_of "$java_bin")
java_major=$(java_major_of "$java_bin")

# JVM options for an SWT/Equinox program. JDK 24+ warns, on every start, of the framework's
# sun.misc.Unsafe memory access (by design: its class loading). SWT's native code loaded from the
# class path gets a warning from JDK 22+ too, which stays: --enable-native-access would disable
# the class-data archive's module graph (the JDK checks the option against the archive's), and the
# start would be slower.
java_quiet_opts=()
if ((java_major >= 24)); then
    java_quiet_opts+=(--sun-misc-unsafe-memory-access=allow)
fi
