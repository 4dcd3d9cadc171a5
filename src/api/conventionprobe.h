// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Crego::Api {

class CregoClient;

//! Tells which conventions a server follows where the contract leaves them open — how the lead list
//! pages, whether `?lead=` and `expand=programs` are honoured, whether leads carry `line_summary`, how
//! times are written — from two read-only calls, so a user with a real token learns it in one command.
class ConventionProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ConventionProbe(CregoClient* client, QObject* parent = nullptr);

    void start();
    //! "pagination: …", "?lead= filter: …", … one line per convention, once finished() came.
    const QStringList& findings() const { return m_findings; }

Q_SIGNALS:
    void finished();

private:
    void readLeadList(const QByteArray& body);
    void readLeadFilter(const QByteArray& body);

    CregoClient* m_client;
    QStringList m_findings;
    QString m_leadId;
    QStringList m_applicantIds;
};

} // namespace Crego::Api
