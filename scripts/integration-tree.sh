#!/usr/bin/env bash
# Lead's tool while several engineers edit one checkout. Builds an integration copy at /work/integ:
#   MINE="path ..."            HEAD, plus these paths from the working tree (what a commit of them gives CI)
#   COMMITTED_ONLY="path ..."  the working tree, except these paths from HEAD
# Build it with `swift build --scratch-path /work/main/.build` to reuse main's compiled packages.
set -euo pipefail
main=/work/main; integ=${INTEG:-/work/integ}
rm -rf "$integ/Sources" "$integ/Tests" "$integ/scripts" "$integ/docs"
mkdir -p "$integ"
if [ -n "${MINE:-}" ]; then
  git -C "$main" archive HEAD | tar -x -C "$integ"
  for p in $MINE; do
    rm -rf "${integ:?}/$p"
    if [ -e "$main/$p" ]; then mkdir -p "$(dirname "$integ/$p")"; cp -a "$main/$p" "$integ/$p"; fi
  done
else
  (cd "$main" && tar -c --exclude ./.build --exclude './.build-*' --exclude ./.venv --exclude ./.git --exclude ./data . ) | tar -x -C "$integ"
  for m in ${COMMITTED_ONLY:-}; do
    rm -rf "${integ:?}/$m"
    git -C "$main" archive HEAD "$m" | tar -x -C "$integ"
  done
fi
echo "integration tree ready at $integ"
