#!/usr/bin/env bash
# roms/src/forth/make-image.sh - regenerates bootimage.inc (the dictionary boot.inc compiles,
# made by running the built ROM on the project's emulator: retroshield.tools.ForthBootImage)
# after boot.inc or the kernel changed, and rebuilds roms/forth.bin with it. The image is the
# last thing in the ROM, so the kernel addresses it refers to do not depend on it: build,
# generate, build again is a fixed point (ForthBootImageTest checks the committed one is current).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
roms/build.sh forth
./mvnw -B -ntp -q test -Dtest=ForthBootImageTest -Dforth.writeImage=true
roms/build.sh forth
./mvnw -B -ntp -q test -Dtest=ForthBootImageTest   # the rebuilt ROM reproduces the same image
