// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Crego::Core {

void AllocatorTuning::apply()
{
#if defined(__GLIBC__)
    constexpr int MiB = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 256 * MiB); // also stops glibc moving the thresholds by itself
    mallopt(M_TRIM_THRESHOLD, 256 * MiB);
    mallopt(M_TOP_PAD, 64 * MiB);
    mallopt(M_MXFAST, 0); // no fast bins: freeing a big page merges as it goes, not at the next big malloc
#endif
}

} // namespace Crego::Core
