// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Crego::Sandbox {

//! A city the demo portfolio and the look-ups know: its state, GST state code and real pincodes.
struct CityInfo
{
    QString city;
    QString district;
    QString state;
    QString gstStateCode;
    QList<QString> pincodes;
};

//! Built-in look-up tables: real pincodes by city and IFSCs of real bank codes for those cities.
class ReferenceData
{
public:
    static const ReferenceData& instance();

    const QList<CityInfo>& cities() const { return m_cities; }
    //! `{pincode, city, district, state, post_offices}`: India Post's directory, or a demo city's pincode.
    std::optional<QJsonObject> pincode(const QString& pincode) const;
    //! `{ifsc, bank, bank_code, branch, address, city, district, state, micr, ...}` for an IFSC of the demo
    //! portfolio; for any other branch the IFSC directory knows, the bank alone (no address).
    std::optional<QJsonObject> ifsc(const QString& ifsc) const;
    //! Every IFSC the table knows, in a stable order.
    const QList<QString>& ifscCodes() const { return m_ifscOrder; }
    qsizetype pincodeCount() const { return m_pincodes.size(); }

private:
    ReferenceData();

    QList<CityInfo> m_cities;
    QHash<QString, int> m_pincodes; // pincode → city index
    QHash<QString, QJsonObject> m_ifsc;
    QList<QString> m_ifscOrder;
};

} // namespace Crego::Sandbox
