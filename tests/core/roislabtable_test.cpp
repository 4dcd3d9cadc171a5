// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"
#include "loandata.h"
#include "roislabtable.h"

#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

namespace {

//! A minimal object holding one slab table, to decode tables through the real codec.
struct SlabHolder : JsonRecord
{
    RoiSlabTable slabs;
    static const ObjectSchema<SlabHolder>& jsonSchema()
    {
        static const ObjectSchema<SlabHolder> schema = [] {
            ObjectSchema<SlabHolder> s;
            s.field("roi_value", &SlabHolder::slabs);
            return s;
        }();
        return schema;
    }
};

} // namespace

//! ROI slab tables: ordered rows, "inf" as open-ended, and clear errors for unordered or overlapping slabs.
class RoiSlabTableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_multiSlab_rowsAreContiguous()
    {
        SlabHolder holder;
        JsonError error;
        QVERIFY2(
            JsonCodec::decode(
                R"({"roi_value": [{"value": 12, "days": 30}, {"value": 15.5, "days": 60}, {"value": 18, "days": "inf"}]})",
                holder, error),
            qPrintable(error.toString()));
        const QList<RoiSlabRow> rows = holder.slabs.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].fromDay, 0);
        QCOMPARE(rows[0].toDay, std::optional<int>(30));
        QCOMPARE(rows[0].ratePercent, 12.0);
        QCOMPARE(rows[1].fromDay, 31);
        QCOMPARE(rows[1].toDay, std::optional<int>(60));
        QCOMPARE(rows[1].ratePercent, 15.5);
        QCOMPARE(rows[2].fromDay, 61);
        QVERIFY(!rows[2].toDay.has_value());
        QCOMPARE(holder.slabs.slabIndexForDay(0), 0);
        QCOMPARE(holder.slabs.slabIndexForDay(30), 0);
        QCOMPARE(holder.slabs.slabIndexForDay(31), 1);
        QCOMPARE(holder.slabs.slabIndexForDay(5000), 2);
        QCOMPARE(JsonCodec::encode(holder).value(u"roi_value"_s).toArray().at(2).toObject().value(u"days"_s),
            QJsonValue(u"inf"_s));
    }

    void decode_badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        QTest::newRow("out of order") << QByteArray(
            R"({"roi_value": [{"value": 12, "days": 60}, {"value": 15, "days": 30}]})")
                                      << u"roi_value: slab 2 ends at day 30, not after the previous slab's day 60: "
                                         "slabs overlap or are out of order"_s;
        QTest::newRow("overlap equal") << QByteArray(
            R"({"roi_value": [{"value": 12, "days": 30}, {"value": 15, "days": 30}]})")
                                       << u"roi_value: slab 2 ends at day 30, not after the previous slab's day 30: "
                                          "slabs overlap or are out of order"_s;
        QTest::newRow("inf not last") << QByteArray(
            R"({"roi_value": [{"value": 12, "days": "inf"}, {"value": 15, "days": 30}]})")
                                      << u"roi_value: slab 2 follows an open-ended slab; only the last slab may be "
                                         "open-ended"_s;
        QTest::newRow("negative days") << QByteArray(R"({"roi_value": [{"value": 12, "days": -1}]})")
                                       << u"roi_value: slab 1: days cannot be negative (-1)"_s;
        QTest::newRow("negative rate") << QByteArray(R"({"roi_value": [{"value": -2, "days": "inf"}]})")
                                       << u"roi_value: slab 1: rate -2 is not a valid percentage"_s;
        QTest::newRow("days word") << QByteArray(R"({"roi_value": [{"value": 12, "days": "forever"}]})")
                                   << u"roi_value[0].days: expected a number of days or \"inf\", got \"forever\""_s;
        QTest::newRow("fractional days") << QByteArray(R"({"roi_value": [{"value": 12, "days": 30.5}]})")
                                         << u"roi_value[0].days: expected integer, got 30.5"_s;
        QTest::newRow("rate as string") << QByteArray(R"({"roi_value": [{"value": "12", "days": 30}]})")
                                        << u"roi_value[0].value: expected number, got string"_s;
        QTest::newRow("missing rate") << QByteArray(R"({"roi_value": [{"days": 30}]})")
                                      << u"roi_value[0].value: missing required field"_s;
    }

    void decode_badTables()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        SlabHolder holder;
        JsonError decodeError;
        QVERIFY(!JsonCodec::decode(json, holder, decodeError));
        QCOMPARE(decodeError.toString(), error);
    }

    void validate_emptyTableIsAllowed()
    {
        QVERIFY(RoiSlabTable::validate({}).isEmpty());
        QCOMPARE(RoiSlabTable().slabIndexForDay(3), -1);
    }
};

QTEST_GUILESS_MAIN(RoiSlabTableTest)
#include "roislabtable_test.moc"
