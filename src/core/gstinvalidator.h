// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationresult.h"
#include <QCoreApplication>

#include <QString>

namespace Crego::Core {

//! GSTIN: state code, the holder's PAN, entity number, 'Z', and a base-36 check character.
class GstinValidator
{
    Q_DECLARE_TR_FUNCTIONS(GstinValidator)

public:
    static ValidationResult validate(const QString& input);
    //! The check character for the first 14 characters of a GSTIN.
    static QChar checkCharacter(const QString& first14);
    //! The state or territory a 2-digit GST state code stands for, or empty when unknown.
    static QString stateName(const QString& code);
    //! Empty when \a gstin embeds \a pan, otherwise the reason it does not.
    static QString crossCheckPan(const QString& gstin, const QString& pan);
};

} // namespace Crego::Core
