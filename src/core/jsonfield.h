// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "money.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace Crego::Core {

//! How one C++ member type maps to JSON: read() from a reader, write() to a QJsonValue, and isSet() when the
//! value differs from its default (optional fields at their default are left out of an encode).
//! Specialised below for scalars and in objectschema.h for records.
template<typename T, typename Enable = void> struct JsonField;

template<> struct JsonField<QString>
{
    static bool read(JsonReader& reader, QString& value) { return reader.readString(value); }
    static QJsonValue write(const QString& value) { return value; }
    static bool isSet(const QString& value) { return !value.isEmpty(); }
};

template<> struct JsonField<bool>
{
    static bool read(JsonReader& reader, bool& value) { return reader.readBool(value); }
    static QJsonValue write(bool value) { return value; }
    static bool isSet(bool value) { return value; }
};

template<> struct JsonField<qint64>
{
    static bool read(JsonReader& reader, qint64& value) { return reader.readInteger(value); }
    static QJsonValue write(qint64 value) { return value; }
    static bool isSet(qint64 value) { return value != 0; }
};

template<> struct JsonField<int>
{
    static bool read(JsonReader& reader, int& value)
    {
        qint64 wide = 0;
        if (!reader.readInteger(wide)) {
            return false;
        }
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
            return reader.fail(QCoreApplication::translate("JsonField", "integer %1 is out of range").arg(wide));
        }
        value = int(wide);
        return true;
    }
    static QJsonValue write(int value) { return value; }
    static bool isSet(int value) { return value != 0; }
};

template<> struct JsonField<double>
{
    static bool read(JsonReader& reader, double& value) { return reader.readDouble(value); }
    static QJsonValue write(double value) { return value; }
    static bool isSet(double value) { return value != 0; }
};

//! Amounts: a JSON number (or numeric string) of rupees, kept exactly as paise.
template<> struct JsonField<Money>
{
    static bool read(JsonReader& reader, Money& value)
    {
        // Whole rupees, as most amounts are written: no decimal text to make and parse.
        constexpr qint64 MaxRupees = std::numeric_limits<qint64>::max() / 100;
        qint64 rupees = 0;
        if (reader.peekInteger(rupees) && rupees <= MaxRupees && rupees >= -MaxRupees) {
            value = Money::fromRupees(rupees);
            return true;
        }
        QByteArrayView text;
        if (!reader.readNumberText(text, true)) {
            return false;
        }
        const std::optional<Money> money = Money::fromDecimalText(text, Money::Rounding::HalfAwayFromZero);
        if (!money) {
            return reader.fail(QCoreApplication::translate("JsonField", "amount %1 is not a number in range")
                                   .arg(QString::fromUtf8(text.data(), text.size())));
        }
        value = *money;
        return true;
    }
    static QJsonValue write(Money value) { return value.toJson(); }
    static bool isSet(Money value) { return !value.isZero(); }
};

//! Timestamps: epoch seconds (number, usually with a fraction), epoch milliseconds, or an ISO-8601 string.
template<> struct JsonField<Timestamp>
{
    static bool read(JsonReader& reader, Timestamp& value)
    {
        double seconds = 0;
        QByteArrayView text;
        bool isString = false;
        if (!reader.readNumberOrString(seconds, text, isString)) {
            return false;
        }
        // Seconds past 1e11 would be the year 5138: such a number is milliseconds (1973 onwards).
        constexpr double MillisecondsFrom = 1e11;
        const std::optional<Timestamp> parsed = isString
            ? Timestamp::fromIsoString(QString::fromUtf8(text.data(), text.size()))
            : std::fabs(seconds) >= MillisecondsFrom ? Timestamp::fromEpochSeconds(seconds / 1000.0)
                                                     : Timestamp::fromEpochSeconds(seconds);
        if (!parsed) {
            return reader.fail(
                QCoreApplication::translate("JsonField", "%1 is not a valid time")
                    .arg(isString ? QString::fromUtf8(text.data(), text.size()) : QString::number(seconds)));
        }
        value = *parsed;
        return true;
    }
    static QJsonValue write(const Timestamp& value) { return value.toJson(); }
    static bool isSet(const Timestamp& value) { return !value.isNull(); }
};

//! Calendar dates as "YYYY-MM-DD" strings.
template<> struct JsonField<QDate>
{
    static bool read(JsonReader& reader, QDate& value)
    {
        QString text;
        if (!reader.readString(text)) {
            return false;
        }
        value = QDate::fromString(text, Qt::ISODate);
        return value.isValid() || text.isEmpty()
            || reader.fail(QCoreApplication::translate("JsonField", "%1 is not a date (YYYY-MM-DD)").arg(text));
    }
    static QJsonValue write(const QDate& value)
    {
        return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QString());
    }
    static bool isSet(const QDate& value) { return value.isValid(); }
};

template<typename T> struct JsonField<QList<T>>
{
    static bool read(JsonReader& reader, QList<T>& value)
    {
        value.clear();
        value.reserve(std::max<qsizetype>(reader.arraySize(), 0));
        return reader.readArray([&value](JsonReader& element) {
            T item {};
            if (!JsonField<T>::read(element, item)) {
                return false;
            }
            value.append(std::move(item));
            return true;
        });
    }
    static QJsonValue write(const QList<T>& value)
    {
        QJsonArray array;
        for (const T& item : value) {
            array.append(JsonField<T>::write(item));
        }
        return array;
    }
    static bool isSet(const QList<T>& value) { return !value.isEmpty(); }
};

//! Lists of text (tags, say): strings, or objects whose "name", "label", "value" or "title" is the text.
template<> struct JsonField<QList<QString>>
{
    static bool read(JsonReader& reader, QList<QString>& value)
    {
        value.clear();
        value.reserve(std::max<qsizetype>(reader.arraySize(), 0));
        return reader.readArray([&value](JsonReader& element) {
            QString text;
            if (element.kind() == JsonReader::Kind::Object) {
                if (!element.readFields([&text](std::string_view key, JsonReader& field) {
                        const bool names = key == "name" || key == "label" || key == "value" || key == "title";
                        return !names || !text.isEmpty() || field.kind() != JsonReader::Kind::String
                            || field.readString(text);
                    })) {
                    return false;
                }
            } else if (!element.isNull() && !element.readString(text)) {
                return false;
            }
            if (!text.isEmpty()) {
                value.append(text);
            }
            return true;
        });
    }
    static QJsonValue write(const QList<QString>& value) { return QJsonArray::fromStringList(value); }
    static bool isSet(const QList<QString>& value) { return !value.isEmpty(); }
};

//! A record the server may leave out: absent (or null) stays std::nullopt and is not written back.
template<typename T> struct JsonField<std::optional<T>>
{
    static bool read(JsonReader& reader, std::optional<T>& value)
    {
        T item {};
        if (!JsonField<T>::read(reader, item)) {
            return false;
        }
        value = std::move(item);
        return true;
    }
    static QJsonValue write(const std::optional<T>& value)
    {
        return value ? JsonField<T>::write(*value) : QJsonValue(QJsonValue::Null);
    }
    static bool isSet(const std::optional<T>& value) { return value.has_value(); }
};

} // namespace Crego::Core
