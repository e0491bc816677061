#!/usr/bin/env bash
# Makes dist/suanshu-bundle/ (and dist/suanshu-bundle.tar.gz): the release binary with the
# Swift standard library linked in, and the ICU shared libraries it needs beside it, found
# through $ORIGIN — for Spark executors and other machines with nothing installed.
# Needs what building needs (Swift, libicu-dev, pkg-config).
set -euo pipefail
cd "$(dirname "$0")/../.."

swift build -c release --product suanshu --static-swift-stdlib --scratch-path .build-bundle \
    -Xlinker -rpath -Xlinker '$ORIGIN'

out=dist/suanshu-bundle
rm -rf "$out"
mkdir -p "$out"
cp .build-bundle/release/suanshu "$out/"
# ICU (libicui18n, libicuuc, libicudata) beside the binary; the C and C++ runtimes every
# Linux has are left to the system.
for lib in $(ldd "$out/suanshu" | awk '/libicu/ { print $3 }'); do
    cp -L "$lib" "$out/"
done
tar -czf dist/suanshu-bundle.tar.gz -C dist suanshu-bundle
echo "bundle: dist/suanshu-bundle.tar.gz"
ldd "$out/suanshu"
