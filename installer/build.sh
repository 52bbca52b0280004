#!/usr/bin/env bash
# Builds the desktop app with its own Java runtime (jlink) as a Linux app-image and a .deb package.
#   installer/build.sh [--skip-build] [OUT_DIR]        (default target/installer)
# --skip-build packages the target/civicinspect.jar already built (the installer test does that).
# Needs a JDK 17+ with jpackage, plus dpkg-deb and fakeroot for the .deb. Windows and macOS: see README.md here.
set -euo pipefail
cd "$(dirname "$0")/.."
build=true
if [[ ${1:-} == --skip-build ]]; then build=false; shift; fi
out=${1:-target/installer}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
if $build; then ./mvnw -q -B -ntp -DskipTests package; fi
input=target/jpackage-input
rm -rf "$input" "$out"
mkdir -p "$input" "$out"
cp target/civicinspect.jar "$input/"
common=(@installer/jpackage-common.txt --input "$input" --app-version "$version" --dest "$out")
jpackage --type app-image "${common[@]}" @installer/jpackage-linux.txt
jpackage --type deb "${common[@]}" @installer/jpackage-linux.txt @installer/jpackage-deb.txt
ls -l "$out"
