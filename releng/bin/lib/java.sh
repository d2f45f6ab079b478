# Sourced by releng/bin/vdev-studio and releng/bin/bench-startup: the JVM that runs the product.
# Sets java_bin (the real path of the java binary), java_version (its release file's
# JAVA_VERSION) and java_major. VDEV_JAVA (a java binary or a JDK folder) chooses it; by default the
# newest Java 17 or later among the java on PATH, $JAVA_HOME and /usr/lib/jvm/* (the product starts
# faster on newer JVMs: see the README's start-up benchmark).

java_version_of() {
    sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$(dirname "$(dirname "$1")")/release" 2>/dev/null || true
}

java_major_of() {
    local version
    version=$(java_version_of "$1")
    version=${version%%[.+-]*}
    if [[ $version =~ ^[0-9]+$ ]]; then echo "$version"; else echo 0; fi
}

if [[ -n ${VDEV_JAVA:-} ]]; then
    java_bin=$VDEV_JAVA
    if [[ -d $java_bin ]]; then
        java_bin=$java_bin/bin/java
    fi
    if ! java_bin=$(readlink -e "$(command -v "$java_bin" || echo "$java_bin")") || [[ ! -x $java_bin ]]; then
        echo "${0##*/}: VDEV_JAVA=$VDEV_JAVA is neither a java binary nor a JDK folder" >&2
        exit 2
    fi
else
    java_bin="" java_best=0
    for candidate in "$(command -v java || true)" ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
        if candidate=$(readlink -e "$candidate" 2>/dev/null) && [[ -x $candidate ]]; then
            major=$(java_major_of "$candidate")
            if ((major >= 17 && major > java_best)); then
                java_bin=$candidate java_best=$major
            fi
        fi
    done
    if [[ -z $java_bin ]]; then
        echo "${0##*/}: no Java 17 or later (on PATH, in \$JAVA_HOME, in /usr/lib/jvm); set VDEV_JAVA" >&2
        exit 1
    fi
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
