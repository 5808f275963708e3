// Vietnamese text folding: turns names and addresses into a diacritic-free,
// case-free key for search ("Đặng Thị Ánh" matches "dang thi anh"), and into
// the plain ASCII notes that bank transfer (VietQR) notes require.
#pragma once

#include <QString>

namespace motcua {

// NFC, lower-case, diacritics removed, đ/Đ -> d; for search keys. Whitespace
// runs become one space.
QString foldVietnamese(const QString& text);
// "Lệ phí HS 250312-0007" -> "LE PHI HS 250312-0007": folded, upper-case, only
// A-Z 0-9 space and
// - . / , : kept (anything else becomes a space), spaces collapsed and trimmed.
QString asciiUpperNote(const QString& text);

} // namespace motcua
