#!/usr/bin/env bash
# Builds the files the container image adds to the application (its base is "scratch": no registry
# is needed): a Java runtime made by jlink from the JDK that builds, and the system libraries that
# runtime and llama.cpp's native library link against, copied from this machine at their paths.
# Usage: image-root.sh JAVA_HOME OUTPUT_DIR LLAMA_JAR
set -euo pipefail
java_home=$1
root=$2
llama_jar=$3
rm -rf "$root"
mkdir -p "$root/opt" "$root/tmp" "$root/data" "$root/etc"
# Every runtime module of the JDK but its development tools (JDK 24+ links from its own run-time image).
modules=$("$java_home/bin/java" --list-modules | sed 's/@.*//' \
  | grep -v -E '^jdk\.(jlink|jpackage|jshell|jdeps|jartool|javadoc|jcmd|jconsole|hotspot\.agent|internal\.(le|opt|ed|jvmstat)|jstatd|editpad|compiler|jdi|jdwp\.agent|random|incubator)' \
  | paste -sd, -)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$root/opt/java" > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$java_home/bin/jar" xf "$llama_jar" de/kherud/llama/Linux/x86_64)
# The desktop's libraries (X11 windows, sound, splash screen) are never loaded by a headless server:
# their dependencies are left out.
libs=$( { find "$root/opt/java" \( -name '*.so' -o -path '*/bin/*' -type f \) \
            ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libjsound.so' ! -name 'libsplashscreen.so'; find "$work" -name '*.so'; } \
  | xargs -r ldd 2>/dev/null | awk '/=> \//{print $3} /^\s*\/lib/{print $1}' | grep -v "^$root/" | sort -u)
for lib in $libs /lib64/ld-linux-x86-64.so.2; do
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$lib")"
  cp "$real" "$root$lib"
done
# Empty folders are not layered: a marker keeps /tmp and /data in the image.
touch "$root/tmp/.keep" "$root/data/.keep"
# A user the gateway runs as (not root), for tools that look it up.
printf 'root:x:0:0:root:/root:/sbin/nologin\npasserelle:x:65532:65532:passerelle:/data:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\npasserelle:x:65532:\n' > "$root/etc/group"
