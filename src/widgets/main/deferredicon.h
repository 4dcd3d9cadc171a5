// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>

namespace Crego::Widgets {

//! An icon engine that makes its icon only when the icon is first painted or measured.
class DeferredIcon final : public QIconEngine
{
public:
    using Maker = std::function<QIcon()>;

    //! An icon made by \a maker when first needed.
    static QIcon make(Maker maker);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine* clone() const override;

private:
    explicit DeferredIcon(Maker maker);
    const QIcon& icon();

    Maker m_maker;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace Crego::Widgets
