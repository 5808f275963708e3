// The citizen-facing second screen (CustomerDisplay), offscreen: each screen shows what it should (the
// applicant's name with the ID number masked but for its last four digits, the papers, the fee with a
// VietQR code that decodes back to its payload, the appointment), clear() leaves nothing of the previous
// applicant in any label or accessible text of the widget tree, a click on each rating button emits its
// level and goes back to the welcome screen, every button is named as it reads, and the display only
// moves to a second screen when there is one.
#include "core/Translations.h"
#include "ui/Accessibility.h"
#include "ui/CustomerDisplay.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

#include <ZXing/ReadBarcode.h>

using namespace motcua;
using ui::CustomerDisplay;

namespace {

const QString kName = QStringLiteral("Nguyễn Thị Minh Khai");
const QString kId = QStringLiteral("001190012345");
const QString kPhone = QStringLiteral("0912345678");
const QString kPaper = QStringLiteral("Giấy chứng nhận quyền sử dụng đất");
const QString kQr = QStringLiteral("00020101021238570010A000000727012700069704220113VQRQ00012345670208QRIBFTTA"
                                   "530370454061500005802VN6304ABCD");

// Every text a person or a screen reader could get from the display.
QStringList allTexts(const QWidget* root)
{
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        texts << label->text();
        if (!label->pixmap().isNull())
            texts << QStringLiteral("<picture in %1>").arg(label->objectName());
    }
    for (const QWidget* w : root->findChildren<QWidget*>())
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip() << w->windowTitle();
    return texts;
}

bool mentions(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts)
        if (t.contains(needle))
            return true;
    return false;
}

QString labelText(const CustomerDisplay& d, const char* name)
{
    return d.findChild<QLabel*>(QLatin1String(name))->text();
}

// The visible page of the display shows this label.
bool showing(const CustomerDisplay& d, const char* name)
{
    const QLabel* label = d.findChild<QLabel*>(QLatin1String(name));
    return label && label->isVisible();
}

QString decodeQr(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    const auto result = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}

} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void eachScreenShowsItsData()
    {
        CustomerDisplay d;
        d.show();
        QVERIFY(d.isWindow());
        QCOMPARE(d.objectName(), QStringLiteral("customerDisplay"));
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Welcome);
        QVERIFY(mentions(allTexts(&d), QStringLiteral("Xin kính chào")));

        d.showApplicant(kName, kId, kPhone);
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Applicant);
        QVERIFY(showing(d, "customerName"));
        QCOMPARE(labelText(d, "customerName"), kName);
        QCOMPARE(labelText(d, "customerId"), QString(8, QChar(0x2022)) + QStringLiteral("2345"));
        QVERIFY(!mentions(allTexts(&d), kId)); // the full number is nowhere
        QVERIFY(!mentions(allTexts(&d), QStringLiteral("00119001")));
        QCOMPARE(labelText(d, "customerPhone"), QStringLiteral("091") + QString(4, QChar(0x2022)) + "678");

        d.showPapers({ { kPaper, 1 }, { QStringLiteral("Tờ khai <b>đăng ký</b>"), 2 } });
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Papers);
        QVERIFY(showing(d, "customerPapers"));
        QVERIFY(!showing(d, "customerName"));
        QVERIFY(labelText(d, "customerPapers").contains(kPaper + QStringLiteral(": 1 bản")));
        QVERIFY(labelText(d, "customerPapers").contains(QStringLiteral("Tờ khai <b>đăng ký</b>: 2 bản")));
        QCOMPARE(d.findChild<QLabel*>("customerPapers")->textFormat(), Qt::PlainText);

        d.showFee(150000, kQr);
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Fee);
        QCOMPARE(labelText(d, "customerFee"), QStringLiteral("150.000 đồng"));
        const QPixmap qr = d.findChild<QLabel*>("customerQr")->pixmap();
        QVERIFY(!qr.isNull());
        QCOMPARE(decodeQr(qr), kQr);
        QVERIFY(showing(d, "customerQr"));

        d.showAppointment(QDate(2026, 12, 17));
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Appointment);
        QVERIFY(labelText(d, "customerAppointment").contains(QStringLiteral("17/12/2026")));
        QVERIFY(showing(d, "customerAppointment"));
    }

    void clearLeavesNothingOfTheApplicant()
    {
        CustomerDisplay d;
        d.show();
        d.showApplicant(kName, kId, kPhone);
        d.showPapers({ { kPaper, 3 } });
        d.showFee(1250000, kQr);
        d.showAppointment(QDate(2026, 12, 17));
        QStringList before = allTexts(&d);
        QVERIFY(mentions(before, kName) && mentions(before, kPaper) && mentions(before, QStringLiteral("1.250.000")));
        QVERIFY(mentions(before, QStringLiteral("<picture in customerQr>")));
        d.clear();
        const QStringList after = allTexts(&d);
        for (const QString& needle : { kName, QStringLiteral("2345"), QStringLiteral("678"), kPaper,
                 QStringLiteral("1.250.000"), QStringLiteral("17/12/2026"), QStringLiteral("<picture") })
            QVERIFY2(!mentions(after, needle), qPrintable(needle));
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Welcome);
        // The next citizen sees only their own details.
        d.showApplicant(QStringLiteral("Trần Văn B"), QStringLiteral("079088000111"), QString());
        QVERIFY(!mentions(allTexts(&d), kName));
        // The welcome screen clears too.
        d.showWelcome();
        QVERIFY(!mentions(allTexts(&d), QStringLiteral("Trần Văn B")));
    }

    void ratingButtonsEmitTheirLevel_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("very") << "ratingVerySatisfied" << QStringLiteral("Rất hài lòng") << 1;
        QTest::newRow("satisfied") << "ratingSatisfied" << QStringLiteral("Hài lòng") << 2;
        QTest::newRow("not") << "ratingNotSatisfied" << QStringLiteral("Không hài lòng") << 3;
    }

    void ratingButtonsEmitTheirLevel()
    {
        QFETCH(QString, button);
        QFETCH(QString, text);
        QFETCH(int, level);
        CustomerDisplay d;
        d.show();
        d.showApplicant(kName, kId, kPhone);
        d.askRating();
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Rating);
        auto* b = d.findChild<QPushButton*>(button);
        QVERIFY(b && b->isVisible());
        QCOMPARE(b->text(), text);
        QCOMPARE(b->accessibleName(), text);
        QVERIFY(b->height() >= 100); // large enough for a finger
        QSignalSpy rated(&d, &CustomerDisplay::rated);
        QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(rated.size(), 1);
        QCOMPARE(rated.first().first().toInt(), level);
        QCOMPARE(d.screen(), CustomerDisplay::Screen::Welcome);
        QVERIFY(!mentions(allTexts(&d), kName));
    }

    void ratingByKeyboard()
    {
        CustomerDisplay d;
        d.show();
        d.askRating();
        QSignalSpy rated(&d, &CustomerDisplay::rated);
        auto* b = d.findChild<QPushButton*>("ratingSatisfied");
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Space);
        QCOMPARE(rated.size(), 1);
        QCOMPARE(rated.first().first().toInt(), 2);
    }

    void everyButtonIsNamed()
    {
        CustomerDisplay d;
        d.show();
        d.askRating();
        const auto buttons = d.findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 3);
        for (const QPushButton* b : buttons)
            QCOMPARE(b->accessibleName(), ui::accessibleText(b->text()));
        QVERIFY(!d.accessibleName().isEmpty());
        QVERIFY(!d.findChild<QLabel*>("customerQr")->accessibleName().isEmpty());
    }

    void secondScreenOnlyWhenThereIsOne()
    {
        CustomerDisplay d;
        const bool placed = d.placeOnSecondScreen();
        QCOMPARE(placed, QGuiApplication::screens().size() > 1);
        if (!placed)
            QVERIFY(!d.isFullScreen());
    }
};

QTEST_MAIN(TestCustomerDisplay)
#include "test_customerdisplay.moc"
