#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Crossread needs to build, test and run.
# Only missing packages are installed; uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev libqt6svg6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
  libpoppler-qt6-dev libgl-dev libxkbcommon-dev libzip-dev zlib1g-dev libgumbo-dev
  qpdf poppler-utils libxml2-utils zip unzip fonts-dejavu-core xvfb xauth imagemagick python3
  file appstream desktop-file-utils man-db
  libstemmer-dev wordnet-base
  clang-14 libfuzzer-14-dev libclang-rt-14-dev llvm-14
  # The server binaries the `pg` tests start a scratch cluster of (scripts/pg-scratch.sh).
  postgresql
)

# Installed packages and the virtual packages they provide (qt6-svg-dev provides
# libqt6svg6-dev on Debian 12), one name a line.
present=$(dpkg-query -W -f='${Status}\t${Package}\t${Provides}\n' 2>/dev/null |
  awk -F'\t' '$1 == "install ok installed" {
    print $2
    n = split($3, provides, ", ")
    for (i = 1; i <= n; i++) { sub(/ .*/, "", provides[i]); if (provides[i] != "") print provides[i] }
  }')
missing=()
for p in "${PACKAGES[@]}"; do
  if ! grep -Fxq "$p" <<<"$present"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
