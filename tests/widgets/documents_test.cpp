// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentform.h"
#include "documentpreview.h"
#include "documentspanel.h"
#include "documentuploaddialog.h"
#include "documentuploadqueue.h"
#include "filedialog.h"
#include "leaddetailloader.h"
#include "leaddetailpage.h"
#include "leadrecordmodels.h"
#include "messagebox.h"
#include "recordformdialog.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;
using UploadState = Models::DocumentUploadQueue::State;

//! Receives what the app hands to the system viewer, instead of launching one.
class ViewerStub : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

//! A lead's documents tab against the sandbox: files uploaded with a progress bar each and listed with type,
//! size and the record they belong to; previews of a PDF (its page renders) and an image (its size); files
//! refused before anything is sent; an upload cancelled halfway leaves nothing and Retry sends it; details
//! edited; opened with the system viewer from a temporary owner-only file; saved as; deleted.
class DocumentsTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 12, 29 };
    QTemporaryDir m_files;
    std::unique_ptr<Widgets::LeadDetailPage> m_page;
    QString m_leadId;
    ViewerStub m_viewer;

    Models::LeadDetailLoader* loader() const { return m_page->loader(); }
    Widgets::DocumentsPanel* panel() const { return m_page->documents(); }
    QJsonArray serverDocuments() { return m_kit.sandbox.get(u"/v1/crm/documents/?lead="_s + m_leadId).array(); }
    //! A one-page PDF with a heading, as a scanner or a word processor writes it.
    QString writePdf(const QString& name)
    {
        const QString path = m_files.filePath(name);
        QPdfWriter writer(path);
        writer.setTitle(u"Sanction letter"_s);
        QPainter painter(&writer);
        painter.setFont(QFont(u"Sans"_s, 28));
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::AlignCenter, u"PAN ABCPR1234F"_s);
        painter.fillRect(QRect(0, writer.height() / 2, writer.width() / 2, writer.height() / 8), Qt::black);
        return path;
    }
    QString writeImage(const QString& name, const QSize& size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.fillRect(QRect(QPoint(0, 0), size / 2), QColor(0x1e, 0x5a, 0xa8));
        painter.end();
        const QString path = m_files.filePath(name);
        image.save(path);
        return path;
    }
    QString writeFile(const QString& name, const QByteArray& head, qint64 size)
    {
        QFile file(m_files.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(head);
        file.resize(size); // sparse: quick to make, however large
        return file.fileName();
    }
    //! The row of the documents table (as shown) whose name is \a name, or -1.
    int shownRow(const QString& name) const
    {
        const QAbstractItemModel* model = panel()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Models::LeadRecordModels::DocumentName).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }
    QString shown(int row, int column) const { return panel()->table()->model()->index(row, column).data().toString(); }
    QString documentId(const QString& name) const
    {
        for (const Core::Document& document : loader()->documents()->records()) {
            if (document.name == name) {
                return document.id;
            }
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.start());
        QVERIFY(m_files.isValid());
        QDesktopServices::setUrlHandler(u"file"_s, &m_viewer, "open");
        const QJsonArray leads = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=50"_s).object()[u"results"_s].toArray();
        for (const QJsonValue& lead : leads) {
            if (lead[u"applicants"_s].toArray().size() >= 2) {
                m_leadId = lead[u"id"_s].toString();
                break;
            }
        }
        QVERIFY(!m_leadId.isEmpty());
        // The server says how large a file it takes (the sandbox: 25 MB).
        m_kit.wait<Core::HealthStatus>([&](auto done) { m_kit.client.health(&m_kit.context, done); });
        QCOMPARE(m_kit.client.maxUploadBytes(), qint64(25) * 1024 * 1024);
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void init()
    {
        m_page = std::make_unique<Widgets::LeadDetailPage>(&m_kit.session, m_leadId);
        m_page->resize(1280, 720);
        m_page->show();
        m_page->findChild<QTabWidget*>(u"detailTabs"_s)
            ->setCurrentWidget(m_page->findChild<QWidget*>(u"documentsPage"_s));
        for (auto part : { Models::LeadDetailLoader::Part::Banks, Models::LeadDetailLoader::Part::Documents }) {
            QTRY_COMPARE_WITH_TIMEOUT(loader()->state(part), Models::LeadDetailLoader::State::Loaded, 10000);
        }
        new QAbstractItemModelTester(
            loader()->documents(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        new QAbstractItemModelTester(
            panel()->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    }

    void cleanup()
    {
        for (auto* dialog : m_page->findChildren<Widgets::DocumentUploadDialog*>()) {
            dialog->close();
        }
        for (auto* dialog : m_page->findChildren<Widgets::RecordFormDialog*>()) {
            if (dialog->isVisible()) {
                Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
                dialog->reject();
            }
        }
        m_page.reset();
    }

    void upload_pdfAndPng_listedWithTypeSizeOwnerAndPreviewed()
    {
        const int before = int(serverDocuments().size());
        const QString pdf = writePdf(u"PAN_card.pdf"_s);
        const QString png = writeImage(u"shop-front.png"_s, QSize(320, 200));
        Widgets::DocumentUploadDialog* dialog = panel()->upload({ pdf, png });
        new QAbstractItemModelTester(dialog->queue(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        QCOMPARE(dialog->queue()->rowCount(), 2);
        QCOMPARE(dialog->queue()->upload(0).documentType, u"pan"_s); // guessed from the name
        QCOMPARE(dialog->queue()->upload(1).documentType, u"photo"_s);

        // The picture belongs to the co-applicant: chosen in the form beside the list.
        const Core::Applicant* coApplicant = nullptr;
        for (const Core::Applicant& applicant : loader()->applicants()->records()) {
            coApplicant = applicant.isPrimary ? coApplicant : &applicant;
        }
        QVERIFY(coApplicant);
        dialog->fileTable()->selectRow(1);
        auto* related = dialog->form()->findChild<QComboBox*>(u"relatedCombo"_s);
        related->setCurrentIndex(related->findData(coApplicant->id));
        Q_EMIT related->activated(related->currentIndex());
        auto* notes = dialog->form()->findChild<QPlainTextEdit*>(u"documentNotesEdit"_s);
        notes->setPlainText(u"Front of the shop, March"_s);
        QCOMPARE(dialog->queue()->upload(1).relatedId, coApplicant->id);
        QCOMPARE(dialog->queue()->upload(1).notes, u"Front of the shop, March"_s);
        Tests::screenshot(*dialog, u"document-upload"_s);

        QSignalSpy progress(dialog->queue(), &QAbstractItemModel::dataChanged);
        dialog->uploadButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->count(UploadState::Uploaded), 2, 20000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(dialog->queue()
                     ->index(1, Models::DocumentUploadQueue::StatusColumn)
                     .data(Models::DocumentUploadQueue::ProgressRole)
                     .toInt(),
            100);
        QCOMPARE(serverDocuments().size(), before + 2);

        // Listed at once, with what a loan officer reads.
        const int pdfRow = shownRow(u"PAN_card.pdf"_s);
        const int pngRow = shownRow(u"shop-front.png"_s);
        QVERIFY(pdfRow >= 0 && pngRow >= 0);
        QCOMPARE(shown(pdfRow, Models::LeadRecordModels::DocumentType), u"PAN card"_s);
        QCOMPARE(shown(pngRow, Models::LeadRecordModels::DocumentRelated), u"Applicant: "_s + coApplicant->name);
        QCOMPARE(shown(pdfRow, Models::LeadRecordModels::DocumentRelated), u"Lead"_s);
        QCOMPARE(shown(pngRow, Models::LeadRecordModels::DocumentSize),
            Core::DocumentRules::sizeText(QFileInfo(png).size()));
        // A thumbnail for the picture, none for the PDF.
        QTRY_VERIFY_WITH_TIMEOUT(panel()->table()->model()->index(pngRow, 0).data(Qt::DecorationRole).isValid(), 10000);
        const QImage thumbnail = panel()->table()->model()->index(pngRow, 0).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(40, 25));
        QVERIFY(!panel()->table()->model()->index(pdfRow, 0).data(Qt::DecorationRole).isValid());

        // Previews: the PDF's page renders (dark ink on white), the image at its real size.
        panel()->select(documentId(u"PAN_card.pdf"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->preview()->kind(), Widgets::DocumentPreview::Kind::Pdf, 10000);
        QCOMPARE(panel()->preview()->pageCount(), 1);
        QCOMPARE(panel()->preview()->details(), u"Page 1 of 1"_s);
        const QImage page = panel()->preview()->renderPage(0, QSize(210, 297));
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                dark += qGray(page.pixel(x, y)) < 80 ? 1 : 0;
            }
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QTest::qWait(300); // the view renders its page on a thread
        Tests::screenshot(*m_page, u"documents-tab-pdf"_s);
        panel()->select(documentId(u"shop-front.png"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->preview()->kind(), Widgets::DocumentPreview::Kind::Image, 10000);
        QCOMPARE(panel()->preview()->imageSize(), QSize(320, 200));
        QVERIFY(panel()->preview()->details().contains(u"320 × 200"_s));
        Tests::screenshot(*m_page, u"documents-tab-image"_s);
    }

    void refusedBeforeSending_tooLargeOrNotADocument()
    {
        const int before = int(serverDocuments().size());
        const qint64 requests = m_kit.sandbox.server().apiRequestCount();
        const QString large = writeFile(u"statement-scan.pdf"_s, "%PDF-1.4\n", qint64(26) * 1024 * 1024);
        const QString zip = writeFile(u"statement.pdf"_s, QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10), 4096);
        Widgets::DocumentUploadDialog* dialog = panel()->upload({ large, zip });
        QCOMPARE(dialog->queue()->state(0), UploadState::Refused);
        QVERIFY2(dialog->queue()->message(0).contains(u"up to 25 MB"_s), qPrintable(dialog->queue()->message(0)));
        QCOMPARE(dialog->queue()->state(1), UploadState::Refused);
        QVERIFY2(dialog->queue()->message(1).contains(u"only PDF, PNG, JPEG, TIFF and plain-text"_s),
            qPrintable(dialog->queue()->message(1)));
        QVERIFY(!dialog->uploadButton()->isEnabled());
        QTest::qWait(100);
        QCOMPARE(m_kit.sandbox.server().apiRequestCount(), requests); // nothing was sent
        QCOMPARE(serverDocuments().size(), before);
    }

    void cancelledHalfway_leavesNothing_andRetryUploads()
    {
        const int before = int(serverDocuments().size());
        const QString statement = writeFile(u"bank-statement-12m.pdf"_s, "%PDF-1.4\n", qint64(20) * 1024 * 1024);
        Widgets::DocumentUploadDialog* dialog = panel()->upload({ statement });
        QCOMPARE(dialog->queue()->upload(0).documentType, u"bank_statement"_s);
        bool cancelled = false;
        connect(dialog->queue(), &QAbstractItemModel::dataChanged, dialog, [&] {
            const int percent = dialog->queue()
                                    ->index(0, Models::DocumentUploadQueue::StatusColumn)
                                    .data(Models::DocumentUploadQueue::ProgressRole)
                                    .toInt();
            if (!cancelled && percent > 0 && percent < 100) {
                cancelled = true;
                Tests::screenshot(*dialog, u"document-upload-progress"_s);
                dialog->cancelButton()->click();
            }
        });
        dialog->uploadButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->state(0), UploadState::Cancelled, 20000);
        QVERIFY(cancelled);
        QTest::qWait(200);
        QCOMPARE(serverDocuments().size(), before); // no half document
        QVERIFY(dialog->retryButton()->isEnabled());
        cancelled = true; // let it run this time
        dialog->retryButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->state(0), UploadState::Uploaded, 30000);
        QCOMPARE(serverDocuments().size(), before + 1);
    }

    void details_editedAndMovedToAnotherRecord()
    {
        QVERIFY(loader()->documents()->rowCount() > 0);
        const Core::Document document = loader()->documents()->record(0);
        const Core::BankAccount bank = loader()->banks()->record(0);
        panel()->select(document.id);
        auto* editButton = panel()->findChildren<QPushButton*>().at(1);
        QCOMPARE(editButton->text(), u"Edit &Details…"_s);
        editButton->click();
        auto* dialog = m_page->findChild<Widgets::RecordFormDialog*>();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(u"documentNameEdit"_s);
        QCOMPARE(name->text(), document.name);
        name->selectAll();
        QTest::keyClicks(name, u"Statement April-September.pdf"_s);
        auto* related = dialog->findChild<QComboBox*>(u"relatedCombo"_s);
        related->setCurrentIndex(related->findData(bank.id));
        Q_EMIT related->activated(related->currentIndex());
        auto* type = dialog->findChild<QComboBox*>(u"documentTypeCombo"_s);
        type->setCurrentIndex(type->findData(u"bank_statement"_s));
        Q_EMIT type->activated(type->currentIndex());
        Tests::screenshot(*dialog, u"document-details"_s);
        const QPointer<Widgets::RecordFormDialog> open = dialog; // deleted once closed
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        const QJsonObject saved = m_kit.sandbox.get(u"/v1/crm/documents/"_s + document.id + u'/').object();
        QCOMPARE(saved[u"name"_s].toString(), u"Statement April-September.pdf"_s);
        QCOMPARE(saved[u"related_model"_s].toString(), u"bank"_s);
        QCOMPARE(saved[u"related_model_id"_s].toString(), bank.id);
        QCOMPARE(saved[u"document_type"_s].toString(), u"bank_statement"_s);
        const int row = shownRow(u"Statement April-September.pdf"_s);
        QVERIFY(row >= 0);
        QVERIFY(shown(row, Models::LeadRecordModels::DocumentRelated).startsWith(u"Bank account"_s));

        // The bank account's Documents button shows it, and only the account's documents.
        m_page->findChild<QTableView*>(u"banksTable"_s)->selectRow(loader()->banks()->rowOf(bank.id));
        m_page->findChild<QPushButton*>(u"bankDocumentsButton"_s)->click();
        QVERIFY(shownRow(u"Statement April-September.pdf"_s) >= 0);
        for (int shownRowIndex = 0; shownRowIndex < panel()->table()->model()->rowCount(); ++shownRowIndex) {
            QVERIFY(shown(shownRowIndex, Models::LeadRecordModels::DocumentRelated).startsWith(u"Bank account"_s));
        }
    }

    void droppedTextFile_uploadsAndPreviewsItsText()
    {
        QFile notes(m_files.filePath(u"visit-notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Visited the shop on 12 March.\nStock looked healthy.\n");
        notes.close();
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(notes.fileName()) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel(), &drop);
        auto* dialog = m_page->findChild<Widgets::DocumentUploadDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->queue()->rowCount(), 1);
        QCOMPARE(dialog->queue()->upload(0).name, u"visit-notes.txt"_s);
        dialog->uploadButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->state(0), UploadState::Uploaded, 10000);
        panel()->select(documentId(u"visit-notes.txt"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->preview()->kind(), Widgets::DocumentPreview::Kind::Text, 10000);
        QVERIFY(panel()->preview()->findChild<QPlainTextEdit*>()->toPlainText().startsWith(u"Visited the shop"_s));
    }

    void tiffScan_previewsAsAPicture()
    {
        const QString tiff = writeImage(u"gst-certificate-scan.tif"_s, QSize(600, 840));
        Widgets::DocumentUploadDialog* dialog = panel()->upload({ tiff });
        QCOMPARE(dialog->queue()->upload(0).documentType, u"gst_certificate"_s);
        dialog->uploadButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->state(0), UploadState::Uploaded, 10000);
        panel()->select(documentId(u"gst-certificate-scan.tif"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->preview()->kind(), Widgets::DocumentPreview::Kind::Image, 10000);
        QCOMPARE(panel()->preview()->imageSize(), QSize(600, 840));
    }

    void opened_savedAs_andDeleted()
    {
        const QString png = writeImage(u"cheque.png"_s, QSize(120, 60));
        Widgets::DocumentUploadDialog* dialog = panel()->upload({ png });
        dialog->uploadButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queue()->state(0), UploadState::Uploaded, 10000);
        dialog->close();
        const QString id = documentId(u"cheque.png"_s);
        panel()->select(id);
        QTRY_COMPARE_WITH_TIMEOUT(panel()->preview()->kind(), Widgets::DocumentPreview::Kind::Image, 10000);

        // Open: a temporary copy only its owner can read, handed to the system viewer.
        const QString opened = panel()->openSelected();
        QVERIFY(!opened.isEmpty());
        QCOMPARE(m_viewer.opened.last(), QUrl::fromLocalFile(opened));
        QCOMPARE(QFile::permissions(opened) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QFile original(png);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // Save As: the whole file where the user chose.
        const QString path = m_files.filePath(u"saved-cheque.png"_s);
        Widgets::FileDialog::setNextSaveName(path);
        panel()->saveSelected();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->message().startsWith(u"Saved to"_s), 10000);
        QCOMPARE(QFileInfo(path).size(), QFileInfo(png).size());

        // Delete names the file and removes it from the server.
        const int before = loader()->documents()->rowCount();
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        panel()->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(loader()->documents()->rowCount(), before - 1, 10000);
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/documents/"_s + id + u'/').status, 404);
        QVERIFY(panel()->selectedId() != id);
        QVERIFY(!panel()->preview()->details().contains(u"cheque.png"_s)); // no longer shown
    }
};

QTEST_MAIN(DocumentsTest)
#include "documents_test.moc"
