// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Crego::Widgets {

//! Shows a document's file inside the app: an image scaled to fit (PNG, JPEG, TIFF), a PDF page by page, or
//! text; for anything else it says so. What is shown is decided by the file's content, not its name.
class DocumentPreview final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Nothing, Message, Image, Pdf, Text };

    explicit DocumentPreview(QWidget* parent = nullptr);
    ~DocumentPreview() override;

    //! A line instead of a file ("Select a document", "Loading…", an error).
    void showMessage(const QString& message);
    //! Shows \a content, the file called \a name.
    void showContent(const QString& name, const QByteArray& content);

    Kind kind() const { return m_kind; }
    //! The image shown, at its full size (Kind::Image).
    QSize imageSize() const { return m_imageSize; }
    //! The PDF's page count and the page shown, from 0 (Kind::Pdf).
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    //! Page \a page of the PDF shown, drawn at \a size (what the view paints).
    QImage renderPage(int page, const QSize& size) const;
    //! What the header line says ("Page 2 of 5 · 1200 × 800 px").
    QString details() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showImage();
    void setDetails(const QString& text);

    Kind m_kind = Kind::Nothing;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    QWidget* m_pdfPage;
    QPdfView* m_pdfView;
    QPdfDocument* m_pdf;
    QBuffer* m_pdfBuffer = nullptr;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_details;
    QPlainTextEdit* m_text;
    QImage m_fullImage; //!< the image shown, at full size
    QSize m_imageSize;
    int m_page = 0;
};

} // namespace Crego::Widgets
