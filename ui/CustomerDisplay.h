// CustomerDisplay: the citizen-facing second screen at the counter. It shows what the clerk enters for
// the applicant to check (name, ID number masked but for its last four digits, phone), the papers
// received, the fee with its VietQR code, the appointment, and takes the satisfaction rating with three
// large buttons (touch or click). Plain values only (no store access). clear() between citizens wipes
// every text and picture, so that no other person's data ever stays on it. Vietnamese by default.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace motcua::ui {

struct CustomerPaper {
    QString name;
    int count = 0; // copies or pages received
};

class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    enum class Screen { Welcome, Applicant, Papers, Fee, Appointment, Rating };

    explicit CustomerDisplay(QWidget* parent = nullptr); // a top-level window even with a parent

    Screen screen() const { return m_screen; }
    // Shows the display full screen on the second monitor when there is one (true), else does nothing.
    bool placeOnSecondScreen();
    // "•••••••••1234": every character but the last four hidden.
    static QString maskedId(const QString& idNumber);
    // "090••••567": the first three and the last three digits shown.
    static QString maskedPhone(const QString& phone);
    // "1.250.000 đồng"
    static QString moneyText(qint64 amountVnd);

public Q_SLOTS:
    void showWelcome(); // clears first: the welcome screen carries nobody's data
    void showApplicant(const QString& name, const QString& idNumber, const QString& phone);
    void showPapers(const QList<motcua::ui::CustomerPaper>& papers);
    void showFee(qint64 amountVnd, const QString& vietQrPayload);
    void showAppointment(const QDate& date);
    void askRating();
    void clear();

Q_SIGNALS:
    // The citizen's rating as the store records it (StepRequest::rating): 1 very satisfied, 2 satisfied,
    // 3 not satisfied. The display then clears.
    void rated(int level);

private:
    QWidget* buildWelcome();
    QWidget* buildApplicant();
    QWidget* buildPapers();
    QWidget* buildFee();
    QWidget* buildAppointment();
    QWidget* buildRating();
    QLabel* bigLabel(const char* objectName, int pointSize, QWidget* parent);
    void go(Screen screen);

    Screen m_screen = Screen::Welcome;
    QStackedWidget* m_stack;
    QLabel* m_name;
    QLabel* m_id;
    QLabel* m_phone;
    QLabel* m_papers;
    QLabel* m_amount;
    QLabel* m_qr;
    QLabel* m_appointment;
    QList<QPushButton*> m_ratingButtons;
};

} // namespace motcua::ui
