// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace Crego::Api {

class CregoClient;

//! Walks the API read-only (health, lead list, one lead, its programs, applicants, banks, documents,
//! addresses, and the pincode and IFSC look-ups) and records what each endpoint answered.
class ApiProbe final : public QObject
{
    Q_OBJECT

public:
    struct Row
    {
        QByteArray method;
        QString path;
        int httpStatus = 0;
        bool decoded = false;
        qint64 elapsedMs = 0;
        QString problem;
    };

    explicit ApiProbe(CregoClient* client, QObject* parent = nullptr);

    void start();
    const QList<Row>& rows() const { return m_rows; }
    bool allDecoded() const;
    //! One line per endpoint: method, path, status, decoded, elapsed.
    static QString format(const Row& row);

Q_SIGNALS:
    void rowAdded(const Crego::Api::ApiProbe::Row& row);
    void finished();

private:
    void step(int index);

    CregoClient* m_client;
    QList<Row> m_rows;
    QString m_leadId;
    QString m_applicantId;
    QString m_pincode;
    QString m_ifsc;
};

} // namespace Crego::Api
