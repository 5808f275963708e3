// The desk window's print preview (QPrintPreviewDialog) draws the pages of a form through the print
// library's renderer: a long dossier gives several pages and no render error.
#include "tests/fixtures/forms/FormFixtures.h"
#include "ui/PrintPreview.h"

#include <QPrintPreviewWidget>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test::forms;

class TestPrintPreview : public QObject
{
    Q_OBJECT
private slots:
    void previewDialogDrawsPages()
    {
        print::PrintRequest request;
        request.dossier = longDossier();
        Error error;
        std::unique_ptr<QPrintPreviewDialog> dialog(ui::createPrintPreview(nullptr, request, {}, &error));
        QCOMPARE(dialog->objectName(), QStringLiteral("formPrintPreview"));
        dialog->show();
        auto* widget = dialog->findChild<QPrintPreviewWidget*>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 3);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        dialog->close();
    }
};

QTEST_MAIN(TestPrintPreview)
#include "test_printpreview.moc"
