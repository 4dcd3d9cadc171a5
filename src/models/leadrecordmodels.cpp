// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadrecordmodels.h"

#include "validators.h"

#include <QLocale>

namespace Crego::Models {

namespace {

QString when(const Core::Timestamp& timestamp)
{
    return timestamp.isNull() ? QStringLiteral("—")
                              : QLocale().toString(timestamp.toUtc().toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QString LeadRecordModels::humanize(const QString& code)
{
    QString text = code;
    text.replace(u'_', u' ');
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString LeadRecordModels::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

RecordTableModel<Core::Applicant>* LeadRecordModels::applicants(QObject* parent)
{
    using A = Core::Applicant;
    return new RecordTableModel<A>(
        {
            { tr("Name"), [](const A& a) { return a.isPrimary ? tr("%1 (primary)").arg(a.name) : a.name; }, {}, {} },
            { tr("Role"), [](const A& a) { return a.applicantType; }, {}, {} },
            { tr("Type"), [](const A& a) { return humanize(a.entityType); }, {}, {} },
            { tr("PAN"), [](const A& a) { return a.pan; }, {}, {} },
            { tr("Mobile"), [](const A& a) { return a.mobile.isEmpty() ? QString() : Core::Validators::maskMobile(a.mobile); },
                [](const A& a) { return a.mobile; }, {} },
            { tr("Email"), [](const A& a) { return a.email; }, {}, {} },
            { tr("GSTIN"), [](const A& a) { return a.gstin; }, {}, {} },
            { tr("Aadhaar"), [](const A& a) { return a.aadhaarMasked; }, {}, {} },
        },
        parent);
}

RecordTableModel<Core::BankAccount>* LeadRecordModels::banks(QObject* parent)
{
    using B = Core::BankAccount;
    return new RecordTableModel<B>(
        {
            { tr("Bank"), [](const B& b) { return b.bankName; }, {}, {} },
            { tr("Account number"), [](const B& b) { return Core::Validators::maskAccountNumber(b.accountNumber); },
                [](const B& b) { return b.accountNumber.right(4); }, {} },
            { tr("IFSC"), [](const B& b) { return b.ifsc; }, {}, {} },
            { tr("Type"), [](const B& b) { return humanize(b.accountType); }, {}, {} },
            { tr("Holder"), [](const B& b) { return b.accountHolderName; }, {}, {} },
            { tr("Verification"), [](const B& b) { return humanize(b.verificationStatus); }, {}, {} },
            { tr("Name at bank"), [](const B& b) { return b.nameAtBank; }, {}, {} },
            { tr("Match"), [](const B& b) { return b.nameMatchScore > 0 ? tr("%1%").arg(b.nameMatchScore) : QString(); },
                [](const B& b) { return b.nameMatchScore; }, Right },
            { tr("Verified"), [](const B& b) { return when(b.verifiedAt); }, [](const B& b) { return b.verifiedAt.toUtc(); }, {} },
        },
        parent);
}

RecordTableModel<Core::Document>* LeadRecordModels::documents(QObject* parent)
{
    using D = Core::Document;
    return new RecordTableModel<D>(
        {
            { tr("Type"), [](const D& d) { return humanize(d.documentType); }, {}, {} },
            { tr("Name"), [](const D& d) { return d.name; }, {}, {} },
            { tr("Size"), [](const D& d) { return fileSize(d.size); }, [](const D& d) { return d.size; }, Right },
            { tr("Status"), [](const D& d) { return humanize(d.status); }, {}, {} },
            { tr("Uploaded"), [](const D& d) { return when(d.createdAt); }, [](const D& d) { return d.createdAt.toUtc(); }, {} },
        },
        parent);
}

RecordTableModel<Core::Address>* LeadRecordModels::addresses(QObject* parent)
{
    using R = Core::Address;
    return new RecordTableModel<R>(
        {
            { tr("Type"), [](const R& r) { return humanize(r.addressType); }, {}, {} },
            { tr("Address"), [](const R& r) { return r.singleLine(); }, {}, {} },
            { tr("Pincode"), [](const R& r) { return r.pincode; }, {}, {} },
        },
        parent);
}

} // namespace Crego::Models
