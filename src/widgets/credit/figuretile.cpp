// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuretile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Crego::Widgets {

FigureTile::FigureTile(const QString& caption, const QString& valueName, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("—"), this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* captionLabel = new QLabel(caption, this);
    m_value->setObjectName(valueName);
    m_value->setAccessibleName(caption);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
}

void FigureTile::setValue(const QString& text)
{
    m_value->setText(text);
}

QString FigureTile::value() const
{
    return m_value->text();
}

} // namespace Crego::Widgets
