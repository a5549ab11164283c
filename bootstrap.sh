#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bootstrap.sh - build baogao from a fresh clone: installs the Debian
# packages it needs (only those missing), then autoreconf, configure, make.
# Running it again only redoes what is out of date.
#   ./bootstrap.sh [CONFIGURE-OPTION]...
set -e
cd "$(dirname "$0")"

packages="build-essential autoconf automake gettext autopoint pkg-config libncurses-dev libunistring-dev libpcre2-dev libxml2-dev libzip-dev libpoppler-glib-dev libcmocka-dev tmux"
missing=
if command -v dpkg-query >/dev/null 2>&1; then
	for p in $packages; do
		status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		case $status in
		*" installed") ;;
		*) missing="$missing $p" ;;
		esac
	done
fi
if [ -n "$missing" ]; then
	echo "bootstrap.sh: installing$missing"
	if [ "$(id -u)" -eq 0 ]; then
		sudo=
	elif command -v sudo >/dev/null 2>&1; then
		sudo=sudo
	else
		echo "bootstrap.sh: run as root, or install:$missing" >&2
		exit 1
	fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi
fi
if [ ! -f Makefile ] || [ configure -nt config.status ] || [ $# -gt 0 ]; then
	./configure "$@"
fi
make -j"$(nproc 2>/dev/null || echo 2)"
