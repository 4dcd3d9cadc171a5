// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crego::Api {

//! What the connected server has shown it does beyond the contract, learned from its answers. One per
//! connection: forgotten when the session moves to another server.
struct ServerConventions
{
    enum class Support { Unknown, Yes, No };

    //! Whether `?lead=` on the applicant, bank, document and address lists returns that lead's records
    //! only (the sandbox's extension); a server that ignores the filter returns everyone's.
    Support leadFilter = Support::Unknown;
};

} // namespace Crego::Api
