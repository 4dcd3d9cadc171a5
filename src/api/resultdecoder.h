// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"
#include "jsoncodec.h"
#include "serviceaccount.h"

namespace Crego::Api {

//! How a successful body becomes a T: a record, a page of records, a list (any list envelope), the raw
//! bytes, or nothing at all.
template<typename T> struct ResultDecoder
{
    static bool decode(const QByteArray& body, T& out, QList<Core::JsonError>&, Core::JsonError& error)
    {
        return Core::JsonCodec::decode(body, out, error);
    }
};

template<typename Record> struct ResultDecoder<Core::Page<Record>>
{
    static bool decode(
        const QByteArray& body, Core::Page<Record>& out, QList<Core::JsonError>& skipped, Core::JsonError& error)
    {
        if (!Core::JsonCodec::decodePage(body, out, error)) {
            return false;
        }
        skipped = out.skipped;
        return true;
    }
};

template<typename Record> struct ResultDecoder<QList<Record>>
{
    static bool decode(
        const QByteArray& body, QList<Record>& out, QList<Core::JsonError>& skipped, Core::JsonError& error)
    {
        Core::Page<Record> page;
        if (!Core::JsonCodec::decodePage(body, page, error)) {
            return false;
        }
        out = std::move(page.items);
        skipped = std::move(page.skipped);
        return true;
    }
};

template<> struct ResultDecoder<QList<Core::ServiceAccount>>
{
    static bool decode(const QByteArray& body, QList<Core::ServiceAccount>& out, QList<Core::JsonError>& skipped,
        Core::JsonError& error)
    {
        return Core::ServiceAccount::decodeList(body, out, skipped, error);
    }
};

template<> struct ResultDecoder<QByteArray>
{
    static bool decode(const QByteArray& body, QByteArray& out, QList<Core::JsonError>&, Core::JsonError&)
    {
        out = body;
        return true;
    }
};

template<> struct ResultDecoder<Done>
{
    static bool decode(const QByteArray&, Done&, QList<Core::JsonError>&, Core::JsonError&) { return true; }
};

} // namespace Crego::Api
