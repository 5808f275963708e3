// Every form rendered to PDF: pdftotext (poppler) finds its required fields with Vietnamese diacritics
// intact, the form set's number/title/legal basis, and pdffonts shows Liberation Serif embedded.
#include "tests/fixtures/forms/FormFixtures.h"
#include "tests/support/MockClock.h"
#include "ui/print/FormRenderer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::print;
using namespace motcua::test::forms;

class TestFormText : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // pdftotext breaks lines where the layout wrapped them; compare on single spaces.
    static QString flat(QString text) { return text.simplified(); }

    QString render(forms::FormKey key, const QString& formSet = {}, const QString& name = {})
    {
        PrintRequest request;
        request.key = key;
        request.dossier = sampleDossier();
        request.book = sampleBook(5);
        request.formSetId = formSet;
        const QString path = m_dir.filePath((name.isEmpty() ? forms::formKeyName(key) : name) + QStringLiteral(".pdf"));
        auto report = FormRenderer().renderPdf(request, path);
        if (!report.ok())
            qWarning() << report.error().message;
        return report.ok() ? path : QString();
    }

    void expectAll(const QString& text, const QStringList& needles)
    {
        for (const QString& n : needles)
            QVERIFY2(text.contains(n), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(n, text)));
    }

    QStringList commonHeader() const
    {
        return { QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
            QStringLiteral("BỘ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("CỤC TẦN SỐ VÔ TUYẾN ĐIỆN"),
            QStringLiteral("Hà Nội, ngày 12 tháng 08 năm 2025") };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(FormRenderer::ensureFonts().ok(), "Liberation Serif 2 (fonts-liberation2) must be installed");
    }

    void receipt()
    {
        const QString pdf = render(forms::FormKey::Receipt);
        QVERIFY(!pdf.isEmpty());
        const QString t = flat(pdfText(pdf));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 01"),
                QStringLiteral("Ban hành kèm theo Thông tư số 03/2025/TT-VPCP"), // received 12/08/2025: set B
                QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
                QStringLiteral("Mã hồ sơ: 000.00.25.G14-250812-0007"), QStringLiteral("Ông/Bà: Nguyễn Thị Phương Thảo"),
                QStringLiteral("001190012345"), QStringLiteral("phường Đống Đa, thành phố Hà Nội"),
                QStringLiteral("0912345678"), QStringLiteral("thao.nguyen@example.vn"),
                QStringLiteral("Nội dung yêu cầu giải quyết"), QStringLiteral("thuộc nghiệp vụ di động"),
                QStringLiteral("Chủ hồ sơ: Công ty TNHH Viễn thông Đông Á"), QStringLiteral("Tầng 5, 22 Láng Hạ"),
                QStringLiteral("Bản chính"), QStringLiteral("Bản sao"), QStringLiteral("chứng thực"),
                QStringLiteral("Tài liệu kỹ thuật của thiết bị"), QStringLiteral("Số lượng hồ sơ: 01 bộ"),
                QStringLiteral("20 ngày làm việc"), QStringLiteral("09 giờ 05 phút, ngày 12/08/2025"),
                QStringLiteral("17 giờ 00 phút, ngày 10/09/2025"), QStringLiteral("Qua dịch vụ bưu chính công ích"),
                QStringLiteral("Thu theo thông báo phí, lệ phí"), QStringLiteral("Quyển số: 2025, Số thứ tự: 7"),
                QStringLiteral("giấy ủy quyền"), QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("Trần Văn Đức") });
        // The embedded font is Liberation Serif only: no fallback font was needed for any letter.
        const QString fonts = pdfFonts(pdf);
        QVERIFY2(fonts.contains(QStringLiteral("LiberationSerif")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("DejaVu")), qPrintable(fonts));
        for (const QString& line : fonts.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("LiberationSerif")))
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb = yes
    }

    void receiptIn2018Set()
    {
        const QString pdf
            = render(forms::FormKey::Receipt, QStringLiteral("TT01-2018"), QStringLiteral("receipt-2018"));
        QVERIFY(!pdf.isEmpty());
        const QString t = flat(pdfText(pdf));
        expectAll(t,
            { QStringLiteral("Mẫu số 01"),
                QStringLiteral(
                    "Ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ") });
    }

    void supplementRequest()
    {
        const QString t = flat(pdfText(render(forms::FormKey::SupplementRequest)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 02"), QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                QStringLiteral("Số: 000.00.25.G14-250812-0007/HDHS"), QStringLiteral("Nguyễn Thị Phương Thảo"),
                QStringLiteral("0912345678"), QStringLiteral("thao.nguyen@example.vn"),
                QStringLiteral("Thiếu chữ ký của người đại diện theo pháp luật"),
                QStringLiteral("Giấy chứng nhận đăng ký doanh nghiệp"), QStringLiteral("Bản sao hết hạn"),
                QStringLiteral("Cổng Dịch vụ công quốc gia"), QStringLiteral("Lê Thị Hồng Nhung"),
                QStringLiteral("024 3556 4919"), QStringLiteral("số máy lẻ 215"), QStringLiteral("NGƯỜI HƯỚNG DẪN") });
    }

    void refusal()
    {
        const QString t = flat(pdfText(render(forms::FormKey::Refusal)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 03"), QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                QStringLiteral("không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể"),
                QStringLiteral("Hồ sơ cần thẩm định lại thông số kỹ thuật"), QStringLiteral("Nguyễn Thị Phương Thảo"),
                QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ") });
    }

    void controlSlip()
    {
        const QString t = flat(pdfText(render(forms::FormKey::ControlSlip)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 06"), QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
                QStringLiteral("Kèm theo hồ sơ của: Nguyễn Thị Phương Thảo"),
                QStringLiteral("000.00.25.G14-250812-0007"), QStringLiteral("Phòng Cấp phép tần số"),
                QStringLiteral("Trung tâm Tần số vô tuyến điện khu vực I"), QStringLiteral("TÊN CƠ QUAN"),
                QStringLiteral("1. Giao: Bộ phận Tiếp nhận và Trả kết quả"), QStringLiteral("2. Nhận: Phòng Cấp phép"),
                QStringLiteral("14 giờ 30 phút, ngày 12 tháng 08 năm 2025"), QStringLiteral("Đúng hạn"),
                QStringLiteral("Quá hạn"), QStringLiteral("Phạm Quốc Huy"), QStringLiteral("Chờ thẩm định") });
    }

    void apology()
    {
        const QString t = flat(pdfText(render(forms::FormKey::ApologyExtension)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 04"), QStringLiteral("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"),
                QStringLiteral("Số: 000.00.25.G14-250812-0007/PXL"), QStringLiteral("Kính gửi: Nguyễn Thị Phương Thảo"),
                QStringLiteral("Ngày 12/08/2025"), QStringLiteral("17 giờ 00 phút, ngày 10/09/2025"),
                QStringLiteral("Lý do chậm trễ: Hồ sơ cần thẩm định lại"), QStringLiteral("xin lỗi ông/bà"),
                QStringLiteral("17 giờ 00 phút, ngày 17/09/2025"), QStringLiteral("THỦ TRƯỞNG CƠ QUAN") });
        // Regime A's title for the same key.
        const QString a = flat(pdfText(
            render(forms::FormKey::ApologyExtension, QStringLiteral("TT01-2018"), QStringLiteral("apology-2018"))));
        expectAll(a, { QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ") });
    }

    void stopNotice()
    {
        const QString t = flat(pdfText(render(forms::FormKey::StopProcessingNotice)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 05"), QStringLiteral("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
                QStringLiteral("Kính gửi: Nguyễn Thị Phương Thảo"), QStringLiteral("thông báo dừng giải quyết hồ sơ"),
                QStringLiteral("lệ phí đã nộp được hoàn trả") });
        // Regime A has no such form: printed generically, without a form number line.
        const QString a = flat(pdfText(
            render(forms::FormKey::StopProcessingNotice, QStringLiteral("TT01-2018"), QStringLiteral("stop-2018"))));
        expectAll(a, { QStringLiteral("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ") });
        QVERIFY(!a.contains(QStringLiteral("Mẫu số")));
    }

    void feeNotice()
    {
        const QString t = flat(pdfText(render(forms::FormKey::FeeNotice)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("THÔNG BÁO PHÍ, LỆ PHÍ TẦN SỐ VÔ TUYẾN ĐIỆN"),
                QStringLiteral("Lệ phí cấp giấy phép sử dụng tần số vô tuyến điện"), QStringLiteral("1.500.000"),
                QStringLiteral("2.250.000"), QStringLiteral("Tổng cộng"), QStringLiteral("3.750.000"),
                QStringLiteral("Số tài khoản: 1234567890"), QStringLiteral("970418"),
                QStringLiteral("LE PHI HS 250812-0007"), QStringLiteral("VietQR") });
        QVERIFY(!t.contains(QStringLiteral("Mẫu số"))); // not part of the one-stop form set
    }

    void trackingBook()
    {
        const QString t = flat(pdfText(render(forms::FormKey::TrackingBook)));
        expectAll(t, commonHeader());
        expectAll(t,
            { QStringLiteral("Mẫu số 07"), QStringLiteral("SỔ THEO DÕI HỒ SƠ"),
                QStringLiteral("Từ ngày 01/08/2025 đến ngày 31/08/2025"), QStringLiteral("Quyển số: 2025"),
                QStringLiteral("Mã hồ sơ"), QStringLiteral("Đặng Văn Bình 1"), QStringLiteral("Đặng Văn Bình 5"),
                QStringLiteral("Ký nhận") });
    }

    void printDateDefaultsToClock()
    {
        test::MockClock clock(QDate(2027, 3, 1), QTime(9, 30));
        PrintRequest request;
        request.dossier = sampleDossier();
        request.dossier.letterhead.date = {};
        const QString path = m_dir.filePath(QStringLiteral("today.pdf"));
        QVERIFY(FormRenderer().renderPdf(request, path).ok());
        QVERIFY(flat(pdfText(path)).contains(QStringLiteral("Hà Nội, ngày 01 tháng 03 năm 2027")));
    }

    void refusesWithoutCode()
    {
        PrintRequest request;
        request.dossier = sampleDossier();
        request.dossier.code.clear();
        auto report = FormRenderer().renderPdf(request, m_dir.filePath(QStringLiteral("nocode.pdf")));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().field, QStringLiteral("code"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nocode.pdf"))));
    }
};

QTEST_MAIN(TestFormText)
#include "test_form_text.moc"
