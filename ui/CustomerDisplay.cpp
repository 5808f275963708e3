#include "ui/CustomerDisplay.h"

#include "core/DateFormat.h"
#include "ui/Accessibility.h"
#include "ui/print/Barcode.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

// The VietQR code drawn module by module with a quiet zone of four modules, `side` pixels wide.
QPixmap customerQr(const QString& payload, int side)
{
    auto matrix = print::BarcodeMatrix::encode(print::BarcodeMatrix::Format::QRCode, payload);
    if (!matrix)
        return {};
    const int modules = matrix->width() + 8;
    const int scale = std::max(1, side / modules);
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    for (int y = 0; y < matrix->height(); ++y)
        for (int x = 0; x < matrix->width(); ++x)
            if (matrix->dark(x, y))
                painter.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale, Qt::black);
    painter.end();
    return QPixmap::fromImage(image);
}

QLabel* captionLabel(const QString& text, int pointSize, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSize(pointSize);
    label->setFont(f);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

CustomerDisplay::CustomerDisplay(QWidget* parent) : QWidget(parent, Qt::Window), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Customer display"));
    setAccessibleName(tr("Customer display"));
    m_stack->addWidget(buildWelcome());
    m_stack->addWidget(buildApplicant());
    m_stack->addWidget(buildPapers());
    m_stack->addWidget(buildFee());
    m_stack->addWidget(buildAppointment());
    m_stack->addWidget(buildRating());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    resize(1024, 768);
    showWelcome();
}

QLabel* CustomerDisplay::bigLabel(const char* objectName, int pointSize, QWidget* parent)
{
    auto* label = captionLabel(QString(), pointSize, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText); // names come from people: never read as HTML
    return label;
}

QWidget* CustomerDisplay::buildWelcome()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(captionLabel(tr("Welcome"), 40, page));
    layout->addWidget(
        captionLabel(tr("Please check the details shown on this screen as the clerk enters them."), 20, page));
    layout->addStretch();
    return page;
}

QWidget* CustomerDisplay::buildApplicant()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->addWidget(captionLabel(tr("Please check your details"), 32, page), 0, 0, 1, 2);
    m_name = bigLabel("customerName", 28, page);
    m_id = bigLabel("customerId", 28, page);
    m_phone = bigLabel("customerPhone", 28, page);
    const QList<std::pair<QString, QLabel*>> rows
        = { { tr("Full name:"), m_name }, { tr("ID number:"), m_id }, { tr("Phone:"), m_phone } };
    for (int i = 0; i < rows.size(); ++i) {
        auto* caption = captionLabel(rows[i].first, 24, page);
        caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows[i].second->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(caption, i + 1, 0);
        grid->addWidget(rows[i].second, i + 1, 1);
    }
    grid->setRowStretch(rows.size() + 1, 1);
    return page;
}

QWidget* CustomerDisplay::buildPapers()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(captionLabel(tr("Papers received"), 32, page));
    m_papers = bigLabel("customerPapers", 24, page);
    m_papers->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_papers, 1);
    return page;
}

QWidget* CustomerDisplay::buildFee()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(captionLabel(tr("Fee to pay"), 32, page));
    m_amount = bigLabel("customerFee", 40, page);
    m_qr = bigLabel("customerQr", 12, page);
    m_qr->setAccessibleName(tr("VietQR code for the transfer"));
    layout->addWidget(m_amount);
    layout->addWidget(m_qr, 1);
    layout->addWidget(captionLabel(tr("To pay by transfer, scan the code with your banking app."), 20, page));
    return page;
}

QWidget* CustomerDisplay::buildAppointment()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(captionLabel(tr("Please come back for your result on"), 32, page));
    m_appointment = bigLabel("customerAppointment", 48, page);
    layout->addWidget(m_appointment);
    layout->addStretch();
    return page;
}

QWidget* CustomerDisplay::buildRating()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(captionLabel(tr("How satisfied are you with our service?"), 32, page));
    const QList<std::tuple<QString, const char*, int>> choices = { { tr("Very satisfied"), "ratingVerySatisfied", 1 },
        { tr("Satisfied"), "ratingSatisfied", 2 }, { tr("Not satisfied"), "ratingNotSatisfied", 3 } };
    for (const auto& [text, name, level] : choices) {
        auto* button = new QPushButton(text, page);
        button->setObjectName(QString::fromLatin1(name));
        button->setAccessibleName(accessibleText(text));
        button->setMinimumHeight(140); // a finger's width and more on a touch screen
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setAttribute(Qt::WA_AcceptTouchEvents);
        QFont f = button->font();
        f.setPointSize(32);
        f.setBold(true);
        button->setFont(f);
        connect(button, &QPushButton::clicked, this, [this, level = level] {
            showWelcome();
            emit rated(level);
        });
        layout->addWidget(button, 1);
        m_ratingButtons.append(button);
    }
    return page;
}

void CustomerDisplay::go(Screen screen)
{
    m_screen = screen;
    m_stack->setCurrentIndex(int(screen));
}

bool CustomerDisplay::placeOnSecondScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return false;
    QScreen* target = screens.last() == QGuiApplication::primaryScreen() ? screens.first() : screens.last();
    setScreen(target);
    setGeometry(target->geometry());
    showFullScreen();
    return true;
}

QString CustomerDisplay::maskedId(const QString& idNumber)
{
    const QString id = idNumber.trimmed();
    if (id.size() <= 4)
        return id;
    return QString(id.size() - 4, QChar(0x2022)) + id.right(4);
}

QString CustomerDisplay::maskedPhone(const QString& phone)
{
    const QString p = phone.trimmed();
    if (p.size() <= 6)
        return p;
    return p.left(3) + QString(p.size() - 6, QChar(0x2022)) + p.right(3);
}

QString CustomerDisplay::moneyText(qint64 amountVnd)
{
    QString digits = QString::number(amountVnd < 0 ? -amountVnd : amountVnd);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return tr("%1 dong").arg(amountVnd < 0 ? QLatin1Char('-') + digits : digits);
}

void CustomerDisplay::showWelcome()
{
    clear();
}

void CustomerDisplay::showApplicant(const QString& name, const QString& idNumber, const QString& phone)
{
    m_name->setText(name.trimmed());
    m_id->setText(maskedId(idNumber));
    m_phone->setText(maskedPhone(phone));
    go(Screen::Applicant);
}

void CustomerDisplay::showPapers(const QList<CustomerPaper>& papers)
{
    QStringList lines;
    for (const CustomerPaper& paper : papers)
        lines << tr("%1: %2 copies").arg(paper.name).arg(paper.count);
    m_papers->setText(lines.join(QLatin1Char('\n')));
    go(Screen::Papers);
}

void CustomerDisplay::showFee(qint64 amountVnd, const QString& vietQrPayload)
{
    m_amount->setText(moneyText(amountVnd));
    m_qr->setPixmap(vietQrPayload.isEmpty() ? QPixmap() : customerQr(vietQrPayload, 420));
    go(Screen::Fee);
}

void CustomerDisplay::showAppointment(const QDate& date)
{
    m_appointment->setText(displayDate(date));
    go(Screen::Appointment);
}

void CustomerDisplay::askRating()
{
    go(Screen::Rating);
    if (!m_ratingButtons.isEmpty())
        m_ratingButtons.first()->setFocus();
}

void CustomerDisplay::clear()
{
    for (QLabel* label : { m_name, m_id, m_phone, m_papers, m_amount, m_appointment })
        label->clear();
    m_qr->clear();
    go(Screen::Welcome);
}

} // namespace motcua::ui
