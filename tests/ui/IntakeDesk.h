// Shared by the intake page's GUI tests: a three-paper procedure, the counter-effort counter, one intake
// page on a fixture store printing to PDF, and the keyboard walk to the papers step.
#pragma once

#include "tests/support/StoreFixture.h"

#include "core/SiteConfig.h"
#include "ui/FileListPaperFiles.h"
#include "ui/IntakePage.h"
#include "ui/ProcedureListModel.h"
#include "ui/StoreWorker.h"
#include "ui/print/FormRenderer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

namespace motcua::test {

const QString kCode = QStringLiteral("1.099999");

// A complete catalogue entry with three papers, a known fee and a time limit.
QJsonArray threePaperProcedure()
{
    const char* json = R"([{"code": "1.099999", "name_vi": "Cấp giấy chứng nhận thử nghiệm ba giấy tờ",
        "field": "Thử nghiệm", "agency": "Phòng Cấp phép",
        "time_limit": {"value": 5, "unit": "working_days", "note": ""}, "channels": ["desk", "postal"],
        "components": [{"id": "don", "name_vi": "Đơn đề nghị", "originals": 1, "copies": 0},
            {"id": "cccd", "name_vi": "Bản sao thẻ căn cước", "originals": 0, "copies": 1},
            {"id": "tai-lieu", "name_vi": "Tài liệu kỹ thuật", "originals": 1, "copies": 0}],
        "fees": [{"name_vi": "Lệ phí cấp giấy chứng nhận", "amount_vnd": 150000, "note": ""}],
        "legal_basis": ["Thông tư thử nghiệm"], "verified": true, "source": "test"}])";
    return QJsonDocument::fromJson(json).array();
}

// Counts the key presses and clicks of a scripted walk; typed names and numbers are not counted.
struct Effort {
    int count = 0;
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ++count;
        QWidget* target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the keyboard focus");
        QTest::keyClick(target, k, mods);
    }
    void click(QAbstractButton* button)
    {
        ++count;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void type(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the keyboard focus");
        for (const QChar c : text) {
            if (c.unicode() < 128) { // what QTest maps to keys
                QTest::keyClick(target, char(c.unicode()));
            } else { // a Vietnamese letter, as an input method (or a keyboard-wedge scanner) sends it
                QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }
};

// One intake page on a fixture store, printing to PDF files in the fixture's folder.
struct Desk {
    StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::IntakePage> page;
    QList<forms::FormKey> printed;
    QStringList pdfs;
    SiteConfig site = SiteConfig::demo();

    bool setUp()
    {
        if (!f.setUp())
            return false;
        auto imported = f.store->importCatalogue(f.admin, threePaperProcedure(), QDate(2025, 1, 1));
        if (!imported) {
            qWarning() << imported.error().message;
            return false;
        }
        site.setSection(QStringLiteral("payment"),
            { { QStringLiteral("bin"), QStringLiteral("970418") },
                { QStringLiteral("account"), QStringLiteral("1234567890") },
                { QStringLiteral("account_name"), QStringLiteral("Cục Tần số vô tuyến điện") } });
        auto opened = store::Store::open(f.dbPath());
        if (!opened)
            return false;
        worker = std::make_unique<ui::StoreWorker>(std::move(opened.value()));
        return true;
    }

    // Opens the page as `actor` (the clerk by default) and waits for the catalogue.
    bool open(std::optional<store::Actor> actor = std::nullopt)
    {
        page = std::make_unique<ui::IntakePage>(*worker, actor.value_or(f.clerk), site, f.dir.path());
        page->setPrintSink([this](const print::PrintRequest& request) -> Status {
            const QString pdf = f.dir.filePath(QStringLiteral("printed-%1.pdf").arg(pdfs.size() + 1));
            auto report = print::FormRenderer().renderPdf(request, pdf);
            if (!report)
                return report.error();
            printed << request.key;
            pdfs << pdf;
            return {};
        });
        QSignalSpy loaded(page.get(), &ui::IntakePage::catalogueLoaded);
        page->resize(1100, 800);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        return loaded.count() > 0 || loaded.wait(10000);
    }

    template <typename T> T* find(const QString& name) const
    {
        T* w = page->findChild<T*>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    QLineEdit* edit(const QString& name) const { return find<QLineEdit>(name); }
};

// From the procedure search to the papers step, by keyboard: the applicant typed field by field.
inline void walkToPapers(Desk& d, Effort& e, const QString& id = QStringLiteral("001090012345"))
{
    Effort::type(QStringLiteral("ba giay to")); // without diacritics
    QCOMPARE(d.page->procedureModel()->procedureAt(0)->code, kCode);
    e.key(Qt::Key_Return);
    QCOMPARE(d.page->step(), ui::IntakePage::Step::Applicant);
    QCOMPARE(QApplication::focusWidget(), d.edit(QStringLiteral("intake_applicant_id")));
    Effort::type(id);
    e.key(Qt::Key_Return);
    Effort::type(QStringLiteral("Nguyễn Văn An"));
    e.key(Qt::Key_Return);
    Effort::type(QStringLiteral("17/05/1990"));
    e.key(Qt::Key_Return);
    Effort::type(QStringLiteral("0912345678"));
    e.key(Qt::Key_Return);
    Effort::type(QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội"));
    e.key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.page->step(), ui::IntakePage::Step::Papers);
}

} // namespace motcua::test
