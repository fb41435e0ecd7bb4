#!/usr/bin/env bash
# Checks the Debian package that `make package` built, as a user would meet it: the files are
# all there, the declared dependencies name the package of every library the program links,
# `apt-get install ./crossread_*.deb` installs it, and the installed program, manual page,
# desktop entry, AppStream metadata, icon and translations work. The package is purged again
# at the end, so the machine is left as it was. Without root (or password-less sudo) only the
# checks on an extracted copy run.
# Usage: scripts/check-package.sh [BUILD_DIR]
set -euo pipefail

build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
id=org.crossread.Crossread

fail() {
  echo "check-package: $*" >&2
  exit 1
}

shopt -s nullglob
debs=("$build"/crossread_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one crossread_*.deb in $build, found ${#debs[@]} (run make package)"
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-package: $(basename "$deb"), version $version"
echo "check-package: Depends: $depends"

scratch=$(mktemp -d)
installed=0
sudo=""
cleanup() {
  if [ "$installed" -eq 1 ]; then
    $sudo apt-get purge -y -qq -o DPkg::Lock::Timeout=600 crossread >/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

files=(
  usr/bin/crossread
  usr/share/applications/$id.desktop
  usr/share/icons/hicolor/scalable/apps/$id.svg
  usr/share/metainfo/$id.metainfo.xml
  usr/share/man/man1/crossread.1.gz
  usr/share/crossread/translations/crossread_de.qm
)

# What is in the package, unpacked into a scratch root.
dpkg-deb -x "$deb" "$scratch/root"
for f in "${files[@]}"; do
  [ -f "$scratch/root/$f" ] || fail "$f is not in the package"
done

# Whether Depends names package $1 (with or without a version).
declares() {
  [[ ", $depends," == *", $1,"* || ", $depends," == *", $1 ("* ]]
}

# Every library the program links comes from a package that Depends names.
declare -A paths
while read -r first second third _; do
  if [ "$second" = "=>" ]; then
    [[ "$third" == /* ]] && paths[$first]=$third
  elif [[ "$first" == /* ]]; then # the dynamic loader: "/lib64/ld-linux-x86-64.so.2 (0x…)"
    paths[$(basename "$first")]=$first
  fi
done < <(ldd "$scratch/root/usr/bin/crossread")
for lib in $(objdump -p "$scratch/root/usr/bin/crossread" | awk '/NEEDED/ {print $2}'); do
  path=${paths[$lib]:-}
  [ -n "$path" ] || fail "cannot resolve $lib"
  owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null) ||
    fail "no package owns $path ($lib)"
  pkg=${owner%%:*}
  declares "$pkg" || fail "Depends does not name $pkg (for $lib)"
done
declares libqt6sql6-sqlite || fail "Depends does not name libqt6sql6-sqlite (Qt's SQLite driver)"
echo "check-package: Depends covers every linked library and the SQLite driver"

if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    "$scratch/root/usr/bin/crossread" --version
    echo "check-package: not root and no password-less sudo: apt-get install not tried"
    exit 0
  fi
fi
if dpkg-query -W -f='${Status}' crossread 2>/dev/null | grep -q "install ok installed"; then
  fail "crossread is installed already; remove it (apt-get purge crossread) before this check"
fi

# Installed as a user would: apt-get resolves the declared dependencies.
installed=1
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=600 "$deb" >/dev/null
dpkg-query -W -f='${Status}' crossread | grep -q "install ok installed" || fail "apt-get did not install crossread"
for f in "${files[@]}"; do
  [ -f "/$f" ] || fail "/$f was not installed"
done

[ "$(command -v crossread)" = /usr/bin/crossread ] || fail "crossread is not /usr/bin/crossread on PATH"
[ "$(crossread --version)" = "crossread $version" ] || fail "crossread --version says '$(crossread --version)'"

# The command line works on a project, which needs Qt's SQLite driver from Depends.
cp -r "$here/tests/data/story" "$scratch/story"
imported=$(crossread import "$scratch/story" --json | grep -o '"imported": [0-9]*' | grep -o '[0-9]*$' || true)
[ "$imported" = 5 ] || fail "crossread import of tests/data/story imported '${imported:-nothing}', not 5"
crossread list -p "$scratch/story" | grep -q "^5 articles$" || fail "crossread list does not list the 5 articles"

# The manual page renders without warnings and covers the exit status.
MANWIDTH=80 man --warnings -l /usr/share/man/man1/crossread.1.gz >"$scratch/man.txt" 2>"$scratch/man.err"
[ ! -s "$scratch/man.err" ] || fail "man -l warns: $(cat "$scratch/man.err")"
grep -q "EXIT STATUS" "$scratch/man.txt" || fail "the manual page has no EXIT STATUS section"

desktop-file-validate /usr/share/applications/$id.desktop
grep -q "^Exec=crossread " /usr/share/applications/$id.desktop || fail "the desktop entry does not run crossread"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
grep -q "<release version=\"$version\"" /usr/share/metainfo/$id.metainfo.xml ||
  fail "the AppStream metadata has no release $version"
xmllint --noout /usr/share/icons/hicolor/scalable/apps/$id.svg || fail "the icon is not well-formed SVG"

# The program reads its translations from ../share/crossread/translations beside itself.
[ -f "$(dirname "$(realpath /usr/bin/crossread)")/../share/crossread/translations/crossread_de.qm" ] ||
  fail "crossread_de.qm is not where the installed program looks for it"

$sudo apt-get purge -y -qq -o DPkg::Lock::Timeout=600 crossread >/dev/null
installed=0
! dpkg-query -W -f='${Status}' crossread 2>/dev/null | grep -q "install ok installed" || fail "apt-get purge left crossread installed"
[ ! -e /usr/bin/crossread ] || fail "/usr/bin/crossread is still there after the purge"
echo "check-package: installed, checked and purged $(basename "$deb")"
