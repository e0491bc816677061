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

# Smoke test: unpacked elsewhere, run with an empty environment (no LD_LIBRARY_PATH), on a
# fixture; its claims and checks must be the fixture's expected ones.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
tar -xzf dist/suanshu-bundle.tar.gz -C "$smoke"
status=0
(cd "$smoke" && env -i ./suanshu-bundle/suanshu check --format jsonl "$OLDPWD/Fixtures/customs-2024-annual.txt") \
    > "$smoke/out.json" || status=$?
if [ "$status" -gt 1 ]; then
    echo "make-bundle: the unpacked bundle failed (status $status)" >&2
    exit 1
fi
python3 - "$smoke/out.json" Fixtures/customs-2024-annual.expected.json <<'PY'
import json, sys
got, want = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
if got["claims"] != want["claims"] or got["checks"] != want["checks"]:
    sys.exit("make-bundle: the bundle's claims or checks differ from the fixture's expected output")
print(f"smoke test: {len(got['claims'])} claims, {len(got['checks'])} checks, as expected (env -i, unpacked in {sys.argv[1].rsplit('/', 1)[0]})")
PY
