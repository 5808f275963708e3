// Data shared by the CLI tests that drive a desk against motcua-central (test_cli_sync, test_cli_feed):
// the accounts' passwords, the fixed "now", one citizen's intake and the central binary's path.
#pragma once

#include <QFileInfo>
#include <QString>

namespace motcua::test::central_cli {

inline const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
inline const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");
inline const QString kNow = QStringLiteral("2025-03-12T09:05:00");

inline const char* const kIntake = R"({
  "procedure": "LOCAL-RF-001",
  "channel": "desk",
  "applicant": {"kind": "citizen", "name": "Nguyễn Văn An", "id_number": "001090012345",
                "birth_date": "1990-01-01", "phone": "0912345678", "email": "", "address": "12 Láng Hạ, Hà Nội"},
  "owner": null,
  "documents": [],
  "return_method": "desk",
  "note": ""
})";

inline QString centralPath()
{
    return QFileInfo(QStringLiteral(MOTCUA_CENTRAL_PATH)).absoluteFilePath();
}

} // namespace motcua::test::central_cli
