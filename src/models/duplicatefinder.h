// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Crego::Api {
class ApiCall;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! Before a new applicant is created: is the PAN or the mobile already on a lead? Searches the leads
//! (server-side search) and keeps only leads with an applicant whose PAN or mobile is exactly the same.
class DuplicateFinder final : public QObject
{
    Q_OBJECT

public:
    //! One applicant elsewhere with the same PAN or mobile.
    struct Match
    {
        QString field; //!< "pan" or "mobile"
        QString value; //!< as the user typed it, normalised
        QString leadId;
        QString leadRef;
        QString leadName;
        QString applicantName;
    };

    explicit DuplicateFinder(Api::CregoClient* client, QObject* parent = nullptr);

    //! Looks for \a pan and \a mobile (normalised; either may be empty); found() follows. A new search
    //! replaces one under way.
    void find(const QString& pan, const QString& mobile);

Q_SIGNALS:
    //! \a complete is false when a search failed (the matches may then be missing some).
    void found(const QList<Crego::Models::DuplicateFinder::Match>& matches, bool complete);

private:
    void search(const QString& field, const QString& value, const QString& term);

    Api::CregoClient* m_client;
    QList<QPointer<Api::ApiCall>> m_calls;
    QList<Match> m_matches;
    int m_pending = 0;
    bool m_complete = true;
    int m_generation = 0;
};

} // namespace Crego::Models
