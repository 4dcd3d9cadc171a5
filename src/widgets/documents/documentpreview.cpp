// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentpreview.h"

#include "documentrules.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Crego::Widgets {

namespace {
constexpr qsizetype MaxPreviewText = 1024 * 1024;
} // namespace

DocumentPreview::DocumentPreview(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_pdfPage(new QWidget(this))
    , m_pdfView(new QPdfView(m_pdfPage))
    , m_pdf(new QPdfDocument(this))
    , m_previous(new QPushButton(tr("&Previous Page"), m_pdfPage))
    , m_next(new QPushButton(tr("Ne&xt Page"), m_pdfPage))
    , m_details(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("documentPreview"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Document image"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setAccessibleName(tr("Document preview"));
    m_imageArea->setAccessibleDescription(tr("The selected document's picture, PDF page or text"));
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_pdfView->setAccessibleName(tr("Document pages"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addStretch();
    auto* pdfLayout = new QVBoxLayout(m_pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    pdfLayout->addWidget(m_pdfView, 1);
    pdfLayout->addLayout(pager);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Document text"));
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_pdfPage);
    m_stack->addWidget(m_text);
    m_details->setObjectName(QStringLiteral("previewDetails"));
    m_details->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_stack, 1);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    showMessage(tr("Select a document to see it here."));
}

DocumentPreview::~DocumentPreview() = default;

void DocumentPreview::showMessage(const QString& message)
{
    m_kind = Kind::Message;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    setDetails(QString());
}

void DocumentPreview::showContent(const QString& name, const QByteArray& content)
{
    const QString type = Core::DocumentRules::sniff(content.left(4096));
    m_pdf->close();
    delete m_pdfBuffer;
    m_pdfBuffer = nullptr;
    m_fullImage = QImage();
    if (type.startsWith(u"image/")) {
        QByteArray bytes = content;
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QImage image = reader.read();
        if (image.isNull()) {
            showMessage(tr("%1 looks like a picture but cannot be shown: %2").arg(name, reader.errorString()));
            return;
        }
        m_fullImage = image;
        m_imageSize = image.size();
        m_kind = Kind::Image;
        m_stack->setCurrentWidget(m_imageArea);
        showImage();
        setDetails(tr("%1 · %2 × %3 px").arg(name).arg(m_imageSize.width()).arg(m_imageSize.height()));
        return;
    }
    if (type == u"application/pdf") {
        m_pdfBuffer = new QBuffer(this);
        m_pdfBuffer->setData(content);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBuffer);
        if (m_pdf->status() == QPdfDocument::Status::Error || m_pdf->pageCount() == 0) {
            showMessage(tr("%1 is a PDF that cannot be shown; open it with the system viewer.").arg(name));
            return;
        }
        m_kind = Kind::Pdf;
        m_stack->setCurrentWidget(m_pdfPage);
        m_page = -1;
        showPage(0);
        return;
    }
    if (type == u"text/plain") {
        m_kind = Kind::Text;
        m_text->setPlainText(QString::fromUtf8(content.left(MaxPreviewText)));
        m_stack->setCurrentWidget(m_text);
        setDetails(content.size() > MaxPreviewText ? tr("%1 · the first 1 MB").arg(name) : name);
        return;
    }
    showMessage(tr("There is no preview for %1; open it with the system viewer.").arg(name));
}

int DocumentPreview::pageCount() const
{
    return m_kind == Kind::Pdf ? m_pdf->pageCount() : 0;
}

void DocumentPreview::showPage(int page)
{
    if (m_kind != Kind::Pdf || page < 0 || page >= m_pdf->pageCount() || page == m_page) {
        return;
    }
    m_page = page;
    m_pdfView->pageNavigator()->jump(page, QPointF(), 0);
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pdf->pageCount());
    setDetails(tr("Page %1 of %2").arg(page + 1).arg(m_pdf->pageCount()));
}

QImage DocumentPreview::renderPage(int page, const QSize& size) const
{
    return m_kind == Kind::Pdf ? m_pdf->render(page, size) : QImage();
}

QString DocumentPreview::details() const
{
    return m_details->text();
}

void DocumentPreview::setDetails(const QString& text)
{
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void DocumentPreview::showImage()
{
    if (m_fullImage.isNull()) {
        return;
    }
    const QSize room = m_imageArea->viewport()->size() - QSize(8, 8);
    const QSize shown = m_fullImage.size().boundedTo(room.expandedTo(QSize(32, 32)));
    m_image->setPixmap(QPixmap::fromImage(m_fullImage.scaled(
        m_fullImage.size().scaled(shown, Qt::KeepAspectRatio), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void DocumentPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_kind == Kind::Image) {
        showImage();
    }
}

} // namespace Crego::Widgets
