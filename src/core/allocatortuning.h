// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crego::Core {

//! How the C library's allocator is set up for this app, once at start.
class AllocatorTuning
{
public:
    //! glibc gives freed memory above 128 KiB back to the system at once and serves large blocks with mmap
    //! of their own, so reading the next big page of leads (or the portfolio's hundreds of pages) faults
    //! every memory page in anew, which costs more than decoding it. Up to 256 MiB of freed memory is kept
    //! for reuse instead, and blocks up to 256 MiB come from the heap. And small freed blocks are merged as
    //! they are freed instead of queued in "fast bins": after a page of 100 000 records is freed, the next
    //! large request on that heap merged millions of queued blocks at once (80 ms, in the middle of
    //! decoding the next page). Does nothing with other C libraries.
    static void apply();
};

} // namespace Crego::Core
