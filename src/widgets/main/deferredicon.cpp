// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredicon.h"

#include <QPainter>

namespace Crego::Widgets {

DeferredIcon::DeferredIcon(Maker maker)
    : m_maker(std::move(maker))
{ }

QIcon DeferredIcon::make(Maker maker)
{
    return QIcon(new DeferredIcon(std::move(maker)));
}

const QIcon& DeferredIcon::icon()
{
    if (!m_made) {
        m_icon = m_maker();
        m_made = true;
    }
    return m_icon;
}

void DeferredIcon::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap DeferredIcon::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QSize DeferredIcon::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QList<QSize> DeferredIcon::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIcon::key() const
{
    return QStringLiteral("crego-deferred");
}

QIconEngine* DeferredIcon::clone() const
{
    auto* copy = new DeferredIcon(m_maker);
    copy->m_icon = m_icon;
    copy->m_made = m_made;
    return copy;
}

} // namespace Crego::Widgets
