// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Applicants, banks, addresses and documents of a lead, and the IFSC and pincode look-ups, over HTTP.
class SubresourcesTest : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxHarness m_sandbox { 30, 5 };
    QString m_leadId;
    QString m_primaryId;

    QJsonArray applicants() { return m_sandbox.get(u"/v1/crm/applicants/?lead="_s + m_leadId).array(); }

    //! A multipart body the way QHttpMultiPart would frame it.
    static QByteArray multipart(const QByteArray& boundary, const QList<QPair<QByteArray, QByteArray>>& fields,
        const QByteArray& fileName, const QByteArray& fileType, const QByteArray& file)
    {
        QByteArray body;
        for (const auto& [name, value] : fields) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n";
        }
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
            + "\"\r\nContent-Type: " + fileType + "\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return body;
    }

    Tests::HttpResult upload(
        const QByteArray& fileName, const QByteArray& fileType, const QByteArray& file, const QByteArray& relatedId)
    {
        const QByteArray boundary = "crego-boundary-7MA4YWxkTrZu0gW";
        return m_sandbox.send("POST", u"/v1/crm/documents/"_s,
            multipart(boundary,
                { { "related_model", "applicant" }, { "related_model_id", relatedId }, { "document_type", "pan" } },
                fileName, fileType, file),
            "multipart/form-data; boundary=" + boundary);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_leadId = m_sandbox.firstLeadId();
        for (const QJsonValue& applicant : applicants()) {
            if (applicant[u"is_primary"_s].toBool()) {
                m_primaryId = applicant[u"id"_s].toString();
            }
        }
        QVERIFY(!m_primaryId.isEmpty());
    }

    void applicants_createGetPatchDelete()
    {
        const qsizetype before = applicants().size();
        const Tests::HttpResult created = m_sandbox.post(u"/v1/crm/applicants/"_s,
            { { u"lead"_s, m_leadId }, { u"name"_s, u"Meera Nair"_s }, { u"pan"_s, u"bcdpn4321k"_s },
                { u"mobile"_s, u"09123456780"_s } });
        QCOMPARE(created.status, 201);
        const QString id = created.object()[u"id"_s].toString();
        QCOMPARE(created.object()[u"pan"_s].toString(), u"BCDPN4321K"_s);
        QCOMPARE(created.object()[u"mobile"_s].toString(), u"+919123456780"_s);
        QCOMPARE(created.object()[u"is_primary"_s].toBool(), false);
        QCOMPARE(applicants().size(), before + 1);
        QCOMPARE(m_sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').object()[u"name"_s].toString(), u"Meera Nair"_s);

        const Tests::HttpResult patched
            = m_sandbox.patch(u"/v1/crm/applicants/"_s + id + u'/', { { u"email"_s, u"meera@example.in"_s } });
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object()[u"email"_s].toString(), u"meera@example.in"_s);
        QCOMPARE(patched.object()[u"name"_s].toString(), u"Meera Nair"_s);

        const Tests::HttpResult badPan
            = m_sandbox.patch(u"/v1/crm/applicants/"_s + id + u'/', { { u"pan"_s, u"XYZ"_s } });
        QCOMPARE(badPan.status, 400);
        QVERIFY(badPan.object()[u"pan"_s].toArray().at(0).toString().contains(u"10 characters"_s));
        QCOMPARE(m_sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').object()[u"pan"_s].toString(), u"BCDPN4321K"_s);

        QCOMPARE(m_sandbox.patch(u"/v1/crm/applicants/"_s + id + u'/', { { u"is_primary"_s, true } }).status, 400);
        QCOMPARE(m_sandbox.patch(u"/v1/crm/applicants/"_s + id + u'/', { { u"name"_s, 42 } }).status, 400);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/applicants/"_s + id + u'/').status, 204);
        QCOMPARE(m_sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').status, 404);
        QCOMPARE(
            m_sandbox.patch(u"/v1/crm/applicants/"_s + id + u'/', { { u"email"_s, u"x@example.in"_s } }).status, 404);
    }

    void applicants_invalidCreate_isRefused()
    {
        const Tests::HttpResult noLead = m_sandbox.post(u"/v1/crm/applicants/"_s, { { u"name"_s, u"Orphan"_s } });
        QCOMPARE(noLead.status, 400);
        QVERIFY(noLead.object().contains(u"lead"_s));
        const Tests::HttpResult gstMismatch = m_sandbox.post(u"/v1/crm/applicants/"_s,
            { { u"lead"_s, m_leadId }, { u"name"_s, u"Asha Rao"_s }, { u"pan"_s, u"ABCPE1234F"_s },
                { u"gstin"_s, u"27AAPFU0939F1ZV"_s } });
        QCOMPARE(gstMismatch.status, 400);
        QVERIFY(gstMismatch.object()[u"gstin"_s].toArray().at(0).toString().contains(u"AAPFU0939F"_s));
    }

    void applicants_markPrimary_keepsExactlyOne()
    {
        const QString id
            = m_sandbox
                  .post(u"/v1/crm/applicants/"_s,
                      { { u"lead"_s, m_leadId }, { u"name"_s, u"Kabir Shah"_s }, { u"mobile"_s, u"7012345678"_s } })
                  .object()[u"id"_s]
                  .toString();
        QCOMPARE(m_sandbox.remove(u"/v1/crm/applicants/"_s + m_primaryId + u'/').status, 400);
        const Tests::HttpResult marked = m_sandbox.put(u"/v1/crm/applicants/"_s + id + u"/mark_primary/"_s);
        QCOMPARE(marked.status, 200);
        QVERIFY(marked.object()[u"is_primary"_s].toBool());
        int primaries = 0;
        for (const QJsonValue& applicant : applicants()) {
            primaries += applicant[u"is_primary"_s].toBool() ? 1 : 0;
        }
        QCOMPARE(primaries, 1);
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/"_s + m_leadId + u'/').object()[u"primary_mobile"_s].toString(),
            u"7012345678"_s);
        QCOMPARE(m_sandbox.put(u"/v1/crm/applicants/"_s + m_primaryId + u"/mark_primary/"_s).status, 200);
        QCOMPARE(m_sandbox.put(u"/v1/crm/applicants/missing/mark_primary/"_s).status, 404);
    }

    void banks_createFillsBranchAndVerifies()
    {
        const Tests::HttpResult created = m_sandbox.post(u"/v1/crm/banks/"_s,
            { { u"applicant"_s, m_primaryId }, { u"account_number"_s, u"5010 0123 4567 89"_s },
                { u"ifsc"_s, u"hdfc0000002"_s }, { u"account_holder_name"_s, u"Sri Balaji Distributors"_s },
                { u"account_type"_s, u"current"_s } });
        QCOMPARE(created.status, 201);
        const QJsonObject bank = created.object();
        QCOMPARE(bank[u"account_number"_s].toString(), u"50100123456789"_s);
        QCOMPARE(bank[u"ifsc"_s].toString(), u"HDFC0000002"_s);
        QCOMPARE(bank[u"bank_name"_s].toString(), u"HDFC Bank"_s);
        QCOMPARE(bank[u"verification_status"_s].toString(), u"unverified"_s);
        const QString id = bank[u"id"_s].toString();

        const Tests::HttpResult verified = m_sandbox.get(u"/v1/crm/banks/"_s + id + u"/verify/"_s);
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.object()[u"verification_status"_s].toString(), u"verified"_s);
        QCOMPARE(verified.object()[u"name_at_bank"_s].toString(), u"SRI BALAJI DISTRIBUTORS"_s);
        const int score = verified.object()[u"name_match_score"_s].toInt();
        QVERIFY(score >= 70 && score <= 100);
        QCOMPARE(
            m_sandbox.get(u"/v1/crm/banks/"_s + id + u"/verify/"_s).object()[u"name_match_score"_s].toInt(), score);

        bool listed = false;
        for (const QJsonValue& value : m_sandbox.get(u"/v1/crm/banks/?applicant="_s + m_primaryId).array()) {
            listed = listed || value[u"id"_s].toString() == id;
        }
        QVERIFY(listed);
        QCOMPARE(m_sandbox.patch(u"/v1/crm/banks/"_s + id + u'/', { { u"verification_status"_s, u"failed"_s } }).status,
            400);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/banks/"_s + id + u'/').status, 204);
        QCOMPARE(m_sandbox.get(u"/v1/crm/banks/"_s + id + u"/verify/"_s).status, 404);
    }

    void banks_invalid_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("ifsc fifth char") << u"ifsc"_s << u"HDFC1000102"_s;
        QTest::newRow("short account") << u"account_number"_s << u"1234"_s;
        QTest::newRow("account type") << u"account_type"_s << u"fixed_deposit"_s;
    }

    void banks_invalid()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject bank { { u"applicant"_s, m_primaryId }, { u"account_number"_s, u"12345678901"_s },
            { u"ifsc"_s, u"SBIN0000001"_s } };
        bank.insert(field, value);
        const Tests::HttpResult result = m_sandbox.post(u"/v1/crm/banks/"_s, bank);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.object()[field].isArray(), result.body.constData());
    }

    void ifscLookup()
    {
        const Tests::HttpResult found = m_sandbox.get(u"/v1/crm/banks/ifsc/SBIN0000001/"_s);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object()[u"bank"_s].toString(), u"State Bank of India"_s);
        QCOMPARE(found.object()[u"city"_s].toString(), u"New Delhi"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/banks/ifsc/SBIN0999999/"_s).status, 404);
        // A real branch outside the demo portfolio: the bank from the IFSC data set, no address.
        const Tests::HttpResult other = m_sandbox.get(u"/v1/crm/banks/ifsc/ABHY0065001/"_s);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.object()[u"bank"_s].toString(), u"Abhyudaya Co-operative Bank"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/banks/ifsc/ABHY0065033/"_s).status, 404); // no such branch
        QCOMPARE(m_sandbox.get(u"/v1/crm/banks/ifsc/NOTANIFSC/"_s).status, 400);
    }

    void addresses_createFillsCityAndState()
    {
        const Tests::HttpResult created = m_sandbox.post(u"/v1/crm/addresses/"_s,
            { { u"applicant"_s, m_primaryId }, { u"address_type"_s, u"office"_s },
                { u"address_line"_s, u"14, Usman Road"_s }, { u"pincode"_s, u"600017"_s } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object()[u"city"_s].toString(), u"Chennai"_s);
        QCOMPARE(created.object()[u"state"_s].toString(), u"Tamil Nadu"_s);
        const QString id = created.object()[u"id"_s].toString();
        QCOMPARE(m_sandbox.patch(u"/v1/crm/addresses/"_s + id + u'/', { { u"pincode"_s, u"012345"_s } }).status, 400);
        const Tests::HttpResult moved
            = m_sandbox.patch(u"/v1/crm/addresses/"_s + id + u'/', { { u"address_line"_s, u"2, MG Road"_s } });
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.object()[u"address_line"_s].toString(), u"2, MG Road"_s);
        QVERIFY(!m_sandbox.get(u"/v1/crm/addresses/?applicant="_s + m_primaryId).array().isEmpty());
        QCOMPARE(
            m_sandbox
                .post(u"/v1/crm/addresses/"_s,
                    { { u"applicant"_s, m_primaryId }, { u"address_line"_s, u"x"_s }, { u"pincode"_s, u"600017"_s } })
                .status,
            400);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/addresses/"_s + id + u'/').status, 204);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/addresses/"_s + id + u'/').status, 404);
    }

    void pincodeLookup()
    {
        const Tests::HttpResult found = m_sandbox.get(u"/v1/crm/addresses/pincode/560001/"_s);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object()[u"city"_s].toString(), u"Bangalore"_s);
        QCOMPARE(found.object()[u"state"_s].toString(), u"Karnataka"_s);
        // India Post's directory: every office under the pincode.
        const QJsonArray offices = found.object()[u"post_offices"_s].toArray();
        QVERIFY(offices.size() > 5);
        QVERIFY(offices.contains(u"Bangalore G.P.O."_s));
        // Today's states, not the 2015 data's.
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/500001/"_s).object()[u"state"_s].toString(), u"Telangana"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/194101/"_s).object()[u"state"_s].toString(), u"Ladakh"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/396210/"_s).object()[u"state"_s].toString(),
            u"Dadra and Nagar Haveli and Daman and Diu"_s);
        QCOMPARE(
            m_sandbox.get(u"/v1/crm/addresses/pincode/605001/"_s).object()[u"state"_s].toString(), u"Puducherry"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/515001/"_s).object()[u"state"_s].toString(),
            u"Andhra Pradesh"_s); // Anantapur stays
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/999999/"_s).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/crm/addresses/pincode/12345/"_s).status, 400);
    }

    void documents_uploadDownloadListPatchDelete()
    {
        const QByteArray pdf = "%PDF-1.4\n% a small test document\n%%EOF\n";
        const Tests::HttpResult uploaded = upload("pan card.pdf", "application/pdf", pdf, m_primaryId.toUtf8());
        QCOMPARE(uploaded.status, 201);
        const QJsonObject document = uploaded.object();
        QCOMPARE(document[u"name"_s].toString(), u"pan card.pdf"_s);
        QCOMPARE(document[u"size"_s].toInt(), int(pdf.size()));
        QCOMPARE(document[u"content_type"_s].toString(), u"application/pdf"_s);
        const QString id = document[u"id"_s].toString();

        QCOMPARE(m_sandbox.get(u"/v1/crm/documents/"_s + id + u'/').object()[u"document_type"_s].toString(), u"pan"_s);
        const Tests::HttpResult download = m_sandbox.get(document[u"download_url"_s].toString());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, pdf);
        bool listed = false;
        for (const QJsonValue& value : m_sandbox.get(u"/v1/crm/documents/?related_model_id="_s + m_primaryId).array()) {
            listed = listed || value[u"id"_s].toString() == id;
        }
        QVERIFY(listed);
        QVERIFY(m_sandbox.get(u"/v1/crm/documents/?lead="_s + m_leadId).array().size() > 1);

        QCOMPARE(m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/', { { u"status"_s, u"verified"_s } })
                     .object()[u"status"_s]
                     .toString(),
            u"verified"_s);
        QCOMPARE(m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/', { { u"size"_s, 1 } }).status, 400);
        const Tests::HttpResult badType
            = m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/', { { u"document_type"_s, u"selfie"_s } });
        QCOMPARE(badType.status, 400);
        QVERIFY(badType.object().contains(u"document_type"_s));
        QCOMPARE(m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/', { { u"name"_s, u""_s } }).status, 400);
        const Tests::HttpResult moved = m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/',
            { { u"related_model"_s, u"lead"_s }, { u"related_model_id"_s, m_leadId },
                { u"notes"_s, u"Signed copy"_s } });
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.object()[u"notes"_s].toString(), u"Signed copy"_s);
        bool underLead = false;
        for (const QJsonValue& value : m_sandbox.get(u"/v1/crm/documents/?related_model_id="_s + m_leadId).array()) {
            underLead = underLead || value[u"id"_s].toString() == id;
        }
        QVERIFY(underLead);
        const Tests::HttpResult elsewhere = m_sandbox.patch(u"/v1/crm/documents/"_s + id + u'/',
            { { u"related_model"_s, u"lead"_s }, { u"related_model_id"_s, u"no-such-lead"_s } });
        QCOMPARE(elsewhere.status, 400);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/documents/"_s + id + u'/').status, 204);
        QCOMPARE(m_sandbox.get(u"/v1/crm/documents/"_s + id + u'/').status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/crm/documents/"_s + id + u"/download/"_s).status, 404);
    }

    void documents_seededOnesDownloadAsPdf()
    {
        const QJsonArray documents = m_sandbox.get(u"/v1/crm/documents/?lead="_s + m_leadId).array();
        QVERIFY(!documents.isEmpty());
        const Tests::HttpResult download = m_sandbox.get(documents[0][u"download_url"_s].toString());
        QCOMPARE(download.status, 200);
        QVERIFY(download.body.startsWith("%PDF-"));
    }

    void documents_refusals()
    {
        const Tests::HttpResult zip
            = upload("statement.pdf", "application/pdf", QByteArray("PK\x03\x04\x14\0\0\0", 8), m_primaryId.toUtf8());
        QCOMPARE(zip.status, 400);
        QVERIFY(zip.object().contains(u"file"_s));
        QCOMPARE(upload("notes.txt", "text/plain", "Collected at the branch.\n", m_primaryId.toUtf8())
                     .object()[u"content_type"_s]
                     .toString(),
            u"text/plain"_s);
        QCOMPARE(upload("pan.pdf", "application/pdf", "%PDF-1.4", "missing-applicant").status, 400);
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x');
        QCOMPARE(upload("photo.png", "image/png", png, m_primaryId.toUtf8()).status, 201);
        const QByteArray huge = "%PDF-1.4\n" + QByteArray(25 * 1024 * 1024 + 10, 'x');
        const Tests::HttpResult tooLarge = upload("huge.pdf", "application/pdf", huge, m_primaryId.toUtf8());
        QCOMPARE(tooLarge.status, 413);
        QVERIFY(tooLarge.object()[u"detail"_s].toString().contains(u"25"_s));
        QCOMPARE(m_sandbox.send("POST", u"/v1/crm/documents/"_s, "{}").status, 400);
    }
};

QTEST_GUILESS_MAIN(SubresourcesTest)
#include "subresources_test.moc"
