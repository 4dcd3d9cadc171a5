// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagereader.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace Crego::Core {

namespace {

//! Reads an optional integer; null leaves \a out unset.
bool readOptionalInteger(JsonReader& reader, std::optional<qint64>& out)
{
    if (reader.isNull()) {
        return true;
    }
    qint64 value = 0;
    if (!reader.readInteger(value)) {
        return false;
    }
    out = value;
    return true;
}

//! Reads an optional boolean; null leaves \a out unset.
bool readOptionalBool(JsonReader& reader, std::optional<bool>& out)
{
    if (reader.isNull()) {
        return true;
    }
    bool value = false;
    if (!reader.readBool(value)) {
        return false;
    }
    out = value;
    return true;
}

//! The raw envelope fields before they are reconciled into a PageInfo.
struct Envelope
{
    std::optional<qint64> count;
    std::optional<qint64> currentPage;
    std::optional<qint64> pageSize;
    std::optional<qint64> totalPages;
    std::optional<qint64> nextPage;
    std::optional<bool> hasNext;
    std::optional<bool> hasPrevious;
    QString next;
    QString previous;
    bool sawNext = false;
    bool sawResults = false;
    bool omniKeys = false;
};

//! The `page` number in a next link, or 0 (a cursor link has none).
int pageInLink(const QString& link)
{
    const QString value = QUrlQuery(QUrl(link).query()).queryItemValue(QStringLiteral("page"));
    return value.toInt();
}

bool readEnvelopeField(
    std::string_view key, JsonReader& value, Envelope& envelope, const JsonReader::ElementReader& item)
{
    if (key == "results") {
        envelope.sawResults = true;
        return value.readArray(item);
    }
    if (key == "count") {
        return readOptionalInteger(value, envelope.count);
    }
    if (key == "current_page") {
        return readOptionalInteger(value, envelope.currentPage);
    }
    if (key == "page_size") {
        return readOptionalInteger(value, envelope.pageSize);
    }
    if (key == "total_pages") {
        envelope.omniKeys = true;
        return readOptionalInteger(value, envelope.totalPages);
    }
    if (key == "next_page") {
        envelope.omniKeys = true;
        return readOptionalInteger(value, envelope.nextPage);
    }
    if (key == "has_next") {
        envelope.omniKeys = true;
        return readOptionalBool(value, envelope.hasNext);
    }
    if (key == "has_previous") {
        envelope.omniKeys = true;
        return readOptionalBool(value, envelope.hasPrevious);
    }
    if (key == "next") {
        envelope.sawNext = true;
    }
    if (key == "next" || key == "previous") {
        QString& target = key == "next" ? envelope.next : envelope.previous;
        return value.isNull() || value.readString(target);
    }
    return true; // other envelope fields are not needed
}

} // namespace

PageInfo PageReader::wholeList(qsizetype count)
{
    PageInfo info;
    info.totalCount = count;
    info.currentPage = 1;
    info.pageSize = int(count);
    info.totalPages = 1;
    info.nextStated = true; // the whole list at once
    return info;
}

bool PageReader::read(JsonReader& reader, PageInfo& info, const JsonReader::ElementReader& item)
{
    qsizetype itemCount = 0;
    const JsonReader::ElementReader countingItem = [&item, &itemCount](JsonReader& element) {
        ++itemCount;
        return item(element);
    };

    info = PageInfo {};
    switch (reader.kind()) {
    case JsonReader::Kind::Array:
        if (!reader.readArray(countingItem)) {
            return false;
        }
        info = wholeList(itemCount);
        return true;
    case JsonReader::Kind::Object:
        break;
    default:
        return reader.fail(QCoreApplication::translate("PageReader", "expected a list or a page of results"));
    }

    Envelope envelope;
    if (!reader.readFields([&envelope, &countingItem](std::string_view key, JsonReader& value) {
            return readEnvelopeField(key, value, envelope, countingItem);
        })) {
        return false;
    }
    if (!envelope.sawResults) {
        return reader.fail(QCoreApplication::translate("PageReader", "page has no \"results\" list"));
    }

    info.shape = envelope.omniKeys ? PageInfo::Shape::Omni : PageInfo::Shape::CountResults;
    info.totalCount = envelope.count.value_or(-1);
    info.currentPage = int(envelope.currentPage.value_or(0));
    info.pageSize = int(envelope.pageSize.value_or(itemCount));
    info.nextUrl = envelope.next;
    if (envelope.totalPages) {
        info.totalPages = int(*envelope.totalPages);
    } else if (info.totalCount >= 0 && envelope.pageSize && *envelope.pageSize > 0) {
        // Only from a page size the server stated: the length of a last page says nothing of the others.
        info.totalPages = int((info.totalCount + *envelope.pageSize - 1) / *envelope.pageSize);
    }
    info.nextStated = envelope.hasNext || envelope.sawNext || envelope.nextPage;
    if (envelope.hasNext) {
        info.hasNext = *envelope.hasNext;
    } else if (envelope.sawNext) {
        info.hasNext = !envelope.next.isEmpty();
    } else if (envelope.nextPage) {
        info.hasNext = true;
    } else if (info.currentPage > 0 && info.totalPages > 0) {
        info.hasNext = info.currentPage < info.totalPages;
    }
    info.hasPrevious = envelope.hasPrevious.value_or(!envelope.previous.isEmpty() || info.currentPage > 1);
    if (info.hasNext) {
        if (envelope.nextPage) {
            info.nextPage = int(*envelope.nextPage);
        } else if (const int linked = pageInLink(envelope.next); linked > 0) {
            info.nextPage = linked;
        } else if (info.currentPage > 0 && envelope.next.isEmpty()) {
            info.nextPage = info.currentPage + 1;
        }
    }
    return true;
}

} // namespace Crego::Core
