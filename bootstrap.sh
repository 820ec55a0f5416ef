#!/bin/sh
# bootstrap.sh - from a fresh Debian 12 machine to a built tact.
#
#   sh bootstrap.sh demo    install what is missing, build, and run tact
#                           on the bundled demo mailbox
#   sh bootstrap.sh check   install what is missing, build, run the tests
#
# Packages are installed with apt-get (as root, or through sudo) only
# when one is missing.  The build goes to ./build (out of the source tree).
set -eu
cd "$(dirname "$0")"
top=$(pwd)
what=${1:-demo}

packages="build-essential autoconf automake libtool pkg-config
libnotmuch-dev notmuch libgmime-3.0-dev libglib2.0-dev libglib2.0-dev-bin
libxml2-dev libjson-glib-dev libhunspell-dev hunspell-en-us hunspell-en-gb
libcurl4-openssl-dev libpcre2-dev jq time"
# the client tests drive the real mail clients in tmux; the draft tests
# make a German locale from the data of locales
if [ "$what" = check ]; then
    packages="$packages neomutt mutt aerc tmux perl locales"
fi
# Hyperscan is packaged for amd64; vectorscan, its portable fork, for the
# other architectures.
case $(dpkg --print-architecture 2>/dev/null) in
amd64) packages="$packages libhyperscan-dev" ;;
*) packages="$packages libvectorscan-dev" ;;
esac

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" ||
	missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "bootstrap: installing$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

[ -x configure ] || ./autogen.sh >/dev/null
mkdir -p build
cd build
[ -f Makefile ] || ../configure --enable-werror >/dev/null
make -j"$(nproc)" >/dev/null

case $what in
demo)
    sh "$top/demo/run" "$top/build/tact"
    ;;
check)
    make -j"$(nproc)" check
    ;;
*)
    echo "usage: sh bootstrap.sh [demo|check]" >&2
    exit 1
    ;;
esac
