// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

//! The Hindi catalogue, message by message: complete, and each translation keeps what the code and the
//! keyboard rely on — the placeholders (%1, %L1, %n) and the accelerator letter of every label and menu.
class TranslationTest : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        bool unfinished = false;
        bool plural = false;
    };

    static QList<Message> readCatalogue(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<Message> messages;
        QString context;
        Message message;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"message"_s) {
                message = Message { context, {}, {}, false, xml.attributes().value(u"numerus"_s) == u"yes"_s };
            } else if (xml.isStartElement() && xml.name() == u"source"_s) {
                message.source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation"_s) {
                const QStringView type = xml.attributes().value(u"type"_s);
                message.unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
                if (!message.plural) {
                    message.translations = { xml.readElementText() };
                } // a plural message holds one <numerusform> per form instead
            } else if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                message.translations.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == u"message"_s) {
                messages.append(message);
            }
        }
        return xml.hasError() ? QList<Message>() : messages;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(u"%(L?[0-9]+|n)"_s);
        QStringList found;
        for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
            found.append(match.captured());
        }
        found.sort();
        return found;
    }

    //! The letter after a single & (a && is a literal ampersand), upper-cased; empty when there is none.
    static QString accelerator(QString text)
    {
        text.remove(u"&&"_s);
        static const QRegularExpression pattern(u"&(\\S)"_s);
        const QRegularExpressionMatch match = pattern.match(text);
        return match.hasMatch() ? match.captured(1).toUpper() : QString();
    }

    QList<Message> m_hindi;

    //! Every translation whose \a feature differs from its source's, as "source → translation".
    template<typename Feature> QStringList differing(Feature feature) const
    {
        QStringList wrong;
        for (const Message& message : std::as_const(m_hindi)) {
            for (const QString& translation : message.translations) {
                if (feature(translation) != feature(message.source)) {
                    wrong.append(message.source + u" → "_s + translation);
                }
            }
        }
        return wrong;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hindi = readCatalogue(QStringLiteral(CREGO_TRANSLATIONS_DIR "/crego-desk_hi.ts"));
        QVERIFY2(m_hindi.size() > 1000, "the Hindi catalogue could not be read");
    }

    void hindi_everyMessageIsTranslated()
    {
        QStringList missing;
        for (const Message& message : std::as_const(m_hindi)) {
            const bool empty = std::any_of(message.translations.begin(), message.translations.end(),
                [](const QString& text) { return text.trimmed().isEmpty(); });
            if (message.unfinished || message.translations.isEmpty() || empty) {
                missing.append(message.context + u": "_s + message.source);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void hindi_keepsEveryPlaceholder()
    {
        const QStringList wrong = differing(&TranslationTest::placeholders);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void hindi_keepsEveryAccelerator()
    {
        const QStringList wrong = differing(&TranslationTest::accelerator);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void hindi_isWrittenInDevanagari()
    {
        // Codes (PAN, IFSC, SMA-1), key names and file-name patterns stay in Latin letters; the rest is Hindi.
        static const QRegularExpression devanagari(u"[\\x{0900}-\\x{097F}]"_s);
        qsizetype inHindi = 0;
        for (const Message& message : std::as_const(m_hindi)) {
            inHindi += message.translations.value(0).contains(devanagari) ? 1 : 0;
        }
        QVERIFY2(inHindi * 10 >= m_hindi.size() * 9,
            qPrintable(u"%1 of %2 messages are in Devanagari"_s.arg(inHindi).arg(m_hindi.size())));
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "translation_test.moc"
