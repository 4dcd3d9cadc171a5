// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "jsonerror.h"

#include <QList>

#include <optional>

namespace Crego::Api {

//! Nothing to return but success (deletes, downloads).
struct Done
{
};

//! A call's outcome: a value, or an ApiError; for a list, also the elements left out because they could
//! not be read.
template<typename T> class ApiResult
{
public:
    ApiResult(T value, QList<Core::JsonError> skipped = {})
        : m_value(std::move(value))
        , m_skipped(std::move(skipped))
    { }
    ApiResult(ApiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const ApiError& error() const { return m_error; }
    //! List elements that could not be read (each with its reason), left out of value().
    const QList<Core::JsonError>& skipped() const { return m_skipped; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    QList<Core::JsonError> m_skipped;
};

} // namespace Crego::Api
