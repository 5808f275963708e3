<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>BackupSet</name>
    <message>
        <source>The site's "backup" section needs a "folder", and "interval_minutes" and "keep" of 1 or more</source>
        <translation>Mục "backup" của tệp cấu hình quầy cần có "folder", và "interval_minutes" cùng "keep" từ 1 trở lên</translation>
    </message>
    <message>
        <source>The backup %1 has no readable manifest.json</source>
        <translation>Bản sao lưu %1 không có tệp manifest.json đọc được</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 is not a MotCua backup manifest</source>
        <translation>Tệp kê khai của bản sao lưu %1 không phải tệp kê khai sao lưu MotCua</translation>
    </message>
    <message>
        <source>The manifest names a path outside the backup: %1</source>
        <translation>Tệp kê khai ghi một đường dẫn nằm ngoài bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup lacks %1</source>
        <translation>Bản sao lưu bị thiếu %1</translation>
    </message>
    <message>
        <source>%1 in the backup is damaged (its size or SHA-256 differs from the manifest)</source>
        <translation>%1 trong bản sao lưu bị hỏng (kích thước hoặc SHA-256 khác với tệp kê khai)</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the content store; nothing was copied. Run the database check, then restore the file from an earlier backup</source>
        <translation>Tệp lưu trữ %1 bị thiếu trong kho tệp; chưa chép gì. Hãy chạy kiểm tra cơ sở dữ liệu, rồi khôi phục tệp từ một bản sao lưu trước đó</translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read (%2); nothing was copied. Check its permissions</source>
        <translation>Không đọc được tệp lưu trữ %1 (%2); chưa chép gì. Hãy kiểm tra quyền truy cập tệp</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check disk space and permissions</source>
        <translation>Không tạo được thư mục %1; hãy kiểm tra dung lượng đĩa và quyền truy cập</translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read (%2); nothing was copied. Check the disk</source>
        <translation>Không đọc được tệp lưu trữ %1 (%2); chưa chép gì. Hãy kiểm tra ổ đĩa</translation>
    </message>
    <message>
        <source>The disk holding %1 is full or refuses writes; nothing was copied. Free some space, then try again</source>
        <translation>Ổ đĩa chứa %1 đã đầy hoặc không cho ghi; chưa chép gì. Hãy giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); check disk space and permissions</source>
        <translation>Không ghi được %1 (%2); hãy kiểm tra dung lượng đĩa và quyền truy cập</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its SHA-256 differs from the one recorded); nothing was copied. Run the database check, then restore the file from an earlier backup</source>
        <translation>Tệp lưu trữ %1 bị hỏng (SHA-256 khác với giá trị đã ghi); chưa chép gì. Hãy chạy kiểm tra cơ sở dữ liệu, rồi khôi phục tệp từ một bản sao lưu trước đó</translation>
    </message>
</context>
<context>
    <name>BarcodeMatrix</name>
    <message>
        <source>There is nothing to encode in the barcode: the dossier code is empty. Print the form from a saved dossier.</source>
        <translation>Không có nội dung để mã hóa thành mã vạch: mã hồ sơ đang trống. Hãy in biểu mẫu từ một hồ sơ đã lưu.</translation>
    </message>
    <message>
        <source>The code "%1" contains a character that Code 128 cannot carry; only printable ASCII is allowed.</source>
        <translation>Mã "%1" chứa ký tự mà mã vạch Code 128 không mang được; chỉ dùng ký tự ASCII in được.</translation>
    </message>
    <message>
        <source>The barcode for "%1" could not be encoded (%2).</source>
        <translation>Không tạo được mã vạch cho "%1" (%2).</translation>
    </message>
    <message>
        <source>The barcode for "%1" came out empty.</source>
        <translation>Mã vạch tạo cho "%1" bị rỗng.</translation>
    </message>
</context>
<context>
    <name>ClosingSheetRenderer</name>
    <message>
        <source>paid less than due</source>
        <translation>nộp thiếu</translation>
    </message>
    <message>
        <source>paid more than due</source>
        <translation>nộp thừa</translation>
    </message>
    <message>
        <source>no fee notice</source>
        <translation>không có thông báo phí</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Cash (đồng)</source>
        <translation>Tiền mặt (đồng)</translation>
    </message>
    <message>
        <source>Transfer (đồng)</source>
        <translation>Chuyển khoản (đồng)</translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation>Tổng (đồng)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Số lần thu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Payments that do not match their fee notice: %1</source>
        <translation>Khoản thu không khớp thông báo phí: %1</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Due (đồng)</source>
        <translation>Phải nộp (đồng)</translation>
    </message>
    <message>
        <source>Paid (đồng)</source>
        <translation>Đã nộp (đồng)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>CLERK</source>
        <translation>CÁN BỘ THU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation>NGƯỜI KIỂM TRA</translation>
    </message>
    <message>
        <source>Audit chain head at printing (%1): entry %2, hash</source>
        <translation>Đầu chuỗi nhật ký kiểm toán khi in (%1): bản ghi %2, mã băm</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file could not be opened.</source>
        <translation>Không bắt đầu in được: không mở được máy in hoặc tệp PDF.</translation>
    </message>
    <message>
        <source>FEE CLOSING SHEET</source>
        <translation>BẢNG KÊ THU PHÍ, LỆ PHÍ CUỐI NGÀY</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Ngày %1 — %2</translation>
    </message>
    <message>
        <source>Fee closing sheet %1</source>
        <translation>Bảng kê thu phí, lệ phí ngày %1</translation>
    </message>
    <message>
        <source>The closing sheet lists each clerk's takings: only a supervisor prints it.</source>
        <translation>Bảng kê cuối ngày liệt kê số tiền thu của từng cán bộ: chỉ lãnh đạo bộ phận được in.</translation>
    </message>
</context>
<context>
    <name>DailyReportTable</name>
    <message>
        <source>Dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>hẹn trả %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tiền mặt</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>chuyển khoản</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Payments not matching their fee notice</source>
        <translation>Khoản thu không khớp thông báo phí</translation>
    </message>
    <message>
        <source>paid; due %1 đồng (%2)</source>
        <translation>đã nộp; phải nộp %1 đồng (%2)</translation>
    </message>
    <message>
        <source>paid; no fee notice</source>
        <translation>đã nộp; không có thông báo phí</translation>
    </message>
    <message>
        <source>Waiting for hand-over</source>
        <translation>Chờ bàn giao</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation>Đến hạn trong 2 ngày làm việc</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation>Chờ trả kết quả</translation>
    </message>
    <message>
        <source>Waiting for the applicant's supplement</source>
        <translation>Chờ công dân bổ sung</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Chờ nộp phí</translation>
    </message>
    <message>
        <source>Parked in sync</source>
        <translation>Bị giữ lại khi đồng bộ</translation>
    </message>
    <message>
        <source>Daily report of the one-stop desk</source>
        <translation>Báo cáo trong ngày của Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation>Hồ sơ tiếp nhận trong ngày</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Theo trạng thái</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Theo kênh</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>rất hài lòng</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>không hài lòng</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>No database in %1: run "motcua --data-dir %1 init" first.</source>
        <translation>Chưa có cơ sở dữ liệu trong %1: hãy chạy "motcua --data-dir %1 init" trước.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Không đồng bộ: %1</translation>
    </message>
    <message>
        <source>The dashboard cannot open the database.</source>
        <translation>Bảng điều khiển không mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Not syncing: the data folder is read-only</source>
        <translation>Không đồng bộ: thư mục dữ liệu chỉ đọc</translation>
    </message>
</context>
<context>
    <name>DeskCredential</name>
    <message>
        <source>No desk credential: run `motcua sync login` or set MOTCUA_CENTRAL_CREDENTIAL</source>
        <translation>Chưa có thông tin xác thực của quầy: chạy `motcua sync login` hoặc đặt biến MOTCUA_CENTRAL_CREDENTIAL</translation>
    </message>
    <message>
        <source>%1 can be read by other users; make it private (chmod 600)</source>
        <translation>Người dùng khác có thể đọc %1; hãy chỉ cho phép chủ sở hữu đọc (chmod 600)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Không tạo được %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>This form cannot be printed.</source>
        <translation>Không in được biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The form font %1 is missing or unreadable. Install the Debian package fonts-liberation2 (or set MOTCUA_FONT_DIR) and print again.</source>
        <translation>Thiếu hoặc không đọc được phông chữ biểu mẫu %1. Hãy cài gói Debian fonts-liberation2 (hoặc đặt MOTCUA_FONT_DIR) rồi in lại.</translation>
    </message>
    <message>
        <source>The form font in %1 lacks Vietnamese letters (%2). Install the Debian package fonts-liberation2 and print again.</source>
        <translation>Phông chữ biểu mẫu trong %1 thiếu chữ tiếng Việt (%2). Hãy cài gói Debian fonts-liberation2 rồi in lại.</translation>
    </message>
    <message>
        <source>The form "%1" needs a dossier code; print it from a received dossier.</source>
        <translation>Biểu mẫu "%1" cần mã hồ sơ; hãy in từ một hồ sơ đã tiếp nhận.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file could not be opened. Check the printer name or the output path and try again.</source>
        <translation>Không bắt đầu in được: không mở được máy in hoặc tệp PDF. Hãy kiểm tra tên máy in hoặc đường dẫn tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose a writable path.</source>
        <translation>Không ghi được tệp PDF %1: %2. Hãy chọn một đường dẫn ghi được.</translation>
    </message>
</context>
<context>
    <name>FormSetCatalog</name>
    <message>
        <source>Cannot open the form set file %1: %2.</source>
        <translation>Không mở được tệp bộ biểu mẫu %1: %2.</translation>
    </message>
    <message>
        <source>The form set file %1 is not valid JSON (%2). Fix the file and retry.</source>
        <translation>Tệp bộ biểu mẫu %1 không phải JSON hợp lệ (%2). Hãy sửa tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>Every form set needs an "id" and a "valid_from" date (yyyy-MM-dd).</source>
        <translation>Mỗi bộ biểu mẫu cần có "id" và ngày "valid_from" (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Form set %1: unknown form key "%2". Use receipt, supplement_request, refusal, control_slip, apology_extension, stop_processing_notice, tracking_book or fee_notice.</source>
        <translation>Bộ biểu mẫu %1: khóa biểu mẫu "%2" không tồn tại. Hãy dùng receipt, supplement_request, refusal, control_slip, apology_extension, stop_processing_notice, tracking_book hoặc fee_notice.</translation>
    </message>
    <message>
        <source>Form set %1: the form "%2" needs a title.</source>
        <translation>Bộ biểu mẫu %1: biểu mẫu "%2" cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Form sets %1 and %2 overlap or share an id; give each set its own id and non-overlapping validity dates.</source>
        <translation>Hai bộ biểu mẫu %1 và %2 trùng thời gian hiệu lực hoặc trùng id; hãy đặt cho mỗi bộ một id riêng và thời gian hiệu lực không chồng lấn.</translation>
    </message>
    <message>
        <source>The form set file defines no form set.</source>
        <translation>Tệp bộ biểu mẫu không khai báo bộ biểu mẫu nào.</translation>
    </message>
    <message>
        <source>Form set "%1" does not exist; choose one of: %2.</source>
        <translation>Bộ biểu mẫu "%1" không tồn tại; hãy chọn một trong các bộ: %2.</translation>
    </message>
    <message>
        <source>No form set is in force on %1; add one to the form set configuration.</source>
        <translation>Không có bộ biểu mẫu nào có hiệu lực vào ngày %1; hãy bổ sung vào cấu hình bộ biểu mẫu.</translation>
    </message>
</context>
<context>
    <name>IntakeDraft</name>
    <message>
        <source>Cannot read the intake draft %1: %2</source>
        <translation>Không đọc được bản nháp tiếp nhận %1: %2</translation>
    </message>
    <message>
        <source>The intake draft %1 is damaged (%2)</source>
        <translation>Bản nháp tiếp nhận %1 bị hỏng (%2)</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation>Không tạo được thư mục bản nháp %1</translation>
    </message>
    <message>
        <source>Cannot save the intake draft %1: %2</source>
        <translation>Không lưu được bản nháp tiếp nhận %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete the intake draft %1</source>
        <translation>Không xóa được bản nháp tiếp nhận %1</translation>
    </message>
</context>
<context>
    <name>IntakeParser</name>
    <message>
        <source>Unknown key "%1" in the intake file; remove it or check its spelling (see docs/cli.md)</source>
        <translation>Khóa "%1" trong tệp tiếp nhận không được hỗ trợ; hãy xóa hoặc kiểm tra chính tả (xem docs/cli.md)</translation>
    </message>
    <message>
        <source>Intake field "%1": %2</source>
        <translation>Trường "%1" của tệp tiếp nhận: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>cần là văn bản</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 1000</source>
        <translation>cần là số nguyên từ 0 đến 1000</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>cần là đối tượng</translation>
    </message>
    <message>
        <source>expected "citizen" or "business"</source>
        <translation>cần là "citizen" (công dân) hoặc "business" (tổ chức)</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>cần có họ tên</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>cần là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a citizen has "id_number", not "tax_code"</source>
        <translation>công dân dùng "id_number", không dùng "tax_code"</translation>
    </message>
    <message>
        <source>the identity number is required</source>
        <translation>cần có số định danh cá nhân</translation>
    </message>
    <message>
        <source>a business has "tax_code", not "id_number"</source>
        <translation>tổ chức dùng "tax_code", không dùng "id_number"</translation>
    </message>
    <message>
        <source>the tax code is required</source>
        <translation>cần có mã số thuế</translation>
    </message>
    <message>
        <source>the procedure code is required</source>
        <translation>cần có mã thủ tục</translation>
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation>cần là desk, postal hoặc online</translation>
    </message>
    <message>
        <source>the applicant is required</source>
        <translation>cần có thông tin người nộp</translation>
    </message>
    <message>
        <source>expected a list of component ids</source>
        <translation>cần là danh sách mã thành phần</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>cần là danh sách</translation>
    </message>
    <message>
        <source>the component id is required</source>
        <translation>cần có mã thành phần</translation>
    </message>
    <message>
        <source>file "%1" not found; give a path relative to the intake file</source>
        <translation>không tìm thấy tệp "%1"; hãy ghi đường dẫn tương đối so với tệp tiếp nhận</translation>
    </message>
    <message>
        <source>expected accept, request-supplement or refuse</source>
        <translation>cần là accept, request-supplement hoặc refuse</translation>
    </message>
    <message>
        <source>a reason is required when the dossier is not accepted</source>
        <translation>cần có lý do khi không tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>list the missing components when requesting a supplement</source>
        <translation>hãy liệt kê các thành phần còn thiếu khi yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Intake field "%1" contains a control or text-direction character (U+%2); remove it and type the text again</source>
        <translation>Trường "%1" của tệp tiếp nhận chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản (U+%2); hãy xóa và gõ lại</translation>
    </message>
    <message>
        <source>Intake field "%1" is too long: %2 characters, at most %3</source>
        <translation>Trường "%1" của tệp tiếp nhận quá dài: %2 ký tự, tối đa %3</translation>
    </message>
    <message>
        <source>"%1" is not a regular file (a link, folder or device is not accepted)</source>
        <translation>"%1" không phải là tệp thông thường (không chấp nhận liên kết, thư mục hoặc thiết bị)</translation>
    </message>
    <message>
        <source>file "%1" is outside the intake file's folder; copy it there (or allow files anywhere in the site file, section "intake")</source>
        <translation>tệp "%1" nằm ngoài thư mục của tệp tiếp nhận; hãy sao chép vào đó (hoặc cho phép tệp ở mọi nơi trong tệp cấu hình điểm, mục "intake")</translation>
    </message>
    <message>
        <source>file "%1" is %2 MB; the limit is %3 MB</source>
        <translation>tệp "%1" có dung lượng %2 MB; giới hạn là %3 MB</translation>
    </message>
    <message>
        <source>expected a list of file paths</source>
        <translation>cần một danh sách đường dẫn tệp</translation>
    </message>
    <message>
        <source>at most %1 files per document</source>
        <translation>tối đa %1 tệp cho mỗi thành phần hồ sơ</translation>
    </message>
    <message>
        <source>expected a file path (text)</source>
        <translation>cần một đường dẫn tệp (dạng văn bản)</translation>
    </message>
    <message>
        <source>expected a component id</source>
        <translation>cần mã thành phần hồ sơ</translation>
    </message>
    <message>
        <source>at most %1 documents</source>
        <translation>tối đa %1 thành phần hồ sơ</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>Tổng số hồ sơ phải giải quyết</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>New at the desk</source>
        <translation>Mới tiếp nhận trực tiếp</translation>
    </message>
    <message>
        <source>New by post</source>
        <translation>Mới tiếp nhận qua bưu chính</translation>
    </message>
    <message>
        <source>New online</source>
        <translation>Mới tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Resolved early</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>In progress within the limit</source>
        <translation>Đang giải quyết trong hạn</translation>
    </message>
    <message>
        <source>In progress past the limit</source>
        <translation>Đang giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Withdrawn, stopped or refused</source>
        <translation>Rút, dừng hoặc từ chối</translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS</source>
        <translation>BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS BY CHANNEL</source>
        <translation>BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO KÊNH TIẾP NHẬN</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
</context>
<context>
    <name>PrintableDossier</name>
    <message>
        <source>The field "%1" must be an ISO date-time such as 2025-03-12T09:05:00+07:00; got "%2".</source>
        <translation>Trường "%1" phải là ngày giờ theo ISO, ví dụ 2025-03-12T09:05:00+07:00; giá trị nhận được: "%2".</translation>
    </message>
    <message>
        <source>The tracking book needs "from" and "to" dates (yyyy-MM-dd), with "from" not after "to".</source>
        <translation>Sổ theo dõi hồ sơ cần ngày "from" và "to" (yyyy-MM-dd), trong đó "from" không sau "to".</translation>
    </message>
</context>
<context>
    <name>PrintableFromStore</name>
    <message>
        <source>The tracking book needs a first and a last date (yyyy-MM-dd), the first not after the last.</source>
        <translation>Sổ theo dõi hồ sơ cần ngày đầu và ngày cuối (yyyy-MM-dd), ngày đầu không sau ngày cuối.</translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <source>The printer "%1" does not exist. Available printers: %2. Check the name or start CUPS (scripts/start-cups.sh).</source>
        <translation>Máy in "%1" không tồn tại. Các máy in hiện có: %2. Hãy kiểm tra tên máy in hoặc khởi động CUPS (scripts/start-cups.sh).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>CUPS refused the print job for "%1": %2. Check that the printer is enabled and accepting jobs (lpstat -p).</source>
        <translation>CUPS từ chối lệnh in gửi tới "%1": %2. Hãy kiểm tra máy in đã được bật và đang nhận lệnh in (lpstat -p).</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Procedure %1: %2 is invalid (%3); correct the catalogue file</source>
        <translation>Thủ tục %1: %2 không hợp lệ (%3); hãy sửa tệp danh mục</translation>
    </message>
    <message>
        <source>A catalogue entry has no "code"; give every procedure its national code or a LOCAL- placeholder</source>
        <translation>Một mục trong danh mục không có "code"; hãy ghi mã quốc gia của thủ tục hoặc mã tạm LOCAL-</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>khóa không xác định</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <source>not a non-negative number</source>
        <translation>không phải số không âm</translation>
    </message>
    <message>
        <source>expected working_days, days, hours or same_day</source>
        <translation>cần là working_days, days, hours hoặc same_day</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>không phải đối tượng</translation>
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation>cần là desk, postal hoặc online</translation>
    </message>
    <message>
        <source>a component lacks id or name_vi</source>
        <translation>một thành phần thiếu id hoặc name_vi</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>id %1 bị trùng</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
</context>
<context>
    <name>SatisfactionSummary</name>
    <message>
        <source>SATISFACTION WITH THE HANDLING OF DOSSIERS</source>
        <translation>ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG VỀ GIẢI QUYẾT HỒ SƠ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>The image is empty: there is nothing to read barcodes from.</source>
        <translation>Ảnh trống: không có gì để đọc mã vạch.</translation>
    </message>
    <message>
        <source>Unknown barcode format %1. Use a ZXing format name such as QRCode or Code128.</source>
        <translation>Không biết loại mã vạch %1. Hãy dùng tên loại theo ZXing, ví dụ QRCode hoặc Code128.</translation>
    </message>
    <message>
        <source>Could not start the barcode helper: %1.</source>
        <translation>Không khởi động được tiến trình đọc mã vạch: %1.</translation>
    </message>
    <message>
        <source>File %1 does not exist or cannot be read. Check the path.</source>
        <translation>Tệp %1 không tồn tại hoặc không đọc được. Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF (it may be damaged or password protected). Ask for another copy.</source>
        <translation>%1 không phải là tệp PDF đọc được (có thể bị hỏng hoặc có mật khẩu). Hãy đề nghị cung cấp bản khác.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered.</source>
        <translation>Không hiển thị được trang %1 của %2.</translation>
    </message>
    <message>
        <source>TIFF files need the Qt image format plugins (Debian package qt6-image-formats-plugins). Ask the administrator to install it.</source>
        <translation>Tệp TIFF cần bộ định dạng ảnh của Qt (gói Debian qt6-image-formats-plugins). Hãy đề nghị quản trị viên cài đặt.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, TIFF or PDF file the program can read: %2.</source>
        <translation>%1 không phải là tệp JPEG, PNG, TIFF hoặc PDF mà chương trình đọc được: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Ask for another copy.</source>
        <translation>Không đọc được %1: %2. Hãy đề nghị cung cấp bản khác.</translation>
    </message>
    <message>
        <source>The page image is empty and cannot be stored. Scan the page again.</source>
        <translation>Ảnh trang trống nên không lưu được. Hãy quét lại trang này.</translation>
    </message>
    <message>
        <source>Could not compress the page: %1.</source>
        <translation>Không nén được trang: %1.</translation>
    </message>
    <message>
        <source>Page %1 has no image. Scan it again.</source>
        <translation>Trang %1 không có ảnh. Hãy quét lại.</translation>
    </message>
    <message>
        <source>Cannot create the page folder %1. Check that the data folder is writable.</source>
        <translation>Không tạo được thư mục trang %1. Hãy kiểm tra quyền ghi vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot write the page file %1: %2. Check the free disk space.</source>
        <translation>Không ghi được tệp trang %1: %2. Hãy kiểm tra dung lượng đĩa còn trống.</translation>
    </message>
    <message>
        <source>A document needs at least one page. Scan or import its pages first.</source>
        <translation>Một thành phần hồ sơ cần ít nhất một trang. Hãy quét hoặc nhập các trang trước.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read page file %1: %2.</source>
        <translation>Không đọc được tệp trang %1: %2.</translation>
    </message>
    <message>
        <source>Page file %1 is not an image the PDF can hold.</source>
        <translation>Tệp trang %1 không phải là ảnh có thể đưa vào PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space.</source>
        <translation>Không ghi được %1: %2. Hãy kiểm tra dung lượng đĩa còn trống.</translation>
    </message>
    <message>
        <source>Option %1 can only be changed while a scan runs.</source>
        <translation>Chỉ có thể đổi tùy chọn %1 khi đang quét.</translation>
    </message>
    <message>
        <source>The scanner rejected option %1 = %2: %3.</source>
        <translation>Máy quét không chấp nhận tùy chọn %1 = %2: %3.</translation>
    </message>
    <message>
        <source>Source %1 is not offered by %2 (it offers: %3).</source>
        <translation>Máy %2 không có nguồn giấy %1 (máy có: %3).</translation>
    </message>
    <message>
        <source>%1 has no document feeder.</source>
        <translation>Máy %1 không có khay nạp giấy tự động.</translation>
    </message>
    <message>
        <source>Mode %1 is not offered by %2.</source>
        <translation>Máy %2 không có chế độ màu %1.</translation>
    </message>
    <message>
        <source>Option %1 = %2 was rejected.</source>
        <translation>Tùy chọn %1 = %2 không được chấp nhận.</translation>
    </message>
    <message>
        <source>The scanner sent an image format the program cannot read (frame %1, depth %2).</source>
        <translation>Máy quét gửi định dạng ảnh mà chương trình không đọc được (khung %1, độ sâu %2).</translation>
    </message>
    <message>
        <source>The scan finished.</source>
        <translation>Đã quét xong.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation>Khay nạp giấy đang trống. Hãy đặt giấy vào khay và quét lại.</translation>
    </message>
    <message>
        <source>Paper jam in the scanner. Remove the jammed sheet, put the remaining pages back and continue; the pages already scanned are kept.</source>
        <translation>Máy quét bị kẹt giấy. Hãy gỡ tờ bị kẹt, đặt lại các trang còn lại và quét tiếp; các trang đã quét vẫn được giữ.</translation>
    </message>
    <message>
        <source>The scanner cover is open. Close the cover and scan again.</source>
        <translation>Nắp máy quét đang mở. Hãy đóng nắp và quét lại.</translation>
    </message>
    <message>
        <source>The scanner is busy (used by another program or desk). Wait a moment and try again.</source>
        <translation>Máy quét đang bận (chương trình hoặc quầy khác đang dùng). Hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check its cable and power, then scan again; the pages already scanned are kept.</source>
        <translation>Máy quét không phản hồi. Hãy kiểm tra cáp và nguồn điện rồi quét lại; các trang đã quét vẫn được giữ.</translation>
    </message>
    <message>
        <source>Access to the scanner was denied. Ask the administrator to grant this user access to the scanner.</source>
        <translation>Không được phép truy cập máy quét. Hãy đề nghị quản trị viên cấp quyền dùng máy quét cho người dùng này.</translation>
    </message>
    <message>
        <source>Not enough memory to scan. Close other programs or lower the resolution and scan again.</source>
        <translation>Không đủ bộ nhớ để quét. Hãy đóng bớt chương trình khác hoặc giảm độ phân giải rồi quét lại.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy lượt quét.</translation>
    </message>
    <message>
        <source>The scanner does not support this operation. Choose other scan settings.</source>
        <translation>Máy quét không hỗ trợ thao tác này. Hãy chọn thiết lập quét khác.</translation>
    </message>
    <message>
        <source>The scanner rejected the scan settings. Choose another source, resolution or page size.</source>
        <translation>Máy quét không chấp nhận thiết lập quét. Hãy chọn nguồn giấy, độ phân giải hoặc khổ giấy khác.</translation>
    </message>
    <message>
        <source>The scanner lamp is warming up. Wait a moment and scan again.</source>
        <translation>Đèn máy quét đang khởi động. Hãy chờ một lát rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner is locked for transport. Release the transport lock and scan again.</source>
        <translation>Máy quét đang khóa vận chuyển. Hãy mở khóa vận chuyển rồi quét lại.</translation>
    </message>
    <message>
        <source>No scanner with this name was found. Check that it is connected and choose it again from the device list.</source>
        <translation>Không tìm thấy máy quét có tên này. Hãy kiểm tra kết nối và chọn lại từ danh sách thiết bị.</translation>
    </message>
    <message>
        <source>Unknown setting scanner.%1 in the site file. Remove it or check its spelling.</source>
        <translation>Tệp cấu hình có thiết lập không xác định scanner.%1. Hãy xóa hoặc kiểm tra lại chính tả.</translation>
    </message>
    <message>
        <source>scanner.%1 must be between %2 and %3.</source>
        <translation>scanner.%1 phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>scanner.blank_max_ink_ratio must be between 0 and 0.1.</source>
        <translation>scanner.blank_max_ink_ratio phải nằm trong khoảng từ 0 đến 0,1.</translation>
    </message>
    <message>
        <source>scanner.compression must be "mixed_raster" or "jpeg".</source>
        <translation>scanner.compression phải là "mixed_raster" hoặc "jpeg".</translation>
    </message>
    <message>
        <source>scanner.lineart_compression must be "jbig2" or "g4".</source>
        <translation>scanner.lineart_compression phải là "jbig2" hoặc "g4".</translation>
    </message>
    <message>
        <source>not a readable JBIG2 page</source>
        <translation>không phải trang JBIG2 đọc được</translation>
    </message>
    <message>
        <source>the page says it is %1 × %2 pixels, more than the program reads (%3 pixels a side, %4 MB of pixels)</source>
        <translation>trang này ghi kích thước %1 × %2 điểm ảnh, lớn hơn mức chương trình đọc được (%3 điểm ảnh mỗi cạnh, %4 MB điểm ảnh)</translation>
    </message>
    <message>
        <source>the file is damaged (a part of it points beyond its end)</source>
        <translation>tệp bị hỏng (có phần trong tệp trỏ ra ngoài cuối tệp)</translation>
    </message>
    <message>
        <source>decoding it would take more memory than a page may (%1 MB)</source>
        <translation>giải mã tệp này cần nhiều bộ nhớ hơn mức cho phép của một trang (%1 MB)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable.</source>
        <translation>Không tạo được thư mục dữ liệu %1. Hãy kiểm tra thư mục cha có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <source>The language must be vi or en, not "%1".</source>
        <translation>Ngôn ngữ phải là vi hoặc en, không phải "%1".</translation>
    </message>
    <message>
        <source>A fixed time is a test seam: it is honoured only when the environment has MOTCUA_TEST_CLOCK=1. The desk always works at the real time.</source>
        <translation>Thời điểm cố định chỉ dùng để kiểm thử: chỉ có hiệu lực khi môi trường có MOTCUA_TEST_CLOCK=1. Quầy luôn làm việc theo giờ thực.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the data folder %1; check the path and permissions</source>
        <translation>Không tạo được thư mục dữ liệu %1; hãy kiểm tra đường dẫn và quyền truy cập</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2); check the file and its folder</source>
        <translation>Không mở được cơ sở dữ liệu %1 (%2); hãy kiểm tra tệp và thư mục chứa nó</translation>
    </message>
    <message>
        <source>The site's agency code "%1" is not a valid electronic identifier (e.g. 000.00.25.G14); correct the site file</source>
        <translation>Mã cơ quan "%1" trong tệp cấu hình điểm tiếp nhận không phải mã định danh điện tử hợp lệ (ví dụ 000.00.25.G14); hãy sửa tệp cấu hình</translation>
    </message>
    <message>
        <source>The database is busy (%1); another program holds it. Try again in a moment</source>
        <translation>Cơ sở dữ liệu đang bận (%1); một chương trình khác đang dùng. Hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>The database failed while %1: %2. Check disk space and permissions, then try again</source>
        <translation>Cơ sở dữ liệu gặp lỗi khi %1: %2. Hãy kiểm tra dung lượng đĩa và quyền truy cập rồi thử lại</translation>
    </message>
    <message>
        <source>Simulated storage failure at step %1; nothing was saved</source>
        <translation>Giả lập lỗi lưu trữ tại bước %1; không có gì được lưu</translation>
    </message>
    <message>
        <source>A batch is already open</source>
        <translation>Một lô giao dịch đang mở</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Kiểm tra toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>Foreign key broken: table %1 row %2 points to a missing %3 row</source>
        <translation>Khóa ngoại bị hỏng: bảng %1 dòng %2 trỏ tới dòng %3 không tồn tại</translation>
    </message>
    <message>
        <source>Dossier %1 has an unknown state "%2"</source>
        <translation>Hồ sơ %1 có trạng thái không xác định "%2"</translation>
    </message>
    <message>
        <source>Dossier %1: state %2 does not match its last history row (%3)</source>
        <translation>Hồ sơ %1: trạng thái %2 không khớp với dòng lịch sử cuối cùng (%3)</translation>
    </message>
    <message>
        <source>Dossier code %1 is malformed</source>
        <translation>Mã hồ sơ %1 sai định dạng</translation>
    </message>
    <message>
        <source>The code counter for %1 on %2 is behind the issued code %3</source>
        <translation>Bộ đếm mã của %1 ngày %2 đứng sau mã đã cấp %3</translation>
    </message>
    <message>
        <source>The search index has %1 rows for %2 dossiers; run a reindex</source>
        <translation>Chỉ mục tìm kiếm có %1 dòng cho %2 hồ sơ; hãy lập lại chỉ mục</translation>
    </message>
    <message>
        <source>Dossier %1 has an open %2 pause but is not waiting</source>
        <translation>Hồ sơ %1 có khoảng tạm dừng %2 đang mở nhưng không ở trạng thái chờ</translation>
    </message>
    <message>
        <source>Outbox message %1 is not valid JSON</source>
        <translation>Thông điệp hàng đợi gửi %1 không phải JSON hợp lệ</translation>
    </message>
    <message>
        <source>Stored file %1 is missing</source>
        <translation>Thiếu tệp đã lưu %1</translation>
    </message>
    <message>
        <source>Stored file %1 has the wrong size</source>
        <translation>Tệp đã lưu %1 sai kích thước</translation>
    </message>
    <message>
        <source>Stored file %1 does not match its SHA-256</source>
        <translation>Tệp đã lưu %1 không khớp mã SHA-256</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the live database</source>
        <translation>Bản sao lưu không được ghi đè cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1; check the folder</source>
        <translation>Không tạo được tệp sao lưu %1; hãy kiểm tra thư mục</translation>
    </message>
    <message>
        <source>The backup to %1 failed; check disk space</source>
        <translation>Sao lưu vào %1 thất bại; hãy kiểm tra dung lượng đĩa</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation>Không chuyển được bản sao lưu vào vị trí %1</translation>
    </message>
    <message>
        <source>The catalogue needs a valid-from date</source>
        <translation>Danh mục cần ngày bắt đầu hiệu lực</translation>
    </message>
    <message>
        <source>Catalogue entry %1 is not an object</source>
        <translation>Mục %1 của danh mục không phải đối tượng</translation>
    </message>
    <message>
        <source>The catalogue lists procedure %1 twice; keep one entry</source>
        <translation>Danh mục liệt kê thủ tục %1 hai lần; chỉ giữ một mục</translation>
    </message>
    <message>
        <source>Procedure %1 already has a version valid from %2; a new version must start on or after that date</source>
        <translation>Thủ tục %1 đã có phiên bản hiệu lực từ %2; phiên bản mới phải bắt đầu từ ngày đó trở về sau</translation>
    </message>
    <message>
        <source>The built-in catalogue is missing</source>
        <translation>Thiếu danh mục thủ tục tích hợp sẵn</translation>
    </message>
    <message>
        <source>Procedure row %1 not found</source>
        <translation>Không tìm thấy dòng thủ tục %1</translation>
    </message>
    <message>
        <source>No dossier with code "%1"; check the code on the receipt</source>
        <translation>Không có hồ sơ mã "%1"; hãy kiểm tra mã trên giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier not found</source>
        <translation>Không tìm thấy hồ sơ</translation>
    </message>
    <message>
        <source>Type part of a name, code, identity number or phone to search</source>
        <translation>Hãy nhập một phần họ tên, mã hồ sơ, số định danh hoặc số điện thoại để tìm</translation>
    </message>
    <message>
        <source>The period must run from a date to the same or a later date</source>
        <translation>Khoảng thời gian phải từ một ngày đến cùng ngày hoặc ngày sau đó</translation>
    </message>
    <message>
        <source>Cannot read the file %1; check that it exists and is readable</source>
        <translation>Không đọc được tệp %1; hãy kiểm tra tệp tồn tại và đọc được</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Đọc %1 thất bại</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Không tạo được %1</translation>
    </message>
    <message>
        <source>Cannot write %1; check disk space</source>
        <translation>Không ghi được %1; hãy kiểm tra dung lượng đĩa</translation>
    </message>
    <message>
        <source>Procedure %1 cannot be received through the %2 channel (allowed: %3)</source>
        <translation>Thủ tục %1 không tiếp nhận qua kênh %2 (được phép: %3)</translation>
    </message>
    <message>
        <source>The catalogue does not say which channels procedure %1 accepts; check before accepting</source>
        <translation>Danh mục chưa ghi thủ tục %1 tiếp nhận qua những kênh nào; hãy kiểm tra trước khi tiếp nhận</translation>
    </message>
    <message>
        <source>Procedure %1 has no component "%2"</source>
        <translation>Thủ tục %1 không có thành phần "%2"</translation>
    </message>
    <message>
        <source>The catalogue does not list the components of procedure %1; check the papers against the published procedure</source>
        <translation>Danh mục chưa liệt kê thành phần hồ sơ của thủ tục %1; hãy đối chiếu giấy tờ với thủ tục đã công bố</translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program knows only up to %2; install the newer program version</source>
        <translation>Cơ sở dữ liệu có phiên bản lược đồ %1 nhưng chương trình này chỉ biết đến %2; hãy cài phiên bản chương trình mới hơn</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Chuyển lên lược đồ phiên bản %1 thất bại: %2</translation>
    </message>
    <message>
        <source>The new appointment date must not be in the past</source>
        <translation>Ngày hẹn trả mới không được ở trong quá khứ</translation>
    </message>
    <message>
        <source>The new appointment must be later than the current one (%1)</source>
        <translation>Ngày hẹn mới phải sau ngày hẹn hiện tại (%1)</translation>
    </message>
    <message>
        <source>The rating must be 1 (very satisfied), 2 (satisfied) or 3 (dissatisfied)</source>
        <translation>Mức đánh giá phải là 1 (rất hài lòng), 2 (hài lòng) hoặc 3 (không hài lòng)</translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation>Yêu cầu bổ sung: %1</translation>
    </message>
    <message>
        <source>Handed over from %1 to %2</source>
        <translation>Bàn giao từ %1 sang %2</translation>
    </message>
    <message>
        <source>The login "%1" is not valid: use 2-32 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit</source>
        <translation>Tên đăng nhập "%1" không hợp lệ: dùng 2-32 ký tự gồm chữ thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số</translation>
    </message>
    <message>
        <source>A user with the login "%1" already exists; choose another login</source>
        <translation>Đã có người dùng với tên đăng nhập "%1"; hãy chọn tên khác</translation>
    </message>
    <message>
        <source>Wrong login or password for "%1"; check both and try again</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu của "%1"; hãy kiểm tra lại cả hai</translation>
    </message>
    <message>
        <source>The account "%1" is disabled; ask an administrator</source>
        <translation>Tài khoản "%1" đã bị vô hiệu hóa; hãy liên hệ quản trị viên</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>đọc cấu hình</translation>
    </message>
    <message>
        <source>writing settings</source>
        <translation>ghi cấu hình</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>ghi nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>writing the outbox</source>
        <translation>ghi hàng đợi gửi</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>đọc nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>đọc hàng đợi gửi</translation>
    </message>
    <message>
        <source>updating the outbox</source>
        <translation>cập nhật hàng đợi gửi</translation>
    </message>
    <message>
        <source>pruning the outbox</source>
        <translation>dọn hàng đợi gửi</translation>
    </message>
    <message>
        <source>importing the catalogue</source>
        <translation>nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>đọc danh mục thủ tục</translation>
    </message>
    <message>
        <source>looking up the dossier</source>
        <translation>tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>đọc hồ sơ</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>tìm kiếm</translation>
    </message>
    <message>
        <source>reading the tracking book</source>
        <translation>đọc sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>allocating the dossier code</source>
        <translation>cấp mã hồ sơ</translation>
    </message>
    <message>
        <source>numbering the tracking book</source>
        <translation>đánh số sổ theo dõi</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>lưu hồ sơ</translation>
    </message>
    <message>
        <source>saving the documents</source>
        <translation>lưu thành phần hồ sơ</translation>
    </message>
    <message>
        <source>saving the supplement request</source>
        <translation>lưu yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>indexing the dossier for search</source>
        <translation>lập chỉ mục tìm kiếm cho hồ sơ</translation>
    </message>
    <message>
        <source>writing the status history</source>
        <translation>ghi lịch sử trạng thái</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>đọc phiên bản lược đồ</translation>
    </message>
    <message>
        <source>pausing the clock</source>
        <translation>tạm dừng tính thời hạn</translation>
    </message>
    <message>
        <source>closing the supplement round</source>
        <translation>kết thúc lượt bổ sung</translation>
    </message>
    <message>
        <source>saving the hand-over</source>
        <translation>lưu bàn giao</translation>
    </message>
    <message>
        <source>saving the fee notice</source>
        <translation>lưu thông báo phí</translation>
    </message>
    <message>
        <source>saving the payment</source>
        <translation>lưu khoản thanh toán</translation>
    </message>
    <message>
        <source>saving the return</source>
        <translation>lưu việc trả kết quả</translation>
    </message>
    <message>
        <source>saving the rating</source>
        <translation>lưu đánh giá</translation>
    </message>
    <message>
        <source>saving the new appointment</source>
        <translation>lưu ngày hẹn mới</translation>
    </message>
    <message>
        <source>saving the reason</source>
        <translation>lưu lý do</translation>
    </message>
    <message>
        <source>closing the pause</source>
        <translation>kết thúc khoảng tạm dừng</translation>
    </message>
    <message>
        <source>recording the receipt</source>
        <translation>ghi nhận tiếp nhận</translation>
    </message>
    <message>
        <source>saving the state</source>
        <translation>lưu trạng thái</translation>
    </message>
    <message>
        <source>moving the appointment</source>
        <translation>dời ngày hẹn trả</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>thêm người dùng</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>liệt kê người dùng</translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation>kiểm tra mật khẩu</translation>
    </message>
    <message>
        <source>recording the log-in</source>
        <translation>ghi nhận đăng nhập</translation>
    </message>
    <message>
        <source>recording the failed log-in</source>
        <translation>ghi nhận lần đăng nhập sai</translation>
    </message>
    <message>
        <source>No procedure with code "%1" is in force on %2; check the code in the catalogue</source>
        <translation>Không có thủ tục mã "%1" còn hiệu lực ngày %2; hãy kiểm tra mã trong danh mục thủ tục</translation>
    </message>
    <message>
        <source>Procedure %1 has no component "%2"; use a component id listed in the catalogue</source>
        <translation>Thủ tục %1 không có thành phần "%2"; hãy dùng mã thành phần có trong danh mục thủ tục</translation>
    </message>
    <message>
        <source>The time limit of procedure %1 is unknown: the appointment is "to be announced"; a supervisor must set it by rescheduling the dossier</source>
        <translation>Chưa rõ thời hạn giải quyết của thủ tục %1: ngày hẹn trả là "sẽ thông báo sau"; lãnh đạo bộ phận phải đặt ngày hẹn bằng cách gia hạn hồ sơ</translation>
    </message>
    <message>
        <source>Give the reason for the supplement request</source>
        <translation>Hãy nêu lý do yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Give the reason; it is printed on the notice</source>
        <translation>Hãy nêu lý do; lý do được in trên thông báo</translation>
    </message>
    <message>
        <source>The apology needs the reason for the delay</source>
        <translation>Phiếu xin lỗi cần lý do chậm trễ</translation>
    </message>
    <message>
        <source>Give the new appointment date</source>
        <translation>Hãy cho ngày hẹn trả mới</translation>
    </message>
    <message>
        <source>The amount must be a positive number of đồng</source>
        <translation>Số tiền phải là số đồng dương</translation>
    </message>
    <message>
        <source>The payment method must be cash or transfer</source>
        <translation>Hình thức thanh toán phải là cash (tiền mặt) hoặc transfer (chuyển khoản)</translation>
    </message>
    <message>
        <source>Enter the amount printed on the fee notice; the desk never computes it</source>
        <translation>Hãy nhập số tiền ghi trên thông báo phí; bộ phận một cửa không tự tính</translation>
    </message>
    <message>
        <source>Give the name of the authorised person who collects</source>
        <translation>Hãy ghi tên người được ủy quyền nhận kết quả</translation>
    </message>
    <message>
        <source>Intake decisions are made when the dossier is received</source>
        <translation>Quyết định tiếp nhận được ghi khi tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Name the unit that receives the dossier</source>
        <translation>Hãy ghi đơn vị nhận hồ sơ</translation>
    </message>
    <message>
        <source>This database already has users; an administrator adds more in user management</source>
        <translation>Cơ sở dữ liệu này đã có người dùng; quản trị viên thêm người dùng trong phần quản lý người dùng</translation>
    </message>
    <message>
        <source>The user's full name is required</source>
        <translation>Cần họ tên đầy đủ của người dùng</translation>
    </message>
    <message>
        <source>changing a user account</source>
        <translation>thay đổi tài khoản người dùng</translation>
    </message>
    <message>
        <source>There is no user with the login "%1"</source>
        <translation>Không có người dùng nào có tên đăng nhập "%1"</translation>
    </message>
    <message>
        <source>The database %1 is empty (zero bytes); it was damaged, restore it from a backup</source>
        <translation>Cơ sở dữ liệu %1 bị rỗng (0 byte); tệp đã hỏng, hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Cannot read the database %1; check its permissions</source>
        <translation>Không đọc được cơ sở dữ liệu %1; hãy kiểm tra quyền truy cập tệp</translation>
    </message>
    <message>
        <source>The file %1 is not a MotCua database (not an SQLite file)</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu MotCua (không phải tệp SQLite)</translation>
    </message>
    <message>
        <source>The database %1 is truncated: %2 bytes of %3; restore it from a backup</source>
        <translation>Cơ sở dữ liệu %1 bị cắt cụt: %2 byte trên %3; hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Foreign key broken in table %1</source>
        <translation>Khóa ngoại bị hỏng trong bảng %1</translation>
    </message>
    <message>
        <source>SQLite cannot read the database: %1</source>
        <translation>SQLite không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>SQLite cannot open the database: %1</source>
        <translation>SQLite không mở được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>listing today's dossiers</source>
        <translation>liệt kê hồ sơ tiếp nhận hôm nay</translation>
    </message>
    <message>
        <source>The amount must not exceed %1 đồng</source>
        <translation>Số tiền không được vượt quá %1 đồng</translation>
    </message>
    <message>
        <source>With this amount the dossier's total would exceed %1 đồng</source>
        <translation>Với số tiền này, tổng của hồ sơ sẽ vượt quá %1 đồng</translation>
    </message>
    <message>
        <source>counting the dossiers per procedure</source>
        <translation>đếm hồ sơ theo thủ tục</translation>
    </message>
    <message>
        <source>looking up an earlier applicant</source>
        <translation>tìm người nộp trước đây</translation>
    </message>
    <message>
        <source>listing the dossiers in a state</source>
        <translation>liệt kê hồ sơ theo trạng thái</translation>
    </message>
    <message>
        <source>The postal item number must be 6 to 32 letters and digits (e.g. EB123456789VN)</source>
        <translation>Số hiệu bưu gửi phải gồm 6 đến 32 chữ cái và chữ số (ví dụ EB123456789VN)</translation>
    </message>
    <message>
        <source>Supplementary papers (round %1)</source>
        <translation>Giấy tờ bổ sung (lần %1)</translation>
    </message>
    <message>
        <source>saving the supplementary papers</source>
        <translation>lưu giấy tờ bổ sung</translation>
    </message>
    <message>
        <source>saving the postal item number</source>
        <translation>lưu số hiệu bưu gửi</translation>
    </message>
    <message>
        <source>The computer clock (%1) is earlier than the last recorded event (%2); nothing was saved. Correct the date and time of this computer, then try again.</source>
        <translation>Đồng hồ máy tính (%1) sớm hơn sự kiện được ghi gần nhất (%2); chưa lưu gì. Hãy chỉnh ngày giờ của máy tính rồi thử lại.</translation>
    </message>
    <message>
        <source>checking the stored files</source>
        <translation>kiểm tra các tệp đã lưu</translation>
    </message>
    <message>
        <source>Cannot copy the database %1 to %2</source>
        <translation>Không sao chép được cơ sở dữ liệu %1 sang %2</translation>
    </message>
    <message>
        <source>Copying the database %1 failed; check disk space</source>
        <translation>Sao chép cơ sở dữ liệu %1 thất bại; hãy kiểm tra dung lượng đĩa</translation>
    </message>
    <message>
        <source>reading the replaced database</source>
        <translation>đọc cơ sở dữ liệu bị thay thế</translation>
    </message>
    <message>
        <source>The audit key %1 cannot be read; restore it from the backup of the configuration folder. Nothing is written to the audit log until then</source>
        <translation>Không đọc được khóa nhật ký kiểm tra %1; hãy khôi phục khóa từ bản sao lưu của thư mục cấu hình. Cho đến khi đó, không ghi gì vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>The audit key %1 of this database is missing; restore it from the backup of the configuration folder. Nothing is written to the audit log until then</source>
        <translation>Thiếu khóa nhật ký kiểm tra %1 của cơ sở dữ liệu này; hãy khôi phục khóa từ bản sao lưu của thư mục cấu hình. Cho đến khi đó, không ghi gì vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a link, folder or device is not accepted)</source>
        <translation>%1 không phải là tệp thông thường (không chấp nhận liên kết, thư mục hoặc thiết bị)</translation>
    </message>
    <message>
        <source>saving the idempotency key</source>
        <translation>lưu khóa chống trùng lặp</translation>
    </message>
    <message>
        <source>reading the idempotency keys</source>
        <translation>đọc các khóa chống trùng lặp</translation>
    </message>
    <message>
        <source>The idempotency key "%1" was already used for another intake; use a new key for a new dossier</source>
        <translation>Khóa chống trùng lặp "%1" đã được dùng cho một lần tiếp nhận khác; hãy dùng khóa mới cho hồ sơ mới</translation>
    </message>
    <message>
        <source>This intake was already received as %1 (same idempotency key); nothing new was saved</source>
        <translation>Hồ sơ này đã được tiếp nhận với mã %1 (cùng khóa chống trùng lặp); không lưu thêm gì</translation>
    </message>
    <message>
        <source>This data folder belongs to agency %1, but the site file gives agency %2; use this desk's site file, or ask an administrator to rebind the folder to this agency</source>
        <translation>Thư mục dữ liệu này thuộc cơ quan %1, nhưng tệp cấu hình nơi đặt quầy ghi cơ quan %2; hãy dùng đúng tệp cấu hình của quầy này, hoặc đề nghị quản trị viên gắn lại thư mục với cơ quan này</translation>
    </message>
    <message>
        <source>Stored file %1 belongs to no dossier (left by an interrupted intake); a repair of the store removes it</source>
        <translation>Tệp lưu trữ %1 không thuộc hồ sơ nào (do một lần tiếp nhận bị ngắt để lại); sửa chữa kho dữ liệu sẽ xóa tệp này</translation>
    </message>
    <message>
        <source>adding the central system's account</source>
        <translation>thêm tài khoản của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>reading the central system's account</source>
        <translation>đọc tài khoản của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Unknown kind of change "%1"; ignored</source>
        <translation>Loại thay đổi "%1" không xác định; đã bỏ qua</translation>
    </message>
    <message>
        <source>This desk does not hold dossier %1</source>
        <translation>Máy tiếp nhận này không có hồ sơ %1</translation>
    </message>
    <message>
        <source>Already stopped at the desk</source>
        <translation>Hồ sơ đã dừng xử lý tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>Not applied: %1 from %2 arrived after the dossier was %3 at the desk; the desk's act stands</source>
        <translation>Không áp dụng: thay đổi %1 từ %2 đến sau khi hồ sơ đã ở trạng thái %3 tại bộ phận một cửa; giữ nguyên thao tác của bộ phận một cửa</translation>
    </message>
    <message>
        <source>The result was already marked ready at the desk</source>
        <translation>Kết quả đã được ghi nhận là có tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>Result ready (central)</source>
        <translation>Đã có kết quả (từ hệ thống trung tâm)</translation>
    </message>
    <message>
        <source>Result ready at %1, waiting for return at the desk</source>
        <translation>Đã có kết quả tại %1, chờ trả tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>A supplement request without a reason; ignored</source>
        <translation>Yêu cầu bổ sung không có lý do; đã bỏ qua</translation>
    </message>
    <message>
        <source>Already waiting for supplementary papers: %1</source>
        <translation>Hồ sơ đã đang chờ bổ sung giấy tờ: %1</translation>
    </message>
    <message>
        <source>A fee notice with an impossible amount (%1); ignored</source>
        <translation>Thông báo phí có số tiền không hợp lệ (%1); đã bỏ qua</translation>
    </message>
    <message>
        <source>Fee notice: %1 đồng</source>
        <translation>Thông báo phí: %1 đồng</translation>
    </message>
    <message>
        <source>A stop without a reason; ignored</source>
        <translation>Dừng xử lý không có lý do; đã bỏ qua</translation>
    </message>
    <message>
        <source>Processing stopped: %1</source>
        <translation>Dừng xử lý: %1</translation>
    </message>
    <message>
        <source>Handed over electronically (central)</source>
        <translation>Đã chuyển điện tử (qua hệ thống trung tâm)</translation>
    </message>
    <message>
        <source>A catalogue version needs valid_from and entries; ignored</source>
        <translation>Phiên bản danh mục cần có valid_from và entries; đã bỏ qua</translation>
    </message>
    <message>
        <source>Catalogue from %1: %2 added, %3 updated, %4 unchanged</source>
        <translation>Danh mục áp dụng từ %1: thêm %2, cập nhật %3, không đổi %4</translation>
    </message>
    <message>
        <source>A calendar table needs a year and valid overrides; ignored</source>
        <translation>Bảng lịch cần có năm và các ngày điều chỉnh hợp lệ; đã bỏ qua</translation>
    </message>
    <message>
        <source>The calendar table for %1 has a date of another year</source>
        <translation>Bảng lịch năm %1 có ngày thuộc năm khác</translation>
    </message>
    <message>
        <source>Calendar overrides for %1: %2 entries</source>
        <translation>Điều chỉnh lịch năm %1: %2 mục</translation>
    </message>
    <message>
        <source>A site change without settings; ignored</source>
        <translation>Thay đổi cấu hình điểm tiếp nhận không có nội dung; đã bỏ qua</translation>
    </message>
    <message>
        <source>Site settings from central kept (not applied; the desk's site file governs): %1</source>
        <translation>Đã lưu cấu hình từ hệ thống trung tâm (chưa áp dụng; tệp cấu hình của điểm tiếp nhận có hiệu lực): %1</translation>
    </message>
    <message>
        <source>A change from central has no sequence number</source>
        <translation>Thay đổi từ hệ thống trung tâm không có số thứ tự</translation>
    </message>
    <message>
        <source>recording a change from central</source>
        <translation>ghi nhận một thay đổi từ hệ thống trung tâm</translation>
    </message>
    <message>
        <source>reading the changes from central</source>
        <translation>đọc các thay đổi từ hệ thống trung tâm</translation>
    </message>
    <message>
        <source>recording the changes from central</source>
        <translation>ghi nhận các thay đổi từ hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Audit row %1, anchored at central, is missing from this database</source>
        <translation>Dòng nhật ký %1, đã neo tại hệ thống trung tâm, không còn trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Audit row %1 is not the row anchored at central: the log was changed and sealed again</source>
        <translation>Dòng nhật ký %1 không khớp với dòng đã neo tại hệ thống trung tâm: nhật ký đã bị sửa và niêm phong lại</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (a disk mounted read-only, or no write permission for this user); nothing can be saved. Check the disk and the folder's owner, then try again</source>
        <translation>Thư mục dữ liệu %1 chỉ đọc (ổ đĩa được gắn ở chế độ chỉ đọc, hoặc người dùng này không có quyền ghi); không lưu được gì. Hãy kiểm tra ổ đĩa và chủ sở hữu thư mục rồi thử lại</translation>
    </message>
    <message>
        <source>preparing the database (%1)</source>
        <translation>chuẩn bị cơ sở dữ liệu (%1)</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2); nothing was saved. Free some space, then try again</source>
        <translation>Ổ đĩa chứa %1 đã đầy (khi %2); chưa lưu gì. Hãy giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>The data folder of %1 is read-only (while %2); nothing was saved. Check that the disk is writable and the folder belongs to this user</source>
        <translation>Thư mục dữ liệu của %1 chỉ đọc (khi %2); chưa lưu gì. Hãy kiểm tra ổ đĩa cho phép ghi và thư mục thuộc về người dùng này</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2: %3); it was left as it is. Run the database check, then restore it from a backup</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng (%2: %3); tệp được giữ nguyên. Hãy chạy kiểm tra cơ sở dữ liệu, rồi khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The backup to %1 failed: the disk is full or refuses writes; free some space</source>
        <translation>Sao lưu vào %1 thất bại: ổ đĩa đã đầy hoặc không cho ghi; hãy giải phóng dung lượng</translation>
    </message>
    <message>
        <source>Cannot read the backup copy %1 of the database; check the disk</source>
        <translation>Không đọc được bản sao %1 của cơ sở dữ liệu; hãy kiểm tra ổ đĩa</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces anything</source>
        <translation>%1 đã tồn tại; bản sao lưu không bao giờ ghi đè lên thứ gì</translation>
    </message>
    <message>
        <source>A backup cannot be made inside the data folder</source>
        <translation>Không thể tạo bản sao lưu bên trong thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check the disk and its permissions</source>
        <translation>Không tạo được thư mục sao lưu %1; hãy kiểm tra ổ đĩa và quyền truy cập</translation>
    </message>
    <message>
        <source>Cannot write the backup's manifest in %1: the disk is full or refuses writes</source>
        <translation>Không ghi được tệp kê khai của bản sao lưu trong %1: ổ đĩa đã đầy hoặc không cho ghi</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check the disk, the share and its permissions</source>
        <translation>Không tạo được thư mục sao lưu %1; hãy kiểm tra ổ đĩa, thư mục chia sẻ và quyền truy cập</translation>
    </message>
    <message>
        <source>counting the day's dossiers</source>
        <translation>đếm hồ sơ trong ngày</translation>
    </message>
    <message>
        <source>counting the open dossiers</source>
        <translation>đếm hồ sơ đang xử lý</translation>
    </message>
    <message>
        <source>counting a queue</source>
        <translation>đếm một hàng đợi</translation>
    </message>
    <message>
        <source>listing a queue</source>
        <translation>liệt kê một hàng đợi</translation>
    </message>
    <message>
        <source>listing the parked records</source>
        <translation>liệt kê các bản ghi bị giữ lại</translation>
    </message>
    <message>
        <source>adding up the day's fees</source>
        <translation>cộng phí, lệ phí trong ngày</translation>
    </message>
    <message>
        <source>comparing payments with fee notices</source>
        <translation>đối chiếu khoản thu với thông báo phí</translation>
    </message>
    <message>
        <source>counting the day's ratings</source>
        <translation>đếm đánh giá trong ngày</translation>
    </message>
    <message>
        <source>Give the day of the report</source>
        <translation>Hãy cho biết ngày của báo cáo</translation>
    </message>
    <message>
        <source>Chart 1 to 104 weeks up to a valid day</source>
        <translation>Biểu đồ chỉ vẽ từ 1 đến 104 tuần, kết thúc ở một ngày hợp lệ</translation>
    </message>
    <message>
        <source>finding a person's dossiers</source>
        <translation>tìm các hồ sơ của một người</translation>
    </message>
    <message>
        <source>erasing personal data</source>
        <translation>xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (the person's request and its reference)</source>
        <translation>Hãy nêu lý do xóa (yêu cầu của người đó và số hiệu của yêu cầu)</translation>
    </message>
    <message>
        <source>No dossier holds the ID number %1</source>
        <translation>Không có hồ sơ nào mang số định danh %1</translation>
    </message>
    <message>
        <source>The site file sets no retention period for personal data ("personal_data": {"retention_days": N}); nothing is purged</source>
        <translation>Tệp cấu hình quầy chưa đặt thời hạn lưu giữ dữ liệu cá nhân ("personal_data": {"retention_days": N}); không xóa gì</translation>
    </message>
    <message>
        <source>finding dossiers past the retention period</source>
        <translation>tìm các hồ sơ đã quá thời hạn lưu giữ</translation>
    </message>
    <message>
        <source>reading the periodic report</source>
        <translation>đọc báo cáo định kỳ</translation>
    </message>
    <message>
        <source>reading the satisfaction ratings</source>
        <translation>đọc đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>Keep at least one backup: the number of backups to keep must be 1 or more</source>
        <translation>Hãy giữ ít nhất một bản sao lưu: số bản sao lưu cần giữ phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>Không có cơ sở dữ liệu tại %1</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only and the database's journal (%2) holds changes that can only be read where the folder can be written; make the folder writable again to see them</source>
        <translation>Thư mục dữ liệu %1 chỉ đọc và nhật ký của cơ sở dữ liệu (%2) còn giữ thay đổi chỉ đọc được khi thư mục ghi được; hãy cho phép ghi thư mục trở lại để xem</translation>
    </message>
    <message>
        <source>The database has schema version %1 and needs version %2, which means writing to it; the data folder is read-only, so make it writable and open it again</source>
        <translation>Cơ sở dữ liệu có phiên bản lược đồ %1 và cần phiên bản %2, tức là phải ghi vào nó; thư mục dữ liệu đang chỉ đọc, hãy cho phép ghi rồi mở lại</translation>
    </message>
    <message>
        <source>Central leased an impossible block %1-%2 for %3; not kept</source>
        <translation>Hệ thống trung tâm cấp một khối số không hợp lệ %1-%2 cho ngày %3; không lưu</translation>
    </message>
    <message>
        <source>keeping the leased code block</source>
        <translation>lưu khối số được cấp</translation>
    </message>
    <message>
        <source>reading the leased code blocks</source>
        <translation>đọc các khối số được cấp</translation>
    </message>
    <message>
        <source>issuing a number of a leased block</source>
        <translation>cấp số từ khối số được cấp</translation>
    </message>
    <message>
        <source>a result-ready notice</source>
        <translation>«có kết quả»</translation>
    </message>
    <message>
        <source>a supplement request</source>
        <translation>«yêu cầu bổ sung»</translation>
    </message>
    <message>
        <source>a fee notice</source>
        <translation>«thông báo phí»</translation>
    </message>
    <message>
        <source>a stop</source>
        <translation>«dừng xử lý»</translation>
    </message>
    <message>
        <source>saving the dossier's lookup secret</source>
        <translation>lưu mã tra cứu của hồ sơ</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>có kết quả</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>dời ngày hẹn trả</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>A notice report without channel or status; ignored</source>
        <translation>Báo cáo thông báo thiếu kênh hoặc trạng thái; bỏ qua</translation>
    </message>
    <message>
        <source>Notice to the applicant by %1 (%2): sent at %3</source>
        <translation>Thông báo cho người nộp qua %1 (%2): đã gửi lúc %3</translation>
    </message>
    <message>
        <source>Notice to the applicant by %1 (%2): not sent (%3), attempt %4; %5</source>
        <translation>Thông báo cho người nộp qua %1 (%2): chưa gửi được (%3), lần thử %4; %5</translation>
    </message>
    <message>
        <source>central gave up</source>
        <translation>hệ thống trung tâm đã dừng gửi</translation>
    </message>
    <message>
        <source>central retries</source>
        <translation>hệ thống trung tâm sẽ gửi lại</translation>
    </message>
    <message>
        <source>A payment without a transaction id or with an impossible amount (%1); ignored</source>
        <translation>Khoản thanh toán không có mã giao dịch hoặc có số tiền không hợp lệ (%1); bỏ qua</translation>
    </message>
    <message>
        <source>Transaction %1 was recorded before</source>
        <translation>Giao dịch %1 đã được ghi nhận trước đây</translation>
    </message>
    <message>
        <source>Paid online (%1), transaction %2</source>
        <translation>Thanh toán trực tuyến (%1), giao dịch %2</translation>
    </message>
    <message>
        <source>Paid online: %1 đồng, transaction %2; the clock resumes</source>
        <translation>Đã thanh toán trực tuyến: %1 đồng, giao dịch %2; tiếp tục tính thời hạn</translation>
    </message>
    <message>
        <source>Online payment of %1 đồng (transaction %2) differs from the %3 đồng due; flagged, not accepted: the clock stays paused until a person settles it</source>
        <translation>Khoản thanh toán trực tuyến %1 đồng (giao dịch %2) khác số tiền phải nộp %3 đồng; đã đánh dấu, không chấp nhận: thời hạn vẫn tạm dừng cho đến khi cán bộ xử lý</translation>
    </message>
    <message>
        <source>Online payment of %1 đồng (transaction %2) for a dossier that is not waiting for payment (%3); flagged, not accepted</source>
        <translation>Khoản thanh toán trực tuyến %1 đồng (giao dịch %2) cho hồ sơ không ở trạng thái chờ nộp phí (%3); đã đánh dấu, không chấp nhận</translation>
    </message>
    <message>
        <source>saving the online payment</source>
        <translation>lưu khoản thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Citizen check (%1) with the national population database</source>
        <translation>Kiểm tra công dân (%1) với CSDL quốc gia về dân cư</translation>
    </message>
    <message>
        <source>Business check (%1) with the national business registration database</source>
        <translation>Kiểm tra doanh nghiệp (%1) với CSDL quốc gia về đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>no answer yet, will be asked again when online</source>
        <translation>chưa có trả lời, sẽ hỏi lại khi có kết nối</translation>
    </message>
    <message>
        <source>"%1" is not an answer of this check</source>
        <translation>"%1" không phải là một kết quả của phép kiểm tra này</translation>
    </message>
    <message>
        <source>A check is about the applicant or the owner</source>
        <translation>Phép kiểm tra phải là về người nộp hoặc chủ hồ sơ</translation>
    </message>
    <message>
        <source>No dossier has the code %1</source>
        <translation>Không có hồ sơ nào mang mã %1</translation>
    </message>
    <message>
        <source>The dossier's %1 is not a %2</source>
        <translation>%1 của hồ sơ không phải là %2</translation>
    </message>
    <message>
        <source>keeping the check with the dossier</source>
        <translation>lưu kết quả kiểm tra vào hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier's checks</source>
        <translation>đọc các lần kiểm tra của hồ sơ</translation>
    </message>
    <message>
        <source>reading the pending checks</source>
        <translation>đọc các lần kiểm tra đang chờ</translation>
    </message>
    <message>
        <source>counting an attempt of a check</source>
        <translation>đếm một lần hỏi lại của phép kiểm tra</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write the file %1: %2. Choose a writable path.</source>
        <translation>Không ghi được tệp %1: %2. Hãy chọn đường dẫn có quyền ghi.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>không tạo được bảng tính</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>Không vẽ được báo cáo lên trang.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose a writable path.</source>
        <translation>Không ghi được tệp PDF %1: %2. Hãy chọn đường dẫn có quyền ghi.</translation>
    </message>
</context>
<context>
    <name>TrackingBookReport</name>
    <message>
        <source>DOSSIER TRACKING BOOK</source>
        <translation>SỔ THEO DÕI HỒ SƠ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Địa chỉ, số điện thoại</translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation>Đơn vị giải quyết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Sent to the unit</source>
        <translation>Ngày chuyển đơn vị giải quyết</translation>
    </message>
    <message>
        <source>Result back</source>
        <translation>Ngày nhận kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ngày trả kết quả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>incomplete, guidance given</source>
        <translation>chưa đủ giấy tờ, đã hướng dẫn bổ sung</translation>
    </message>
    <message>
        <source>received, waiting for hand-over</source>
        <translation>đã tiếp nhận, chờ bàn giao</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <source>waiting for supplementary papers</source>
        <translation>chờ bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>waiting for payment of fees</source>
        <translation>chờ nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>result ready for return</source>
        <translation>đã có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>result returned</source>
        <translation>đã trả kết quả</translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation>công dân đã rút hồ sơ</translation>
    </message>
    <message>
        <source>processing stopped</source>
        <translation>đã dừng xử lý</translation>
    </message>
    <message>
        <source>accept the dossier</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>record an incomplete dossier</source>
        <translation>ghi nhận hồ sơ chưa đủ giấy tờ</translation>
    </message>
    <message>
        <source>refuse at intake</source>
        <translation>từ chối khi tiếp nhận</translation>
    </message>
    <message>
        <source>request supplementary papers</source>
        <translation>yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>record the supplementary papers</source>
        <translation>ghi nhận giấy tờ bổ sung</translation>
    </message>
    <message>
        <source>refuse the dossier</source>
        <translation>từ chối hồ sơ</translation>
    </message>
    <message>
        <source>hand the dossier over</source>
        <translation>bàn giao hồ sơ</translation>
    </message>
    <message>
        <source>record a fee notice</source>
        <translation>ghi nhận thông báo phí</translation>
    </message>
    <message>
        <source>record a payment</source>
        <translation>ghi nhận thanh toán</translation>
    </message>
    <message>
        <source>mark the result ready</source>
        <translation>ghi nhận đã có kết quả</translation>
    </message>
    <message>
        <source>return the result</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>withdraw the dossier</source>
        <translation>rút hồ sơ</translation>
    </message>
    <message>
        <source>stop processing</source>
        <translation>dừng xử lý</translation>
    </message>
    <message>
        <source>reschedule the appointment</source>
        <translation>hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>record a satisfaction rating</source>
        <translation>ghi nhận đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>This dossier already has a satisfaction rating; a rating is recorded once</source>
        <translation>Hồ sơ này đã có đánh giá mức độ hài lòng; mỗi hồ sơ chỉ đánh giá một lần</translation>
    </message>
    <message>
        <source>no further step is possible</source>
        <translation>không còn bước nào có thể thực hiện</translation>
    </message>
    <message>
        <source>possible steps: %1</source>
        <translation>các bước có thể: %1</translation>
    </message>
    <message>
        <source>Cannot %1: the dossier is in state "%2" (%3)</source>
        <translation>Không thể %1: hồ sơ đang ở trạng thái "%2" (%3)</translation>
    </message>
    <message>
        <source>%1 is not an intake decision</source>
        <translation>%1 không phải quyết định khi tiếp nhận</translation>
    </message>
    <message>
        <source>The status mapping entry %1 must name a known state and a national status code 1-10</source>
        <translation>Mục %1 của bảng ánh xạ trạng thái phải là trạng thái đã biết và mã trạng thái quốc gia từ 1 đến 10</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>MotCua reference central server (loopback only).</source>
        <translation>Máy chủ trung tâm tham chiếu của MotCua (chỉ trên loopback).</translation>
    </message>
    <message>
        <source>Address and port, e.g. 127.0.0.1:8765.</source>
        <translation>Địa chỉ và cổng, ví dụ 127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Folder for the server's data.</source>
        <translation>Thư mục dữ liệu của máy chủ.</translation>
    </message>
    <message>
        <source>Option --listen: "%1" is not ADDRESS:PORT.</source>
        <translation>Tùy chọn --listen: "%1" không có dạng ĐỊA_CHỈ:CỔNG.</translation>
    </message>
    <message>
        <source>Fixed local time (tests only: needs MOTCUA_TEST_CLOCK=1).</source>
        <translation>Giờ địa phương cố định (chỉ dùng khi kiểm thử: cần MOTCUA_TEST_CLOCK=1).</translation>
    </message>
    <message>
        <source>Share of API requests that fail on purpose (tests), 0 to 1.</source>
        <translation>Tỷ lệ yêu cầu API cố ý bị lỗi (dùng cho kiểm thử), từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Seed of the faults' random sequence (tests).</source>
        <translation>Hạt giống của chuỗi lỗi ngẫu nhiên (dùng cho kiểm thử).</translation>
    </message>
    <message>
        <source>Answer every API request this many milliseconds late (tests).</source>
        <translation>Trả lời mọi yêu cầu API chậm bấy nhiêu mili giây (dùng cho kiểm thử).</translation>
    </message>
    <message>
        <source>Agency code (desk add, list).</source>
        <translation>Mã cơ quan (desk add, list).</translation>
    </message>
    <message>
        <source>Options --fault-rate (0 to 1), --fault-seed and --delay-ms need numbers.</source>
        <translation>Các tùy chọn --fault-rate (từ 0 đến 1), --fault-seed và --delay-ms cần giá trị số.</translation>
    </message>
    <message>
        <source>Unknown command; use "desk add DESK_ID --agency CODE", "list", "unit ...", "publish ..." or "changes".</source>
        <translation>Lệnh không xác định; dùng "desk add DESK_ID --agency CODE", "list", "unit ...", "publish ..." hoặc "changes".</translation>
    </message>
    <message>
        <source>Reason (unit request-supplement, unit stop).</source>
        <translation>Lý do (unit request-supplement, unit stop).</translation>
    </message>
    <message>
        <source>Amount in đồng (unit fee-notice).</source>
        <translation>Số tiền bằng đồng (unit fee-notice).</translation>
    </message>
    <message>
        <source>Fee notice number (unit fee-notice).</source>
        <translation>Số thông báo phí (unit fee-notice).</translation>
    </message>
    <message>
        <source>Name of the acting unit (unit ...).</source>
        <translation>Tên đơn vị thực hiện (unit ...).</translation>
    </message>
    <message>
        <source>Note (unit result-ready).</source>
        <translation>Ghi chú (unit result-ready).</translation>
    </message>
    <message>
        <source>Missing papers, separated by ';'.</source>
        <translation>Giấy tờ còn thiếu, phân cách bằng ';'.</translation>
    </message>
    <message>
        <source>First day of a catalogue version.</source>
        <translation>Ngày bắt đầu áp dụng của phiên bản danh mục.</translation>
    </message>
    <message>
        <source>Year of a calendar table.</source>
        <translation>Năm của bảng lịch.</translation>
    </message>
    <message>
        <source>One desk only (publish site).</source>
        <translation>Chỉ một máy tiếp nhận (publish site).</translation>
    </message>
    <message>
        <source>PEM certificate chain: serve https (with --tls-key).</source>
        <translation>Chuỗi chứng thư số PEM: phục vụ qua https (cùng --tls-key).</translation>
    </message>
    <message>
        <source>PEM private key of the --tls-cert certificate.</source>
        <translation>Khóa bí mật PEM của chứng thư --tls-cert.</translation>
    </message>
    <message>
        <source>SMTP server for e-mail notices, e.g. smtp://127.0.0.1:2525.</source>
        <translation>Máy chủ SMTP gửi thông báo qua thư điện tử, ví dụ smtp://127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>Sender address of e-mail notices.</source>
        <translation>Địa chỉ người gửi của thông báo qua thư điện tử.</translation>
    </message>
    <message>
        <source>Require STARTTLS on the SMTP connection.</source>
        <translation>Bắt buộc STARTTLS trên kết nối SMTP.</translation>
    </message>
    <message>
        <source>Folder where SMS notices are written.</source>
        <translation>Thư mục ghi các thông báo SMS.</translation>
    </message>
    <message>
        <source>How often notices are looked for and sent, in milliseconds.</source>
        <translation>Chu kỳ tìm và gửi thông báo, tính bằng mili giây.</translation>
    </message>
    <message>
        <source>First retry of a failed notice after this many milliseconds.</source>
        <translation>Gửi lại thông báo bị lỗi lần đầu sau số mili giây này.</translation>
    </message>
    <message>
        <source>One dossier only (notices).</source>
        <translation>Chỉ một hồ sơ (notices).</translation>
    </message>
    <message>
        <source>Option --smtp-url: "%1" is not an smtp:// or smtps:// URL.</source>
        <translation>Tùy chọn --smtp-url: "%1" không phải địa chỉ smtp:// hoặc smtps://.</translation>
    </message>
    <message>
        <source>Options --smtp-url and --mail-from go together.</source>
        <translation>Hai tùy chọn --smtp-url và --mail-from phải dùng cùng nhau.</translation>
    </message>
    <message>
        <source>Option --%1 needs a number of milliseconds (1 to 3600000).</source>
        <translation>Tùy chọn --%1 cần số mili giây (từ 1 đến 3600000).</translation>
    </message>
    <message>
        <source>Use "notices [--code CODE]".</source>
        <translation>Dùng "notices [--code CODE]".</translation>
    </message>
    <message>
        <source>Use "payment CODE --amount VND --txn ID [--channel online|vietqr] [--paid-at DATETIME]"</source>
        <translation>Dùng "payment MÃ --amount SỐ_TIỀN --txn MÃ_GIAO_DỊCH [--channel online|vietqr] [--paid-at THỜI_ĐIỂM]"</translation>
    </message>
    <message>
        <source>The amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation>Số tiền là số nguyên đồng, lớn hơn 0 (ví dụ 150000)</translation>
    </message>
    <message>
        <source>Give the time of payment as 2026-03-12T09:30:00+07:00</source>
        <translation>Nhập thời điểm thanh toán dạng 2026-03-12T09:30:00+07:00</translation>
    </message>
    <message>
        <source>Use "codes [--agency CODE]" or "codes slice DESK_ID FIRST-LAST" (e.g. 0001-2000)</source>
        <translation>Dùng "codes [--agency MÃ]" hoặc "codes slice MÃ_MÁY SỐ_ĐẦU-SỐ_CUỐI" (ví dụ 0001-2000)</translation>
    </message>
    <message>
        <source>Transaction id of an online payment (payment).</source>
        <translation>Mã giao dịch của khoản thanh toán trực tuyến (payment).</translation>
    </message>
    <message>
        <source>online (national payment platform) or vietqr (payment).</source>
        <translation>online (Nền tảng thanh toán quốc gia) hoặc vietqr (payment).</translation>
    </message>
    <message>
        <source>When the payment was made (payment; default now).</source>
        <translation>Thời điểm thanh toán (payment; mặc định là hiện tại).</translation>
    </message>
    <message>
        <source>Folder with citizens.json and businesses.json (default: built in).</source>
        <translation>Thư mục chứa citizens.json và businesses.json (mặc định: dữ liệu có sẵn trong chương trình).</translation>
    </message>
    <message>
        <source>Answer "unavailable" for this national database (tests).</source>
        <translation>Trả lời "unavailable" cho cơ sở dữ liệu quốc gia này (dùng khi kiểm thử).</translation>
    </message>
    <message>
        <source>Public status page: requests per minute from one client address (also the burst), 1 to 100000.</source>
        <translation>Trang tra cứu công khai: số lượt truy cập mỗi phút từ một địa chỉ máy khách (cũng là số lượt tối đa liên tiếp), từ 1 đến 100000.</translation>
    </message>
    <message>
        <source>Nothing to serve, or: desk add DESK_ID --agency CODE | list | unit result-ready|request-supplement|fee-notice|stop CODE | publish catalogue|calendar|site FILE | changes [CODE] | notices [--code CODE]</source>
        <translation>Không có gì để phục vụ, hoặc: desk add DESK_ID --agency CODE | list | unit result-ready|request-supplement|fee-notice|stop CODE | publish catalogue|calendar|site FILE | changes [CODE] | notices [--code CODE]</translation>
    </message>
    <message>
        <source>Option --status-page-rate needs a number from 1 to 100000.</source>
        <translation>Tùy chọn --status-page-rate cần một số từ 1 đến 100000.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown command "%1". Run "motcua help" for the list.</source>
        <translation>Lệnh "%1" không tồn tại. Chạy "motcua help" để xem danh sách lệnh.</translation>
    </message>
    <message>
        <source>Usage: motcua [global options] COMMAND [arguments]</source>
        <translation>Cách dùng: motcua [tùy chọn chung] LỆNH [tham số]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Tùy chọn chung:</translation>
    </message>
    <message>
        <source>  --data-dir DIR   local database and stored files
  --site FILE      site configuration (default: the built-in demo site)
  --now DATETIME   use this local time (Asia/Ho_Chi_Minh) as now
  --user LOGIN     who acts (password from MOTCUA_PASSWORD or a prompt)
  --lang vi|en     language of messages (default vi)
  --format FORMAT  output format (json by default; help prints text)
</source>
        <translation>  --data-dir DIR   cơ sở dữ liệu và tệp lưu tại máy
  --site FILE      cấu hình điểm tiếp nhận (mặc định: điểm demo có sẵn)
  --now DATETIME   dùng giờ địa phương này (Asia/Ho_Chi_Minh) làm thời điểm hiện tại
  --user LOGIN     người thực hiện (mật khẩu lấy từ MOTCUA_PASSWORD hoặc hỏi khi chạy)
  --lang vi|en     ngôn ngữ thông báo (mặc định vi)
  --format FORMAT  định dạng đầu ra (mặc định json; help in dạng văn bản)
</translation>
    </message>
    <message>
        <source>List the commands or show one command's usage.</source>
        <translation>Liệt kê các lệnh hoặc cách dùng một lệnh.</translation>
    </message>
    <message>
        <source>motcua help [COMMAND] [--format json]

Without COMMAND: the list of commands. Help is text unless --format json is given.</source>
        <translation>motcua help [LỆNH] [--format json]

Không có LỆNH: danh sách các lệnh. Trợ giúp in dạng văn bản, trừ khi có --format json.</translation>
    </message>
    <message>
        <source>Show the program version and library versions.</source>
        <translation>Hiện phiên bản chương trình và phiên bản các thư viện.</translation>
    </message>
    <message>
        <source>motcua version

Prints JSON: {"program", "version", "libraries": {"qt", "sqlite", "libcurl", "zxing-cpp", "sane"}}.</source>
        <translation>motcua version

In JSON: {"program", "version", "libraries": {"qt", "sqlite", "libcurl", "zxing-cpp", "sane"}}.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn %1 không tồn tại</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>tham số thừa "%1"</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Usage: motcua audit verify</source>
        <translation>Cách dùng: motcua audit verify</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit log.</source>
        <translation>Kiểm tra chuỗi băm của nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Missing %1 (YYYY-MM-DD).</source>
        <translation>Thiếu %1 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date; write it as YYYY-MM-DD, e.g. 2030-02-02.</source>
        <translation>%1: "%2" không phải là ngày; hãy viết theo dạng YYYY-MM-DD, ví dụ 2030-02-02.</translation>
    </message>
    <message>
        <source>%1: the calendar covers %2-%3; %4 is outside.</source>
        <translation>%1: lịch chỉ tính cho các năm %2-%3; %4 nằm ngoài phạm vi này.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Thiếu %1.</translation>
    </message>
    <message>
        <source>%1: "%2" must be a whole number from %3 to %4.</source>
        <translation>%1: "%2" phải là số nguyên từ %3 đến %4.</translation>
    </message>
    <message>
        <source>Missing subcommand: lunar, holidays or add-working-days.</source>
        <translation>Thiếu lệnh con: lunar, holidays hoặc add-working-days.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1": use lunar, holidays or add-working-days.</source>
        <translation>Lệnh con "%1" không có; hãy dùng lunar, holidays hoặc add-working-days.</translation>
    </message>
    <message>
        <source>Lunar dates, public holidays and working-day arithmetic.</source>
        <translation>Ngày âm lịch, ngày nghỉ lễ và tính ngày làm việc.</translation>
    </message>
    <message>
        <source>motcua calendar lunar DATE
    The Vietnamese lunar date (UTC+7) of DATE (YYYY-MM-DD, 1900-2100):
    {"date", "lunar": {"day", "month", "year", "leap"}, "year_name", "leap_month"}.
motcua calendar holidays YEAR
    Days off other than plain weekends: [{"date", "name", "kind": "holiday|compensatory|override", "source"}].
motcua calendar add-working-days DATE N
    The N-th working day after DATE: {"from", "days", "due"}.

Holidays follow the Labour Code 2019 Art. 112, the built-in override table and the "calendar"
section of the site file. Malformed input exits 1 naming the argument.</source>
        <translation>motcua calendar lunar DATE
    Ngày âm lịch Việt Nam (UTC+7) của DATE (YYYY-MM-DD, 1900-2100):
    {"date", "lunar": {"day", "month", "year", "leap"}, "year_name", "leap_month"}.
motcua calendar holidays YEAR
    Các ngày nghỉ ngoài thứ Bảy, Chủ nhật thông thường: [{"date", "name", "kind": "holiday|compensatory|override", "source"}].
motcua calendar add-working-days DATE N
    Ngày làm việc thứ N sau DATE: {"from", "days", "due"}.

Ngày nghỉ theo Điều 112 Bộ luật Lao động 2019, bảng điều chỉnh có sẵn trong chương trình và mục "calendar"
của tệp cấu hình điểm. Dữ liệu sai định dạng: thoát với mã 1 và nêu tên tham số.</translation>
    </message>
    <message>
        <source>Usage: motcua catalogue import FILE.json [--valid-from DATE]</source>
        <translation>Cách dùng: motcua catalogue import FILE.json [--valid-from DATE]</translation>
    </message>
    <message>
        <source>--valid-from: expected YYYY-MM-DD</source>
        <translation>--valid-from: cần dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of procedures (%2 at offset %3)</source>
        <translation>%1 không phải mảng JSON các thủ tục (%2 tại vị trí %3)</translation>
    </message>
    <message>
        <source>--date: expected YYYY-MM-DD</source>
        <translation>--date: cần dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Usage: motcua catalogue import|list</source>
        <translation>Cách dùng: motcua catalogue import|list</translation>
    </message>
    <message>
        <source>Import or list the procedure catalogue.</source>
        <translation>Nhập hoặc liệt kê danh mục thủ tục.</translation>
    </message>
    <message>
        <source>motcua catalogue import FILE.json [--valid-from DATE]
motcua catalogue list [--date DATE] [--incomplete]

FILE.json uses the format of the seed catalogue (resources/procedures.json). A changed procedure becomes a new version valid from --valid-from (default today); dossiers keep the version in force when they were received. null means unknown: list shows "complete" and "missing" for each procedure. Import needs an administrator (--user).</source>
        <translation>motcua catalogue import FILE.json [--valid-from DATE]
motcua catalogue list [--date DATE] [--incomplete]

FILE.json theo định dạng của danh mục gốc (resources/procedures.json). Thủ tục thay đổi trở thành phiên bản mới có hiệu lực từ --valid-from (mặc định hôm nay); hồ sơ giữ phiên bản có hiệu lực khi tiếp nhận. null nghĩa là chưa rõ: lệnh list cho biết "complete" và "missing" của từng thủ tục. Nhập danh mục cần quản trị viên (--user).</translation>
    </message>
    <message>
        <source>Check the database or back it up online.</source>
        <translation>Kiểm tra hoặc sao lưu trực tuyến cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Name at least one image or PDF file: motcua decode FILE...</source>
        <translation>Hãy chỉ định ít nhất một tệp ảnh hoặc PDF: motcua decode TỆP...</translation>
    </message>
    <message>
        <source>Read the barcodes on image or PDF files.</source>
        <translation>Đọc mã vạch trên các tệp ảnh hoặc PDF.</translation>
    </message>
    <message>
        <source>motcua decode FILE... [--formats QRCode Code128 ...]

Reads JPEG, PNG, TIFF (every page) and PDF (rendered at 300 dpi) files and prints JSON: [{"file", "barcodes": [{"format", "text", "page"}]}]. Format names are ZXing's (QRCode, Code128, DataMatrix, PDF417, ...); all formats are read unless --formats lists some. A file that cannot be read gets "error" instead of "barcodes" and the exit code is 1.</source>
        <translation>motcua decode TỆP... [--formats QRCode Code128 ...]

Đọc các tệp JPEG, PNG, TIFF (mọi trang) và PDF (hiển thị ở 300 dpi) rồi in ra JSON: [{"file", "barcodes": [{"format", "text", "page"}]}]. Tên loại mã theo ZXing (QRCode, Code128, DataMatrix, PDF417, ...); đọc mọi loại mã trừ khi --formats liệt kê một số loại. Tệp không đọc được có "error" thay cho "barcodes" và mã thoát là 1.</translation>
    </message>
    <message>
        <source>Usage: motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]</source>
        <translation>Cách dùng: motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]</translation>
    </message>
    <message>
        <source>--from/--to: give dates YYYY-MM-DD, from &lt;= to, not after today</source>
        <translation>--from/--to: hãy cho ngày dạng YYYY-MM-DD, from &lt;= to, không sau hôm nay</translation>
    </message>
    <message>
        <source>Developer tools: generate synthetic dossiers.</source>
        <translation>Công cụ phát triển: tạo hồ sơ giả lập.</translation>
    </message>
    <message>
        <source>motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]

Receives N invented dossiers (Vietnamese names, addresses, valid identity numbers and tax codes, catalogue procedures) over the working days of the period (default: the 60 days before today) and moves them through the workflow by age. Needs an administrator (--user); works as the users synth-clerk and synth-super.</source>
        <translation>motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]

Tiếp nhận N hồ sơ giả lập (họ tên, địa chỉ tiếng Việt, số định danh và mã số thuế hợp lệ, thủ tục trong danh mục) trong các ngày làm việc của khoảng thời gian (mặc định: 60 ngày trước hôm nay) và chuyển chúng qua quy trình theo tuổi hồ sơ. Cần quản trị viên (--user); thao tác dưới tên người dùng synth-clerk và synth-super.</translation>
    </message>
    <message>
        <source>No scanner found. Check that it is connected and switched on, then run "motcua devices" again.</source>
        <translation>Không tìm thấy máy quét nào. Hãy kiểm tra kết nối và nguồn điện rồi chạy lại "motcua devices".</translation>
    </message>
    <message>
        <source>List the scanners that are connected.</source>
        <translation>Liệt kê các máy quét đang kết nối.</translation>
    </message>
    <message>
        <source>motcua devices

Prints JSON: [{"name", "vendor", "model", "type"}]. "name" is what "motcua scan --device" takes. SANE finds the devices; SANE_CONFIG_DIR chooses its configuration folder.</source>
        <translation>motcua devices

In ra JSON: [{"name", "vendor", "model", "type"}]. "name" là giá trị dùng cho "motcua scan --device". SANE tìm thiết bị; SANE_CONFIG_DIR chọn thư mục cấu hình của SANE.</translation>
    </message>
    <message>
        <source>Usage: motcua dossier receive FILE.json</source>
        <translation>Cách dùng: motcua dossier receive FILE.json</translation>
    </message>
    <message>
        <source>Cannot read the intake file %1</source>
        <translation>Không đọc được tệp tiếp nhận %1</translation>
    </message>
    <message>
        <source>The intake file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>Tệp tiếp nhận %1 không phải đối tượng JSON (%2 tại vị trí %3)</translation>
    </message>
    <message>
        <source>--amount: expected a whole number of đồng</source>
        <translation>--amount: cần là số nguyên đồng</translation>
    </message>
    <message>
        <source>--to: expected a date YYYY-MM-DD</source>
        <translation>--to: cần là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Give the dossier code: motcua dossier %1 CODE ...</source>
        <translation>Hãy ghi mã hồ sơ: motcua dossier %1 CODE ...</translation>
    </message>
    <message>
        <source>Usage: motcua dossier show CODE | motcua dossier search TEXT [--limit N]</source>
        <translation>Cách dùng: motcua dossier show CODE | motcua dossier search TEXT [--limit N]</translation>
    </message>
    <message>
        <source>Usage: motcua dossier tracking-book --from DATE --to DATE</source>
        <translation>Cách dùng: motcua dossier tracking-book --from DATE --to DATE</translation>
    </message>
    <message>
        <source>Unknown dossier subcommand "%1"; see motcua help dossier</source>
        <translation>Lệnh con dossier "%1" không xác định; xem motcua help dossier</translation>
    </message>
    <message>
        <source>Receive, show, search and move dossiers.</source>
        <translation>Tiếp nhận, xem, tìm kiếm và chuyển bước hồ sơ.</translation>
    </message>
    <message>
        <source>motcua dossier receive FILE.json      -&gt; {"code","status","received","due","warnings"}
motcua dossier show CODE
motcua dossier search TEXT [--limit N] (diacritic-insensitive)
motcua dossier tracking-book --from DATE --to DATE
motcua dossier request-supplement CODE --reason T [--missing ID...]
motcua dossier supplement-received CODE
motcua dossier refuse CODE --reason T
motcua dossier hand-over CODE [--unit U] [--note T]
motcua dossier fee-notice CODE --amount VND [--number NO]
motcua dossier pay CODE --amount VND --method cash|transfer
motcua dossier result-ready CODE
motcua dossier return CODE [--collector-name N --collector-id ID]
motcua dossier withdraw CODE --reason T
motcua dossier stop CODE --reason T
motcua dossier reschedule CODE --to DATE --reason T
motcua dossier rate CODE --rating 1|2|3

The intake JSON is described in docs/cli.md. Steps print the dossier as `show` does; a step the current state does not allow exits 1 naming the state. All need --user.</source>
        <translation>motcua dossier receive FILE.json      -&gt; {"code","status","received","due","warnings"}
motcua dossier show CODE
motcua dossier search TEXT [--limit N] (không phân biệt dấu)
motcua dossier tracking-book --from DATE --to DATE
motcua dossier request-supplement CODE --reason T [--missing ID...]
motcua dossier supplement-received CODE
motcua dossier refuse CODE --reason T
motcua dossier hand-over CODE [--unit U] [--note T]
motcua dossier fee-notice CODE --amount VND [--number NO]
motcua dossier pay CODE --amount VND --method cash|transfer
motcua dossier result-ready CODE
motcua dossier return CODE [--collector-name N --collector-id ID]
motcua dossier withdraw CODE --reason T
motcua dossier stop CODE --reason T
motcua dossier reschedule CODE --to DATE --reason T
motcua dossier rate CODE --rating 1|2|3

Định dạng JSON tiếp nhận được mô tả trong docs/cli.md. Các bước in hồ sơ như lệnh `show`; bước mà trạng thái hiện tại không cho phép sẽ thoát với mã 1 và nêu trạng thái. Mọi lệnh cần --user.</translation>
    </message>
    <message>
        <source>%1 is already initialised; use another --data-dir or add users with `motcua user add`</source>
        <translation>%1 đã được khởi tạo; hãy dùng --data-dir khác hoặc thêm người dùng bằng `motcua user add`</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Create the data folder, database and first administrator.</source>
        <translation>Tạo thư mục dữ liệu, cơ sở dữ liệu và quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>motcua init [--data-dir DIR] [--site FILE]

Creates the database with the built-in procedure catalogue (valid from today) and the account "admin". Its password is MOTCUA_PASSWORD_NEW when set, else a random one printed once as "admin_password".
Prints JSON: {"data_dir", "database", "schema_version", "admin_login", "catalogue", ["admin_password"]}.</source>
        <translation>motcua init [--data-dir DIR] [--site FILE]

Tạo cơ sở dữ liệu với danh mục thủ tục tích hợp sẵn (hiệu lực từ hôm nay) và tài khoản "admin". Mật khẩu là MOTCUA_PASSWORD_NEW nếu được đặt, nếu không là mật khẩu ngẫu nhiên in một lần duy nhất trong "admin_password".
In ra JSON: {"data_dir", "database", "schema_version", "admin_login", "catalogue", ["admin_password"]}.</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Không đọc được đầu vào chuẩn (stdin).</translation>
    </message>
    <message>
        <source>Usage: motcua parse cccd-qr PAYLOAD|-</source>
        <translation>Cách dùng: motcua parse cccd-qr PAYLOAD|-</translation>
    </message>
    <message>
        <source>Read the QR code payload of a citizen ID card (CCCD).</source>
        <translation>Đọc nội dung mã QR trên thẻ căn cước công dân (CCCD).</translation>
    </message>
    <message>
        <source>motcua parse cccd-qr PAYLOAD
motcua parse cccd-qr -      (reads the payload from standard input, UTF-8)

Prints {"id", "old_id", "name", "birth_date", "sex", "address", "issue_date", "warnings"}
(plus "extra"/"extra_date" for an 8th field). Accepts 6 to 8 fields separated by "|".
Malformed, non-UTF-8 or control-character input exits 1 with the reason; consistency problems
(birth year or sex against the ID number, dates) are warnings.</source>
        <translation>motcua parse cccd-qr PAYLOAD
motcua parse cccd-qr -      (đọc nội dung từ đầu vào chuẩn, UTF-8)

In ra {"id", "old_id", "name", "birth_date", "sex", "address", "issue_date", "warnings"}
(thêm "extra"/"extra_date" nếu có trường thứ 8). Chấp nhận 6 đến 8 trường ngăn cách bởi "|".
Dữ liệu sai định dạng, không phải UTF-8 hoặc có ký tự điều khiển: thoát với mã 1 và nêu lý do; các điểm
không khớp (năm sinh, giới tính so với số định danh, các ngày) chỉ là cảnh báo.</translation>
    </message>
    <message>
        <source>Print a one-stop form to PDF or to a printer.</source>
        <translation>In biểu mẫu một cửa ra tệp PDF hoặc máy in.</translation>
    </message>
    <message>
        <source>Name the scanner with --device (see "motcua devices").</source>
        <translation>Hãy chỉ định máy quét bằng --device (xem "motcua devices").</translation>
    </message>
    <message>
        <source>Name the folder for the scanned pages with --out DIR.</source>
        <translation>Hãy chỉ định thư mục lưu các trang quét bằng --out THƯ_MỤC.</translation>
    </message>
    <message>
        <source>--source must be flatbed, adf or duplex.</source>
        <translation>--source phải là flatbed, adf hoặc duplex.</translation>
    </message>
    <message>
        <source>--mode must be color, gray or lineart.</source>
        <translation>--mode phải là color, gray hoặc lineart.</translation>
    </message>
    <message>
        <source>--resolution must be a number of dots per inch from 50 to 1200.</source>
        <translation>--resolution phải là số điểm ảnh trên inch, từ 50 đến 1200.</translation>
    </message>
    <message>
        <source>--pages must be a whole number of pages, at least 1.</source>
        <translation>--pages phải là số trang nguyên, ít nhất là 1.</translation>
    </message>
    <message>
        <source>--page-size must be a4, a5, letter or max.</source>
        <translation>--page-size phải là a4, a5, letter hoặc max.</translation>
    </message>
    <message>
        <source>--option takes NAME=VALUE (a SANE option of the device).</source>
        <translation>--option nhận TÊN=GIÁ_TRỊ (một tùy chọn SANE của thiết bị).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a writable folder.</source>
        <translation>Không tạo được thư mục %1. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation>Trang %1 đã quét xong.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Scan pages from a scanner into a folder.</source>
        <translation>Quét các trang từ máy quét vào một thư mục.</translation>
    </message>
    <message>
        <source>No database in %1; run `motcua init` first</source>
        <translation>Không có cơ sở dữ liệu trong %1; hãy chạy `motcua init` trước</translation>
    </message>
    <message>
        <source>This command needs --user LOGIN (and the password in MOTCUA_PASSWORD or at the prompt)</source>
        <translation>Lệnh này cần --user LOGIN (và mật khẩu trong MOTCUA_PASSWORD hoặc nhập khi được hỏi)</translation>
    </message>
    <message>
        <source>No password for %1: set MOTCUA_PASSWORD or run in a terminal</source>
        <translation>Không có mật khẩu cho %1: hãy đặt MOTCUA_PASSWORD hoặc chạy trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>Usage: motcua user add LOGIN --name "FULL NAME" --role clerk|postal|supervisor|admin</source>
        <translation>Cách dùng: motcua user add LOGIN --name "HỌ TÊN" --role clerk|postal|supervisor|admin</translation>
    </message>
    <message>
        <source>Unknown role "%1": use clerk, postal, supervisor or admin</source>
        <translation>Vai trò "%1" không xác định: dùng clerk, postal, supervisor hoặc admin</translation>
    </message>
    <message>
        <source>Set the new user's password in MOTCUA_PASSWORD_NEW</source>
        <translation>Hãy đặt mật khẩu của người dùng mới trong MOTCUA_PASSWORD_NEW</translation>
    </message>
    <message>
        <source>Usage: motcua validate cccd|tax-code|phone|email VALUE.</source>
        <translation>Cách dùng: motcua validate cccd|tax-code|phone|email VALUE.</translation>
    </message>
    <message>
        <source>Unknown kind "%1": use cccd, tax-code, phone or email.</source>
        <translation>Loại "%1" không có; hãy dùng cccd, tax-code, phone hoặc email.</translation>
    </message>
    <message>
        <source>Check a personal ID number, tax code, phone number or e-mail.</source>
        <translation>Kiểm tra số định danh cá nhân, mã số thuế, số điện thoại hoặc thư điện tử.</translation>
    </message>
    <message>
        <source>motcua validate cccd NUMBER
    12-digit personal identification number: {"valid": true, "id", "province_code", "province",
    "sex", "birth_year"}.
motcua validate tax-code CODE
    10-digit (check digit), 13-digit branch or 12-digit personal tax code:
    {"valid": true, "normalized", "kind": "business|branch|personal"}.
motcua validate phone NUMBER | motcua validate email ADDRESS
    {"valid": true, "normalized"}.

A rejected value prints {"valid": false, "reason", "field", "code"} and exits 1.</source>
        <translation>motcua validate cccd NUMBER
    Số định danh cá nhân 12 chữ số: {"valid": true, "id", "province_code", "province",
    "sex", "birth_year"}.
motcua validate tax-code CODE
    Mã số thuế 10 chữ số (có chữ số kiểm tra), 13 chữ số (đơn vị phụ thuộc) hoặc 12 chữ số (cá nhân):
    {"valid": true, "normalized", "kind": "business|branch|personal"}.
motcua validate phone NUMBER | motcua validate email ADDRESS
    {"valid": true, "normalized"}.

Giá trị không hợp lệ: in {"valid": false, "reason", "field", "code"} và thoát với mã 1.</translation>
    </message>
    <message>
        <source>Usage: motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT] (--amount is optional with --static).</source>
        <translation>Cách dùng: motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT] (có --static thì không bắt buộc --amount).</translation>
    </message>
    <message>
        <source>amount: "%1" must be a whole number of đồng, digits only (e.g. 150000).</source>
        <translation>amount: "%1" phải là số tiền nguyên tính bằng đồng, chỉ gồm chữ số (ví dụ 150000).</translation>
    </message>
    <message>
        <source>Build a VietQR (NAPAS) payment payload for a fee.</source>
        <translation>Tạo nội dung mã VietQR (NAPAS) để nộp phí, lệ phí.</translation>
    </message>
    <message>
        <source>motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT]
              [--static] [--service QRIBFTTA|QRIBFTTC] [--merchant-name N] [--merchant-city C]

Prints {"payload": "000201...6304XXXX"}: EMVCo TLV with the NAPAS GUID A000000727 and a
CRC-16/CCITT-FALSE. The note is folded to ASCII upper case and may have at most 25 characters.
Dynamic (one payment, amount locked) unless --static.</source>
        <translation>motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT]
              [--static] [--service QRIBFTTA|QRIBFTTC] [--merchant-name N] [--merchant-city C]

In ra {"payload": "000201...6304XXXX"}: chuỗi TLV theo EMVCo với GUID NAPAS A000000727 và
CRC-16/CCITT-FALSE. Nội dung chuyển khoản được đổi sang chữ in hoa không dấu, tối đa 25 ký tự.
Mã động (một lần thanh toán, khóa số tiền) trừ khi có --static.</translation>
    </message>
    <message>
        <source>Cannot read the file %1 given with --from-json.</source>
        <translation>Không đọc được tệp %1 truyền qua --from-json.</translation>
    </message>
    <message>
        <source>The file %1 is not a JSON object (%2); see docs/forms.md for its shape.</source>
        <translation>Tệp %1 không phải đối tượng JSON (%2); xem cấu trúc tại docs/forms.md.</translation>
    </message>
    <message>
        <source>Unknown form "%1". Use receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice or tracking-book.</source>
        <translation>Biểu mẫu "%1" không tồn tại. Hãy dùng receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice hoặc tracking-book.</translation>
    </message>
    <message>
        <source>motcua print %1 needs the dossier CODE.</source>
        <translation>motcua print %1 cần mã hồ sơ (CODE).</translation>
    </message>
    <message>
        <source>Give exactly one output: --pdf OUT.pdf or --printer NAME.</source>
        <translation>Hãy chọn đúng một đầu ra: --pdf OUT.pdf hoặc --printer NAME.</translation>
    </message>
    <message>
        <source>The code %1 does not match the code %2 in %3.</source>
        <translation>Mã %1 không khớp với mã %2 trong tệp %3.</translation>
    </message>
    <message>
        <source>motcua scan --device NAME [--source flatbed|adf|duplex] [--resolution DPI] [--mode color|gray|lineart]
            [--pages N] [--page-size a4|a5|letter|max] [--option NAME=VALUE]... [--no-pdf] --out DIR

Scans (flatbed: one page unless --pages; feeder: until it is empty or N pages), checks every page for
blank and barcodes, stores it compressed under the data dir (pages/ab/&lt;sha256&gt;.jpg|tif|jb2) and
writes DIR/page-NNN.jpg|tif|jb2 and one DIR/document-N.pdf per document (separator sheets split documents; the
site's scanner.separator_barcode). --option sets a SANE option of the device by its own name.
Prints JSON: {"device", "status": "ok|no_documents|jammed|cover_open|busy|io_error|access_denied|
out_of_memory|cancelled|not_found|...", "message", "pages": [{"file", "sha256", "width", "height",
"dpi", "bytes", "blank", "barcodes": [{"format", "text"}]}], "documents": [{"file", "pages"}]}.
Pages scanned before a device error are kept and listed; a device error exits 3.</source>
        <translation>motcua scan --device TÊN [--source flatbed|adf|duplex] [--resolution DPI] [--mode color|gray|lineart]
            [--pages N] [--page-size a4|a5|letter|max] [--option TÊN=GIÁ_TRỊ]... [--no-pdf] --out THƯ_MỤC

Quét (mặt kính: một trang nếu không có --pages; khay nạp: đến khi hết giấy hoặc đủ N trang), kiểm tra
trang trắng và mã vạch trên từng trang, lưu bản nén trong thư mục dữ liệu (pages/ab/&lt;sha256&gt;.jpg|tif|jb2) và ghi
THƯ_MỤC/page-NNN.jpg|tif|jb2 cùng một tệp THƯ_MỤC/document-N.pdf cho mỗi thành phần hồ sơ (tờ phân cách chia
các thành phần; mã của tờ phân cách là scanner.separator_barcode của điểm). --option đặt một tùy chọn SANE
của thiết bị theo tên riêng của nó.
In ra JSON: {"device", "status": "ok|no_documents|jammed|cover_open|busy|io_error|access_denied|
out_of_memory|cancelled|not_found|...", "message", "pages": [{"file", "sha256", "width", "height",
"dpi", "bytes", "blank", "barcodes": [{"format", "text"}]}], "documents": [{"file", "pages"}]}.
Các trang đã quét trước khi thiết bị gặp lỗi vẫn được giữ và liệt kê; lỗi thiết bị trả mã thoát 3.</translation>
    </message>
    <message>
        <source>expected cash or transfer, not "%1"</source>
        <translation>cần là cash (tiền mặt) hoặc transfer (chuyển khoản), không phải "%1"</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới cho %1: </translation>
    </message>
    <message>
        <source>Usage: motcua user %1 LOGIN (see motcua help user)</source>
        <translation>Cách dùng: motcua user %1 TÊN_ĐĂNG_NHẬP (xem motcua help user)</translation>
    </message>
    <message>
        <source>Set the new password in MOTCUA_PASSWORD_NEW or run in a terminal</source>
        <translation>Hãy đặt mật khẩu mới trong MOTCUA_PASSWORD_NEW hoặc chạy lệnh trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>Usage: motcua user add|list|unlock|disable|enable|passwd (see motcua help user)</source>
        <translation>Cách dùng: motcua user add|list|unlock|disable|enable|passwd (xem motcua help user)</translation>
    </message>
    <message>
        <source>Add, list, unlock, disable and enable user accounts, change passwords.</source>
        <translation>Thêm, liệt kê, mở khóa, vô hiệu hóa và kích hoạt lại tài khoản người dùng, đổi mật khẩu.</translation>
    </message>
    <message>
        <source>motcua user add LOGIN --name "FULL NAME" --role clerk|postal|supervisor|admin
motcua user list
motcua user unlock LOGIN     clear the failed sign-ins and the lock
motcua user disable LOGIN    the account can no longer sign in
motcua user enable LOGIN     allow the account to sign in again
motcua user passwd LOGIN     set a new password (and clear the lock)

Needs --user of an administrator (password in MOTCUA_PASSWORD); anyone may change their own password with passwd. The new password comes from MOTCUA_PASSWORD_NEW (passwd also asks for it at a terminal) and is stored as an Argon2id hash.</source>
        <translation>motcua user add TÊN_ĐĂNG_NHẬP --name "HỌ VÀ TÊN" --role clerk|postal|supervisor|admin
motcua user list
motcua user unlock TÊN_ĐĂNG_NHẬP     xóa số lần đăng nhập sai và mở khóa
motcua user disable TÊN_ĐĂNG_NHẬP    tài khoản không thể đăng nhập nữa
motcua user enable TÊN_ĐĂNG_NHẬP     cho phép tài khoản đăng nhập lại
motcua user passwd TÊN_ĐĂNG_NHẬP     đặt mật khẩu mới (và mở khóa)

Cần --user của một quản trị viên (mật khẩu trong MOTCUA_PASSWORD); ai cũng có thể đổi mật khẩu của chính mình bằng passwd. Mật khẩu mới lấy từ MOTCUA_PASSWORD_NEW (passwd cũng hỏi mật khẩu khi chạy trong cửa sổ dòng lệnh) và được lưu dưới dạng băm Argon2id.</translation>
    </message>
    <message>
        <source>No database in %1; nothing to check</source>
        <translation>Không có cơ sở dữ liệu trong %1; không có gì để kiểm tra</translation>
    </message>
    <message>
        <source>Desk credential: </source>
        <translation>Thông tin xác thực của quầy: </translation>
    </message>
    <message>
        <source>No credential: set MOTCUA_CENTRAL_CREDENTIAL or run in a terminal</source>
        <translation>Chưa có thông tin xác thực: đặt biến MOTCUA_CENTRAL_CREDENTIAL hoặc chạy trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>Central refused the credential (HTTP %1)</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực (HTTP %1)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>Unknown sync command "%1"; see `motcua help sync`</source>
        <translation>Lệnh đồng bộ "%1" không hợp lệ; xem `motcua help sync`</translation>
    </message>
    <message>
        <source>Send the desk's records to the central system, or show the sync state.</source>
        <translation>Gửi dữ liệu của quầy lên hệ thống trung tâm, hoặc xem tình trạng đồng bộ.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored</source>
        <translation>Không di chuyển được %1 sang chỗ khác; chưa khôi phục gì</translation>
    </message>
    <message>
        <source>The backup %1 does not exist</source>
        <translation>Bản sao lưu %1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 already holds a database; give --force to replace it (it is kept beside as .before-restore-...)</source>
        <translation>%1 đã có cơ sở dữ liệu; dùng --force để thay thế (bản cũ được giữ bên cạnh với tên .before-restore-...)</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1</source>
        <translation>Không đưa được cơ sở dữ liệu đã khôi phục vào vị trí %1</translation>
    </message>
    <message>
        <source>--repair needs the stored files checked; drop --skip-files</source>
        <translation>--repair cần kiểm tra các tệp đã lưu; hãy bỏ --skip-files</translation>
    </message>
    <message>
        <source>The intake file %1 is larger than 4 MB</source>
        <translation>Tệp tiếp nhận %1 lớn hơn 4 MB</translation>
    </message>
    <message>
        <source>Usage: motcua site show|rebind (see motcua help site)</source>
        <translation>Cách dùng: motcua site show|rebind (xem motcua help site)</translation>
    </message>
    <message>
        <source>Show or change the agency the data folder is bound to.</source>
        <translation>Xem hoặc đổi cơ quan mà thư mục dữ liệu được gắn với.</translation>
    </message>
    <message>
        <source>motcua site show      the agency bound to the data folder and the --site file's agency
motcua site rebind    bind the data folder to the --site file's agency (administrators; audited)

`motcua init` binds the data folder to the agency of its site file; every later command refuses a site file of another agency (code site_mismatch) until an administrator rebinds it.
Prints JSON: {"bound_agency", "previous_agency", "site_agency", "matches"}.</source>
        <translation>motcua site show      cơ quan gắn với thư mục dữ liệu và cơ quan trong tệp --site
motcua site rebind    gắn thư mục dữ liệu với cơ quan trong tệp --site (quản trị viên; có ghi nhật ký kiểm tra)

`motcua init` gắn thư mục dữ liệu với cơ quan trong tệp cấu hình điểm; mọi lệnh sau đó từ chối tệp cấu hình của cơ quan khác (mã site_mismatch) cho đến khi quản trị viên gắn lại.
In ra JSON: {"bound_agency", "previous_agency", "site_agency", "matches"}.</translation>
    </message>
    <message>
        <source>motcua audit verify [--against-central]

Prints {"ok", "rows", "head", "findings": [{"seq", "problem", "message"}]}; problem is edited, deleted, reordered or inserted. Exit 1 when any row was tampered with. Needs a supervisor or administrator (--user).
--against-central: also checks each audit head central kept from this desk's syncs is still in the log at its position (a log edited and sealed again is caught: anchor_mismatch, anchor_missing); adds "anchors_checked".</source>
        <translation>motcua audit verify [--against-central]

In ra {"ok", "rows", "head", "findings": [{"seq", "problem", "message"}]}; problem là edited, deleted, reordered hoặc inserted. Trả về mã 1 khi có dòng bị can thiệp. Cần cán bộ giám sát hoặc quản trị (--user).
--against-central: kiểm tra thêm rằng mỗi đầu chuỗi nhật ký mà hệ thống trung tâm đã lưu qua các lần đồng bộ vẫn còn trong nhật ký tại đúng vị trí (nhật ký bị sửa và niêm phong lại sẽ bị phát hiện: anchor_mismatch, anchor_missing); thêm "anchors_checked".</translation>
    </message>
    <message>
        <source>--keep takes a number of backups</source>
        <translation>--keep cần một số lượng bản sao lưu</translation>
    </message>
    <message>
        <source>Usage: motcua db check [--repair] | motcua db backup FOLDER | motcua db backup --rotate DIR --keep N | motcua db restore BACKUP [--force] | motcua db purge [--dry-run]</source>
        <translation>Cách dùng: motcua db check [--repair] | motcua db backup THƯ_MỤC | motcua db backup --rotate THƯ_MỤC --keep N | motcua db restore BẢN_SAO_LƯU [--force] | motcua db purge [--dry-run]</translation>
    </message>
    <message>
        <source>A backup never replaces anything: give a new folder (or use --rotate DIR --keep N)</source>
        <translation>Bản sao lưu không bao giờ ghi đè: hãy chỉ định một thư mục mới (hoặc dùng --rotate THƯ_MỤC --keep N)</translation>
    </message>
    <message>
        <source>motcua db check [--skip-files] [--repair]
motcua db backup FOLDER
motcua db backup --rotate DIR [--keep N]
motcua db restore BACKUP [--force]
motcua db purge [--dry-run]

check runs SQLite's integrity and foreign-key checks plus the store's own invariants (states, history, code counters, search index, pauses, outbox, stored files and their SHA-256, audit chain); exit 1 when a problem is found, also when the file is damaged (read only: never created or repaired). --repair first removes stored files no dossier references (left by an interrupted intake; audited) and lists them as "removed_files". backup makes the new folder FOLDER with the database (SQLite's online backup, safe while the desk is in use), every stored file it references and manifest.json with their SHA-256; readable by its owner only, never over anything that exists; a missing or damaged stored file fails it (exit 3) and leaves nothing. --rotate makes a new backup folder in DIR and removes the oldest beyond the newest N (default 7), for cron. restore takes a backup folder (or a database file) and refuses a damaged one, copies its stored files back, replaces the data folder's database only with --force (the replaced one is kept beside it as motcua.db.before-restore-TIME), checks the restored copy and records the restore in its audit log. Needs an administrator. purge erases the personal data of finished dossiers not changed for the site's personal_data.retention_days (docs/personal-data.md); --dry-run only lists them; a supervisor or an administrator.</source>
        <translation>motcua db check [--skip-files] [--repair]
motcua db backup THƯ_MỤC
motcua db backup --rotate THƯ_MỤC [--keep N]
motcua db restore BẢN_SAO_LƯU [--force]
motcua db purge [--dry-run]

check chạy kiểm tra toàn vẹn và khóa ngoại của SQLite cùng các ràng buộc riêng của kho dữ liệu (trạng thái, lịch sử, bộ đếm mã, chỉ mục tìm kiếm, tạm dừng, hộp thư đi, tệp lưu trữ và SHA-256 của chúng, chuỗi nhật ký kiểm toán); mã thoát 1 khi phát hiện vấn đề, kể cả khi tệp bị hỏng (chỉ đọc: không bao giờ tạo mới hay sửa). --repair trước hết xóa các tệp lưu trữ không thuộc hồ sơ nào (do một lần tiếp nhận bị gián đoạn để lại; có ghi nhật ký) và liệt kê chúng trong "removed_files". backup tạo thư mục mới THƯ_MỤC gồm cơ sở dữ liệu (sao lưu trực tuyến của SQLite, an toàn khi quầy đang làm việc), mọi tệp lưu trữ mà cơ sở dữ liệu tham chiếu và manifest.json ghi SHA-256 của chúng; chỉ chủ sở hữu đọc được, không bao giờ ghi đè lên thứ đã có; một tệp lưu trữ bị thiếu hoặc hỏng làm bản sao lưu thất bại (mã thoát 3) và không để lại gì. --rotate tạo một thư mục sao lưu mới trong THƯ_MỤC và xóa các bản cũ nhất ngoài N bản mới nhất (mặc định 7), dùng cho cron. restore nhận một thư mục sao lưu (hoặc một tệp cơ sở dữ liệu) và từ chối bản bị hỏng, chép lại các tệp lưu trữ, chỉ thay cơ sở dữ liệu của thư mục dữ liệu khi có --force (bản bị thay được giữ bên cạnh với tên motcua.db.before-restore-THỜI_ĐIỂM), kiểm tra bản đã khôi phục và ghi việc khôi phục vào nhật ký kiểm toán. Cần quản trị viên. purge xóa dữ liệu cá nhân của các hồ sơ đã kết thúc không thay đổi trong thời hạn personal_data.retention_days của tệp cấu hình quầy (docs/personal-data.md); --dry-run chỉ liệt kê; giám sát viên hoặc quản trị viên.</translation>
    </message>
    <message>
        <source>Usage: motcua person export --id ID_NUMBER | motcua person erase --id ID_NUMBER --reason TEXT</source>
        <translation>Cách dùng: motcua person export --id SỐ_ĐỊNH_DANH | motcua person erase --id SỐ_ĐỊNH_DANH --reason LÝ_DO</translation>
    </message>
    <message>
        <source>Export or erase one person's personal data (Decree 13/2023).</source>
        <translation>Xuất hoặc xóa dữ liệu cá nhân của một người (Nghị định 13/2023).</translation>
    </message>
    <message>
        <source>motcua person export --id ID_NUMBER
motcua person erase --id ID_NUMBER --reason TEXT

export prints everything the desk holds about the citizen with that ID number: their details and every dossier they appear in (as applicant, owner or collector of the result) with its files' references. erase replaces their name, ID number, birth date, phone, e-mail and address in those dossiers by a marker, removes them from notes, history and the messages waiting for the central system, and deletes the content of the papers that are theirs alone; the dossier's code, procedure, dates and states stay. Both are audited; erase needs the reason (the request and its reference). Supervisors only.</source>
        <translation>motcua person export --id SỐ_ĐỊNH_DANH
motcua person erase --id SỐ_ĐỊNH_DANH --reason LÝ_DO

export in ra mọi dữ liệu quầy đang lưu về công dân có số định danh đó: thông tin của họ và mọi hồ sơ có mặt họ (là người nộp, chủ hồ sơ hoặc người nhận kết quả) kèm tham chiếu các tệp. erase thay họ tên, số định danh, ngày sinh, điện thoại, thư điện tử và địa chỉ của họ trong các hồ sơ đó bằng một dấu đánh dấu, xóa chúng khỏi ghi chú, lịch sử và các thông điệp chờ gửi hệ thống trung tâm, và xóa nội dung các giấy tờ chỉ của riêng họ; mã hồ sơ, thủ tục, ngày tháng và trạng thái được giữ lại. Cả hai đều được ghi nhật ký kiểm toán; erase cần lý do (yêu cầu và số hiệu của yêu cầu). Chỉ giám sát viên.</translation>
    </message>
    <message>
        <source>Give the period as --from DATE --to DATE, --month YYYY-MM, --quarter YYYY-Q1..Q4 or --year YYYY.</source>
        <translation>Hãy cho kỳ báo cáo bằng --from NGÀY --to NGÀY, --month YYYY-MM, --quarter YYYY-Q1..Q4 hoặc --year YYYY.</translation>
    </message>
    <message>
        <source>The period is not valid: use dates yyyy-MM-dd, the first not after the last.</source>
        <translation>Kỳ báo cáo không hợp lệ: dùng ngày dạng yyyy-MM-dd, ngày đầu không sau ngày cuối.</translation>
    </message>
    <message>
        <source>Unknown --format %1; use json, csv, xlsx or pdf.</source>
        <translation>Không biết --format %1; dùng json, csv, xlsx hoặc pdf.</translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with --out FILE.</source>
        <translation>--format %1 ghi ra tệp: hãy cho tệp bằng --out TỆP.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2. Choose a writable path.</source>
        <translation>Không ghi được tệp %1: %2. Hãy chọn đường dẫn có quyền ghi.</translation>
    </message>
    <message>
        <source>Usage: motcua report daily|period|tracking-book|satisfaction PERIOD [--format json|csv|xlsx|pdf] [--out FILE]</source>
        <translation>Cách dùng: motcua report daily|period|tracking-book|satisfaction KỲ [--format json|csv|xlsx|pdf] [--out TỆP]</translation>
    </message>
    <message>
        <source>Unknown report "%1". Use daily, period, tracking-book or satisfaction.</source>
        <translation>Không có báo cáo "%1". Dùng daily, period, tracking-book hoặc satisfaction.</translation>
    </message>
    <message>
        <source>Supervisor reports: the day's dashboard, periodic report, tracking book, satisfaction; exports.</source>
        <translation>Báo cáo cho giám sát viên: bảng điều khiển trong ngày, báo cáo định kỳ, sổ theo dõi hồ sơ, mức độ hài lòng; xuất tệp.</translation>
    </message>
    <message>
        <source>motcua report daily [--date D] [--format json|csv|xlsx|pdf] [--out FILE]
motcua report period|tracking-book|satisfaction (--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --year YYYY) [--format json|csv|xlsx|pdf] [--out FILE]

period: dossiers to handle (carried over, new by channel), resolved early/on time/late, in progress within/past the limit, by procedure and channel. satisfaction: ratings by agency, procedure and clerk. tracking-book: the book's entries (supervisor only).
JSON on stdout; with --format csv|xlsx|pdf the file goes to --out and stdout gets {"report", "from", "to", "format", "out", "rows"}.
daily: the dashboard of day D (default today), counts, queues, fees per clerk, ratings; an administrator gets the counts only. See docs/dashboard.md and docs/reports.md.</source>
        <translation>motcua report daily [--date D] [--format json|csv|xlsx|pdf] [--out TỆP]
motcua report period|tracking-book|satisfaction (--from NGÀY --to NGÀY | --month YYYY-MM | --quarter YYYY-QN | --year YYYY) [--format json|csv|xlsx|pdf] [--out TỆP]

period: hồ sơ phải giải quyết (kỳ trước chuyển qua, mới tiếp nhận theo kênh), đã giải quyết trước hạn/đúng hạn/quá hạn, đang giải quyết trong hạn/quá hạn, theo thủ tục và theo kênh. satisfaction: đánh giá theo cơ quan, thủ tục và cán bộ tiếp nhận. tracking-book: các dòng của sổ theo dõi hồ sơ (chỉ giám sát viên).
JSON ra stdout; với --format csv|xlsx|pdf tệp được ghi vào --out và stdout nhận {"report", "from", "to", "format", "out", "rows"}.
daily: bảng điều khiển của ngày D (mặc định hôm nay): các con số, hàng đợi, lệ phí theo cán bộ, đánh giá; quản trị hệ thống chỉ nhận các con số. Xem docs/dashboard.md và docs/reports.md.</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD, e.g. 2027-03-01</source>
        <translation>--date phải là một ngày viết dạng YYYY-MM-DD, ví dụ 2027-03-01</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf</source>
        <translation>--format phải là json, csv, xlsx hoặc pdf</translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with --out FILE</source>
        <translation>--format %1 ghi ra tệp: hãy chỉ định bằng --out TỆP</translation>
    </message>
    <message>
        <source>motcua sync [--once]
motcua sync --status
motcua sync login
motcua sync retry [KEY] --user LOGIN

--once: one round (push, then pull central's changes), then {"pushed","uploaded_bytes","pulled","pending","parked"}; exit 3 when central cannot be reached (nothing is lost). Without --once: rounds until Ctrl-C.
--status: {"online","pending","pending_bytes","parked":[{"code","service","reason"}],"last_error","last_success","feed":{"cursor","last_pull","changes","conflicts","recent_conflicts","calendar","site"}}.
login: checks the desk credential (MOTCUA_CENTRAL_CREDENTIAL or a prompt) with central and keeps it in the system keychain, or where there is none in &lt;data dir&gt;/central-credential, readable by this user only.
retry: releases parked records (all, or the one with KEY) after the cause was fixed.</source>
        <translation>motcua sync [--once]
motcua sync --status
motcua sync login
motcua sync retry [KEY] --user LOGIN

--once: một lượt (gửi đi, rồi nhận các thay đổi từ trung tâm), sau đó in {"pushed","uploaded_bytes","pulled","pending","parked"}; trả về mã 3 khi không kết nối được trung tâm (không mất dữ liệu). Không có --once: chạy liên tục đến khi nhấn Ctrl-C.
--status: {"online","pending","pending_bytes","parked":[{"code","service","reason"}],"last_error","last_success","feed":{"cursor","last_pull","changes","conflicts","recent_conflicts","calendar","site"}}.
login: kiểm tra thông tin xác thực của quầy (MOTCUA_CENTRAL_CREDENTIAL hoặc nhập khi được hỏi) với trung tâm và cất vào kho khóa của hệ thống, hoặc nếu không có kho khóa thì vào &lt;thư mục dữ liệu&gt;/central-credential, chỉ người dùng này đọc được.
retry: gửi lại các bản ghi bị giữ (tất cả, hoặc bản ghi có KEY) sau khi đã khắc phục nguyên nhân.</translation>
    </message>
    <message>
        <source>Usage: motcua print FORM CODE --pdf OUT | --printer NAME (FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice, tracking-book, closing-sheet)</source>
        <translation>Cách dùng: motcua print FORM CODE --pdf OUT | --printer NAME (FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice, tracking-book, closing-sheet)</translation>
    </message>
    <message>
        <source>motcua print FORM CODE --pdf OUT.pdf | --printer NAME [--form-set ID] [--from-json FILE]
motcua print tracking-book --from DATE --to DATE --pdf OUT.pdf | --printer NAME
motcua print closing-sheet [--date DATE] [--clerk LOGIN] [--out OUT.pdf]

FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice.
The dossier is read from the store (needs --user); --from-json FILE prints from a JSON file instead (docs/forms.md). --form-set picks a form set (TT03-2025, TT01-2018); by default the set in force on the receipt date.
Prints JSON: {"form", "code", "form_set", "pages", "pdf" | "printer"}.</source>
        <translation>motcua print FORM CODE --pdf OUT.pdf | --printer NAME [--form-set ID] [--from-json FILE]
motcua print tracking-book --from DATE --to DATE --pdf OUT.pdf | --printer NAME
motcua print closing-sheet [--date DATE] [--clerk LOGIN] [--out OUT.pdf]

FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice.
Hồ sơ được đọc từ cơ sở dữ liệu (cần --user); --from-json FILE in từ một tệp JSON thay thế (docs/forms.md). --form-set chọn bộ biểu mẫu (TT03-2025, TT01-2018); mặc định là bộ có hiệu lực vào ngày tiếp nhận hồ sơ.
Kết quả JSON: {"form", "code", "form_set", "pages", "pdf" | "printer"}.</translation>
    </message>
    <message>
        <source>Dossier %1 names no owner apart from the applicant</source>
        <translation>Hồ sơ %1 không ghi chủ hồ sơ nào khác người nộp</translation>
    </message>
    <message>
        <source>The %1 of dossier %2 is not the one given; leave the options out to check the dossier's own data</source>
        <translation>%1 của hồ sơ %2 không phải là người đã nêu; bỏ các tùy chọn đó để kiểm tra chính dữ liệu của hồ sơ</translation>
    </message>
    <message>
        <source>--birth-date: "%1" is not a date (YYYY-MM-DD)</source>
        <translation>--birth-date: "%1" không phải là ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Usage: motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD | verify business --tax-code C (or --dossier CODE)</source>
        <translation>Cách dùng: motcua verify citizen --id N --name HỌ_TÊN --birth-date YYYY-MM-DD | verify business --tax-code MÃ (hoặc --dossier MÃ_HỒ_SƠ)</translation>
    </message>
    <message>
        <source>--party is applicant or owner</source>
        <translation>--party phải là applicant hoặc owner</translation>
    </message>
    <message>
        <source>Usage: motcua verify show CODE</source>
        <translation>Cách dùng: motcua verify show MÃ_HỒ_SƠ</translation>
    </message>
    <message>
        <source>Usage: motcua verify citizen|business|show ... (motcua help verify)</source>
        <translation>Cách dùng: motcua verify citizen|business|show ... (motcua help verify)</translation>
    </message>
    <message>
        <source>Check a citizen or a business with the national databases (central).</source>
        <translation>Kiểm tra công dân hoặc doanh nghiệp với các cơ sở dữ liệu quốc gia (qua hệ thống trung tâm).</translation>
    </message>
    <message>
        <source>motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD [--dossier CODE [--party owner]]
motcua verify business --tax-code C [--dossier CODE [--party owner]]
motcua verify show CODE

Asks the site's central server with the desk's credential (motcua sync login). A citizen check
prints {"result":"match|mismatch|not_found|unavailable"} (a mismatch names what differs:
"differs":["name","birth_date"]); a business check prints {"result":"found|not_found|
unavailable","name","address","representative","status":"active|suspended|dissolved"}.
With --dossier the answer is kept with the dossier (history and audit); the options may then be
left out (the dossier's applicant, or owner, is checked). Without an answer (central or the
national database unreachable) the check is kept as pending and asked again by `motcua sync`;
the exit code is then 3. `verify show CODE` lists a dossier's checks. Needs --user (a clerk).</source>
        <translation>motcua verify citizen --id N --name HỌ_TÊN --birth-date YYYY-MM-DD [--dossier MÃ [--party owner]]
motcua verify business --tax-code MST [--dossier MÃ [--party owner]]
motcua verify show MÃ

Hỏi máy chủ trung tâm của địa điểm bằng thông tin xác thực của quầy (motcua sync login). Kiểm tra
công dân in ra {"result":"match|mismatch|not_found|unavailable"} (khi không khớp thì nêu phần khác:
"differs":["name","birth_date"]); kiểm tra doanh nghiệp in ra {"result":"found|not_found|
unavailable","name","address","representative","status":"active|suspended|dissolved"}.
Với --dossier, kết quả được lưu vào hồ sơ (lịch sử và nhật ký kiểm toán); khi đó có thể bỏ các tùy
chọn kia (kiểm tra người nộp, hoặc chủ hồ sơ, của hồ sơ). Khi không có trả lời (không kết nối được
trung tâm hoặc CSDL quốc gia) phép kiểm tra được lưu ở trạng thái chờ và `motcua sync` sẽ hỏi lại;
khi đó mã thoát là 3. `verify show MÃ` liệt kê các lần kiểm tra của hồ sơ. Cần --user (cán bộ tiếp nhận).</translation>
    </message>
</context>
<context>
    <name>motcua::CccdQr</name>
    <message>
        <source>CCCD QR: the text is too long (%1 characters) to be an ID card QR code. Scan the QR code on the card again.</source>
        <translation>QR CCCD: chuỗi quá dài (%1 ký tự) để là mã QR của thẻ căn cước. Hãy quét lại mã QR trên thẻ.</translation>
    </message>
    <message>
        <source>CCCD QR: no text was read. Scan the QR code on the card again.</source>
        <translation>QR CCCD: không đọc được nội dung nào. Hãy quét lại mã QR trên thẻ.</translation>
    </message>
    <message>
        <source>CCCD QR: the text contains control or unreadable characters, so the scanner garbled it. Set the scanner to serial mode or a US keyboard layout and scan again.</source>
        <translation>QR CCCD: nội dung có ký tự điều khiển hoặc ký tự không đọc được, máy quét đã làm sai lệch dữ liệu. Hãy đặt máy quét ở chế độ cổng nối tiếp (serial) hoặc bàn phím US rồi quét lại.</translation>
    </message>
    <message>
        <source>CCCD QR: expected 6 to 8 fields separated by "|" but found %1. The code is not an ID card QR code or was garbled; scan it again.</source>
        <translation>QR CCCD: cần 6 đến 8 trường ngăn cách bởi "|" nhưng có %1. Đây không phải mã QR của thẻ căn cước hoặc dữ liệu đã bị sai lệch; hãy quét lại.</translation>
    </message>
    <message>
        <source>CCCD QR: no date of birth (8 digits ddMMyyyy) in field 3 or 4. The code was garbled; scan it again.</source>
        <translation>QR CCCD: không có ngày sinh (8 chữ số ddMMyyyy) ở trường 3 hoặc 4. Dữ liệu đã bị sai lệch; hãy quét lại.</translation>
    </message>
    <message>
        <source>CCCD QR: the issue date field is missing. Scan the code again.</source>
        <translation>QR CCCD: thiếu trường ngày cấp. Hãy quét lại mã.</translation>
    </message>
    <message>
        <source>CCCD QR: field 1 (personal identification number) must be 12 digits, got "%1". Scan the code again.</source>
        <translation>QR CCCD: trường 1 (số định danh cá nhân) phải gồm 12 chữ số, nhận được "%1". Hãy quét lại mã.</translation>
    </message>
    <message>
        <source>CCCD QR: the full name field is empty. Scan the code again.</source>
        <translation>QR CCCD: trường họ và tên bị trống. Hãy quét lại mã.</translation>
    </message>
    <message>
        <source>CCCD QR: the date of birth "%1" is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation>QR CCCD: ngày sinh "%1" không phải là ngày có thật (ddMMyyyy). Hãy quét lại mã hoặc nhập tay.</translation>
    </message>
    <message>
        <source>CCCD QR: the issue date "%1" is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation>QR CCCD: ngày cấp "%1" không phải là ngày có thật (ddMMyyyy). Hãy quét lại mã hoặc nhập tay.</translation>
    </message>
    <message>
        <source>The old ID number "%1" is not 9 or 12 digits. Check it against the old card.</source>
        <translation>Số CMND cũ "%1" không gồm 9 hoặc 12 chữ số. Hãy đối chiếu với thẻ cũ.</translation>
    </message>
    <message>
        <source>The name "%1" contains characters a Vietnamese name cannot contain; the scanner may have garbled it. Compare it with the card.</source>
        <translation>Họ tên "%1" có ký tự không thể có trong tên người Việt; có thể máy quét đã làm sai lệch. Hãy đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Compare it with the card.</source>
        <translation>Ngày sinh ở tương lai. Hãy đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>The issue date is earlier than the date of birth. Compare both with the card.</source>
        <translation>Ngày cấp sớm hơn ngày sinh. Hãy đối chiếu cả hai ngày với thẻ.</translation>
    </message>
    <message>
        <source>The issue date is in the future. Check the computer's date and the card.</source>
        <translation>Ngày cấp ở tương lai. Hãy kiểm tra ngày giờ của máy tính và đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>The 8th field (%1) is a date earlier than the issue date.</source>
        <translation>Trường thứ 8 (%1) là một ngày sớm hơn ngày cấp.</translation>
    </message>
    <message>
        <source>The address field is empty. Ask for the permanent address.</source>
        <translation>Trường địa chỉ bị trống. Hãy hỏi địa chỉ thường trú.</translation>
    </message>
    <message>
        <source>personal identification number</source>
        <translation>số định danh cá nhân</translation>
    </message>
    <message>
        <source>old ID number</source>
        <translation>số CMND cũ</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>permanent address</source>
        <translation>nơi thường trú</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>ngày cấp</translation>
    </message>
    <message>
        <source>CCCD QR: the %1 field contains a line break, but every field on the card is one line. Scan the code again or type the data by hand.</source>
        <translation>QR CCCD: trường %1 có dấu xuống dòng, nhưng mỗi trường trên thẻ chỉ có một dòng. Hãy quét lại mã hoặc nhập tay.</translation>
    </message>
    <message>
        <source>CCCD QR: the sex field must be "Nam" or "Nữ", got "%1". Scan the code again or type the data by hand.</source>
        <translation>QR CCCD: trường giới tính phải là "Nam" hoặc "Nữ", nhưng đọc được "%1". Hãy quét lại mã hoặc nhập tay.</translation>
    </message>
    <message>
        <source>extra (8th)</source>
        <translation>bổ sung (thứ 8)</translation>
    </message>
</context>
<context>
    <name>motcua::Clock</name>
    <message>
        <source>The current time "%1" is not a date-time. Use the form 2027-03-01T09:30:00 (local time, Asia/Ho_Chi_Minh) or 2027-03-01.</source>
        <translation>Thời điểm hiện tại "%1" không phải ngày giờ. Dùng dạng 2027-03-01T09:30:00 (giờ địa phương, Asia/Ho_Chi_Minh) hoặc 2027-03-01.</translation>
    </message>
</context>
<context>
    <name>motcua::CodeAllocator</name>
    <message>
        <source>Site setting codes.%1 must be a whole number from 1 to 9999. Ask the administrator to correct the site file.</source>
        <translation>Cấu hình điểm codes.%1 phải là số nguyên từ 1 đến 9999. Đề nghị quản trị viên sửa tệp cấu hình điểm.</translation>
    </message>
    <message>
        <source>Site setting codes.first (%1) is greater than codes.last (%2). Ask the administrator to correct the site file.</source>
        <translation>Cấu hình điểm codes.first (%1) lớn hơn codes.last (%2). Đề nghị quản trị viên sửa tệp cấu hình điểm.</translation>
    </message>
    <message>
        <source>This desk has issued every dossier number of its range %1-%2 for today. Issue the code from the central system when it is reachable, or ask the administrator to give this desk a further range (site setting "codes").</source>
        <translation>Quầy này đã cấp hết các số hồ sơ trong dải %1-%2 của ngày hôm nay. Hãy lấy mã từ hệ thống trung tâm khi kết nối được, hoặc đề nghị quản trị viên cấp thêm dải số cho quầy (mục cấu hình "codes").</translation>
    </message>
    <message>
        <source>The computer clock gives no valid time. Set the date and time before receiving dossiers.</source>
        <translation>Đồng hồ máy tính không cho thời gian hợp lệ. Hãy đặt ngày giờ trước khi tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The computer clock (%1) is earlier than the last time this desk issued or confirmed a code (%2). The date is part of the dossier code, so no code is issued: correct the date and time of this computer, then try again.</source>
        <translation>Đồng hồ máy tính (%1) sớm hơn lần cuối quầy này cấp hoặc được xác nhận mã (%2). Ngày là một phần của mã hồ sơ nên không cấp mã: hãy chỉnh lại ngày giờ của máy tính rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>motcua::Config</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>một số nguyên từ %1 đến %2</translation>
    </message>
    <message>
        <source>Setting %1: "%2" is not allowed; use %3.</source>
        <translation>Cài đặt %1: không chấp nhận giá trị "%2"; hãy dùng %3.</translation>
    </message>
    <message>
        <source>Cannot save the settings file %1.</source>
        <translation>Không lưu được tệp cài đặt %1.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierCode</name>
    <message>
        <source>The dossier code must look like 000.00.25.G14-250312-0007 (agency code, receipt date yyMMdd, 4-digit number). Check the code and type it again.</source>
        <translation>Mã hồ sơ phải có dạng 000.00.25.G14-250312-0007 (mã cơ quan, ngày tiếp nhận yyMMdd, số thứ tự 4 chữ số). Hãy kiểm tra và nhập lại mã.</translation>
    </message>
    <message>
        <source>The dossier code may contain only ASCII letters, digits, dots and dashes. Type it again.</source>
        <translation>Mã hồ sơ chỉ được gồm chữ cái ASCII, chữ số, dấu chấm và dấu gạch ngang. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The date part of the dossier code (%1) is not a real date (yyMMdd). Check the code.</source>
        <translation>Phần ngày của mã hồ sơ (%1) không phải là ngày có thật (yyMMdd). Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>The number at the end of the dossier code must be 0001 to 9999.</source>
        <translation>Số thứ tự ở cuối mã hồ sơ phải từ 0001 đến 9999.</translation>
    </message>
</context>
<context>
    <name>motcua::DueDate</name>
    <message>
        <source>Setting %1 must be a time of day as HH:mm (e.g. 15:00), not "%2".</source>
        <translation>Cấu hình %1 phải là giờ trong ngày dạng HH:mm (ví dụ 15:00), không phải "%2".</translation>
    </message>
    <message>
        <source>Office hours must end after they start (officeStart %1, officeEnd %2).</source>
        <translation>Giờ kết thúc làm việc phải sau giờ bắt đầu (officeStart %1, officeEnd %2).</translation>
    </message>
    <message>
        <source>The time limit of this procedure is unknown, so no appointment date can be computed. Enter the limit in the procedure catalogue or set the appointment by hand.</source>
        <translation>Chưa biết thời hạn giải quyết của thủ tục này nên không tính được ngày hẹn trả. Hãy nhập thời hạn vào danh mục thủ tục hoặc đặt ngày hẹn bằng tay.</translation>
    </message>
    <message>
        <source>The receipt time is missing or invalid.</source>
        <translation>Thời điểm tiếp nhận bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation>Giờ kết thúc làm việc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>The appointment date falls outside the calendar.</source>
        <translation>Ngày hẹn trả nằm ngoài phạm vi của lịch.</translation>
    </message>
</context>
<context>
    <name>motcua::InputCheck</name>
    <message>
        <source>%1: the value is empty. Give a value.</source>
        <translation>%1: giá trị bị trống. Hãy nhập giá trị.</translation>
    </message>
    <message>
        <source>%1: the value is too long (%2 characters, at most %3 allowed).</source>
        <translation>%1: giá trị quá dài (%2 ký tự, tối đa %3).</translation>
    </message>
    <message>
        <source>%1: the value is not valid UTF-8 text. Check the input's character encoding.</source>
        <translation>%1: giá trị không phải văn bản UTF-8 hợp lệ. Hãy kiểm tra bảng mã ký tự của dữ liệu.</translation>
    </message>
    <message>
        <source>%1: the value contains a control character (code %2). Remove it and try again.</source>
        <translation>%1: giá trị có ký tự điều khiển (mã %2). Hãy xóa ký tự đó rồi thử lại.</translation>
    </message>
    <message>
        <source>%1: the input is too long (more than %2 bytes).</source>
        <translation>%1: dữ liệu quá dài (hơn %2 byte).</translation>
    </message>
    <message>
        <source>%1: the input is not valid UTF-8 text. Check the input's character encoding.</source>
        <translation>%1: dữ liệu không phải văn bản UTF-8 hợp lệ. Hãy kiểm tra bảng mã ký tự của dữ liệu.</translation>
    </message>
</context>
<context>
    <name>motcua::Lunar</name>
    <message>
        <source>Lunar month must be between 1 and 12.</source>
        <translation>Tháng âm lịch phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>Lunar day must be between 1 and 30.</source>
        <translation>Ngày âm lịch phải từ 1 đến 30.</translation>
    </message>
    <message>
        <source>Lunar date %1/%2%3/%4 does not exist: the month is shorter or the year has no such leap month.</source>
        <translation>Ngày âm lịch %1/%2%3/%4 không tồn tại: tháng đó ngắn hơn hoặc năm đó không có tháng nhuận này.</translation>
    </message>
</context>
<context>
    <name>motcua::SiteConfig</name>
    <message>
        <source>Cannot open the site configuration file %1: %2.</source>
        <translation>Không mở được tệp cấu hình điểm tiếp nhận %1: %2.</translation>
    </message>
    <message>
        <source>The site configuration file %1 is not valid JSON (%2 at offset %3).</source>
        <translation>Tệp cấu hình điểm tiếp nhận %1 không phải JSON hợp lệ (%2 tại vị trí %3).</translation>
    </message>
    <message>
        <source>Site configuration: the field "%1" is required.</source>
        <translation>Cấu hình điểm tiếp nhận: trường "%1" là bắt buộc.</translation>
    </message>
    <message>
        <source>Site configuration: desk_id "%1" must be 1 to 16 letters, digits, '-' or '_'.</source>
        <translation>Cấu hình điểm tiếp nhận: desk_id "%1" phải gồm 1 đến 16 chữ cái không dấu, chữ số, '-' hoặc '_'.</translation>
    </message>
    <message>
        <source>Site configuration: agency_code "%1" is not an electronic agency identifier of the form 000.00.25.G14.</source>
        <translation>Cấu hình điểm tiếp nhận: agency_code "%1" không phải mã định danh điện tử cơ quan dạng 000.00.25.G14.</translation>
    </message>
    <message>
        <source>Site configuration: channel must be "desk" or "postal", not "%1".</source>
        <translation>Cấu hình điểm tiếp nhận: channel phải là "desk" hoặc "postal", không phải "%1".</translation>
    </message>
    <message>
        <source>Site configuration: central_url "%1" must be an http or https address.</source>
        <translation>Cấu hình điểm tiếp nhận: central_url "%1" phải là địa chỉ http hoặc https.</translation>
    </message>
    <message>
        <source>Cannot write the site configuration file %1: %2.</source>
        <translation>Không ghi được tệp cấu hình điểm tiếp nhận %1: %2.</translation>
    </message>
    <message>
        <source>Shared desk of the building</source>
        <translation>Bộ phận một cửa dùng chung của tòa nhà</translation>
    </message>
    <message>
        <source>Desk run by the public postal service</source>
        <translation>Bộ phận một cửa do bưu chính công ích đảm nhận</translation>
    </message>
    <message>
        <source>Unit's own desk</source>
        <translation>Bộ phận một cửa của đơn vị</translation>
    </message>
    <message>
        <source>This shared desk does not serve "%1": add the agency and its code to "agencies" in the site file, or send the applicant to that agency's desk.</source>
        <translation>Bộ phận một cửa dùng chung này không tiếp nhận hồ sơ của "%1": bổ sung cơ quan đó và mã của nó vào "agencies" trong tệp cấu hình, hoặc hướng dẫn người nộp đến bộ phận một cửa của cơ quan đó.</translation>
    </message>
    <message>
        <source>Site configuration: desk_option must be "shared", "unit" or "postal", not "%1".</source>
        <translation>Cấu hình điểm tiếp nhận: desk_option phải là "shared", "unit" hoặc "postal", không phải "%1".</translation>
    </message>
    <message>
        <source>Site configuration: agencies must map each agency's name to its code.</source>
        <translation>Cấu hình điểm tiếp nhận: agencies phải gán cho tên mỗi cơ quan mã của cơ quan đó.</translation>
    </message>
    <message>
        <source>Site configuration: the code "%1" of agency "%2" in agencies is not an electronic agency identifier of the form 000.00.25.G14.</source>
        <translation>Cấu hình điểm tiếp nhận: mã "%1" của cơ quan "%2" trong agencies không phải mã định danh điện tử dạng 000.00.25.G14.</translation>
    </message>
    <message>
        <source>Site configuration: a shared desk (desk_option "shared") needs "agencies", the agencies it serves with their codes.</source>
        <translation>Cấu hình điểm tiếp nhận: bộ phận một cửa dùng chung (desk_option "shared") cần khai báo "agencies", các cơ quan được tiếp nhận hồ sơ cùng mã của chúng.</translation>
    </message>
</context>
<context>
    <name>motcua::Validators</name>
    <message>
        <source>Personal identification number: empty. Type the 12 digits printed on the citizen ID card.</source>
        <translation>Số định danh cá nhân: bị trống. Hãy nhập 12 chữ số in trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Personal identification number: the first three digits (%1) are not a province code. Check the number on the card.</source>
        <translation>Số định danh cá nhân: ba chữ số đầu (%1) không phải mã tỉnh, thành phố. Hãy kiểm tra số trên thẻ.</translation>
    </message>
    <message>
        <source>Personal identification number: digits 4-6 give the birth year %1, which is in the future. Check the number on the card.</source>
        <translation>Số định danh cá nhân: chữ số thứ 4-6 cho năm sinh %1, là năm trong tương lai. Hãy kiểm tra số trên thẻ.</translation>
    </message>
    <message>
        <source>Birth date %1 does not match the personal identification number, which gives birth year %2. Check both against the card.</source>
        <translation>Ngày sinh %1 không khớp với số định danh cá nhân (cho năm sinh %2). Hãy đối chiếu cả hai với thẻ.</translation>
    </message>
    <message>
        <source>Sex "%1" is neither Nam nor Nữ. Check it against the card.</source>
        <translation>Giới tính "%1" không phải Nam hay Nữ. Hãy đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>Sex %1 does not match the personal identification number, which gives %2. Check both against the card.</source>
        <translation>Giới tính %1 không khớp với số định danh cá nhân (cho giới tính %2). Hãy đối chiếu cả hai với thẻ.</translation>
    </message>
    <message>
        <source>Tax code: empty. Type the 10-digit tax code, the 13-digit branch code or the 12-digit personal identification number.</source>
        <translation>Mã số thuế: bị trống. Hãy nhập mã số thuế 10 chữ số, mã đơn vị phụ thuộc 13 chữ số hoặc số định danh cá nhân 12 chữ số.</translation>
    </message>
    <message>
        <source>Tax code: must have 10 digits, 13 digits for a branch, or 12 digits for a person (got %1). Check the code.</source>
        <translation>Mã số thuế: phải có 10 chữ số, 13 chữ số với đơn vị phụ thuộc, hoặc 12 chữ số với cá nhân (nhận được %1). Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Tax code: digits 3-9 cannot all be zero. Check the code.</source>
        <translation>Mã số thuế: các chữ số thứ 3-9 không thể đều bằng 0. Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Tax code: the check digit (10th digit) is wrong, so the code has a typing error. Check it against the registration certificate.</source>
        <translation>Mã số thuế: chữ số kiểm tra (chữ số thứ 10) không đúng, mã đã bị gõ sai. Hãy đối chiếu với giấy chứng nhận đăng ký.</translation>
    </message>
    <message>
        <source>Tax code: a branch suffix (digits 11-13) cannot be 000.</source>
        <translation>Mã số thuế: phần đuôi đơn vị phụ thuộc (chữ số 11-13) không thể là 000.</translation>
    </message>
    <message>
        <source>Phone number: "%1" is not a Vietnamese phone number. Use 10 digits for a mobile (e.g. 0912345678), 11 digits for a landline with its area code (e.g. 02438223344), or +84 followed by the number without the 0.</source>
        <translation>Số điện thoại: "%1" không phải số điện thoại Việt Nam. Di động gồm 10 chữ số (ví dụ 0912345678), cố định gồm 11 chữ số kể cả mã vùng (ví dụ 02438223344), hoặc +84 rồi đến số không có số 0 đầu.</translation>
    </message>
    <message>
        <source>E-mail: "%1" is not a valid address. It must look like name@example.vn, without spaces or diacritics.</source>
        <translation>Thư điện tử: "%1" không phải địa chỉ hợp lệ. Địa chỉ phải có dạng ten@example.vn, không có dấu cách hay dấu tiếng Việt.</translation>
    </message>
    <message>
        <source>Personal identification number: must be exactly 12 digits (got %1 characters). Check the number on the citizen ID card.</source>
        <translation>Số định danh cá nhân: phải gồm đúng 12 chữ số (nhận được %1 ký tự). Hãy kiểm tra số trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Tax code: a 12-digit code is a personal tax code, which is the person's identification number, and this one is not valid. %1</source>
        <translation>Mã số thuế: mã 12 chữ số là mã số thuế cá nhân, tức là số định danh cá nhân của người đó, và số này không hợp lệ. %1</translation>
    </message>
    <message>
        <source>Tax code: only digits are allowed (spaces and dots are ignored, and one dash may separate a branch suffix). Check the code.</source>
        <translation>Mã số thuế: chỉ được gồm chữ số (dấu cách và dấu chấm được bỏ qua; một dấu gạch ngang có thể đứng trước mã đơn vị phụ thuộc). Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Tax code: a dash may only separate the 3-digit branch suffix from the 10-digit code (0100233488-001), and only once. Check the code.</source>
        <translation>Mã số thuế: dấu gạch ngang chỉ được dùng một lần, để tách 3 chữ số của đơn vị phụ thuộc khỏi mã 10 chữ số (0100233488-001). Hãy kiểm tra lại mã.</translation>
    </message>
</context>
<context>
    <name>motcua::VietQr</name>
    <message>
        <source>VietQR: the bank BIN must be 6 digits (e.g. 970418), got "%1". Check the unit's payment settings.</source>
        <translation>VietQR: mã BIN ngân hàng phải gồm 6 chữ số (ví dụ 970418), nhận được "%1". Hãy kiểm tra cấu hình thanh toán của đơn vị.</translation>
    </message>
    <message>
        <source>VietQR: the account number must be 1 to 19 letters or digits, got "%1". Check the unit's payment settings.</source>
        <translation>VietQR: số tài khoản phải gồm 1 đến 19 chữ cái hoặc chữ số, nhận được "%1". Hãy kiểm tra cấu hình thanh toán của đơn vị.</translation>
    </message>
    <message>
        <source>VietQR: the amount must be a whole number of đồng greater than 0 (at most 13 digits).</source>
        <translation>VietQR: số tiền phải là số nguyên tính bằng đồng, lớn hơn 0 (tối đa 13 chữ số).</translation>
    </message>
    <message>
        <source>VietQR: the service must be QRIBFTTA (account) or QRIBFTTC (card).</source>
        <translation>VietQR: dịch vụ phải là QRIBFTTA (tài khoản) hoặc QRIBFTTC (thẻ).</translation>
    </message>
    <message>
        <source>VietQR: the transfer note "%1" has %2 characters; banking apps accept at most %3. Use a shorter payment reference.</source>
        <translation>VietQR: nội dung chuyển khoản "%1" có %2 ký tự; ứng dụng ngân hàng chỉ nhận tối đa %3. Hãy dùng mã tham chiếu thanh toán ngắn hơn.</translation>
    </message>
    <message>
        <source>VietQR: the merchant name may have at most 25 characters and the city at most 15.</source>
        <translation>VietQR: tên đơn vị nhận tối đa 25 ký tự và thành phố tối đa 15 ký tự.</translation>
    </message>
</context>
<context>
    <name>motcua::WorkCalendar</name>
    <message>
        <source>Calendar setting %1: %2 Correct the calendar configuration.</source>
        <translation>Cấu hình lịch %1: %2 Hãy sửa cấu hình lịch.</translation>
    </message>
    <message>
        <source>"%1" is not a weekday name (Mon ... Sun).</source>
        <translation>"%1" không phải tên thứ trong tuần (Mon ... Sun).</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>"%1" không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>expected a month and day as MM-DD.</source>
        <translation>cần tháng và ngày theo dạng MM-DD.</translation>
    </message>
    <message>
        <source>expected a lunar month and day as MM-DD.</source>
        <translation>cần tháng và ngày âm lịch theo dạng MM-DD.</translation>
    </message>
    <message>
        <source>days must be 1-15 and offsetDays -15..15.</source>
        <translation>days phải từ 1 đến 15 và offsetDays từ -15 đến 15.</translation>
    </message>
    <message>
        <source>type must be "off" or "work", not "%1".</source>
        <translation>type phải là "off" hoặc "work", không phải "%1".</translation>
    </message>
    <message>
        <source>every entry needs a label.</source>
        <translation>mỗi mục cần có nhãn (label).</translation>
    </message>
    <message>
        <source>the label must contain %1 for the holiday's name.</source>
        <translation>nhãn phải chứa %1 cho tên ngày lễ.</translation>
    </message>
</context>
<context>
    <name>motcua::audit::AuditChain</name>
    <message>
        <source>Audit row %1 (position %2) has an impossible sequence number: it was added outside the program.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) có số thứ tự không hợp lệ: dòng này đã được thêm vào bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) comes after the last row the program recorded (%3): it was added outside the program.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) nằm sau dòng cuối cùng mà chương trình đã ghi (%3): dòng này đã được thêm vào bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Audit row %1 at position %2 is a second row with the same sequence number as the row at position %3: it was added outside the program.</source>
        <translation>Dòng nhật ký %1 ở vị trí %2 là dòng thứ hai trùng số thứ tự với dòng ở vị trí %3: dòng này đã được thêm vào bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Audit row %1 is missing (between rows %2 and %3): it was deleted.</source>
        <translation>Thiếu dòng nhật ký %1 (giữa dòng %2 và dòng %3): dòng này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit row %1 is missing (before row %2): it was deleted.</source>
        <translation>Thiếu dòng nhật ký %1 (trước dòng %2): dòng này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit row %1 is missing (after row %2; the program recorded %3 rows): it was deleted.</source>
        <translation>Thiếu dòng nhật ký %1 (sau dòng %2; chương trình đã ghi %3 dòng): dòng này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit row %1 is missing (the program recorded %2 rows): it was deleted.</source>
        <translation>Thiếu dòng nhật ký %1 (chương trình đã ghi %2 dòng): dòng này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 are missing too: they were deleted.</source>
        <translation>Cũng thiếu các dòng nhật ký từ %1 đến %2: các dòng này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed: its sequence number now reads %3 and its content no longer matches its hash.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) đã bị sửa: số thứ tự của dòng hiện là %3 và nội dung không còn khớp với mã băm.</translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed: its content no longer matches its hash.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) đã bị sửa: nội dung không còn khớp với mã băm.</translation>
    </message>
    <message>
        <source>Audit row 1 (position %1) was changed and re-sealed: it no longer starts the chain.</source>
        <translation>Dòng nhật ký 1 (vị trí %1) đã bị sửa và niêm phong lại: dòng này không còn là điểm bắt đầu của chuỗi.</translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed and re-sealed: its hash differs from the one recorded by row %3.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) đã bị sửa và niêm phong lại: mã băm của dòng khác với mã băm mà dòng %3 đã ghi nhận.</translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) is the last row but its hash differs from the head the program stored: the row was changed and re-sealed, or the head was altered.</source>
        <translation>Dòng nhật ký %1 (vị trí %2) là dòng cuối nhưng mã băm khác với điểm neo mà chương trình đã lưu: dòng này đã bị sửa và niêm phong lại, hoặc điểm neo đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it is stored at position %2, after row %3.</source>
        <translation>Dòng nhật ký %1 bị sai thứ tự: dòng này được lưu ở vị trí %2, sau dòng %3.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it is stored first.</source>
        <translation>Dòng nhật ký %1 bị sai thứ tự: dòng này được lưu ở vị trí đầu tiên.</translation>
    </message>
</context>
<context>
    <name>motcua::auth</name>
    <message>
        <source>The account is locked after %1 wrong passwords in a row. Try again after %2, or ask an administrator to unlock it.</source>
        <translation>Tài khoản đã bị khóa sau %1 lần nhập sai mật khẩu liên tiếp. Hãy thử lại sau %2, hoặc đề nghị quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be started; reinstall the program or contact the administrator.</source>
        <translation>Không khởi động được thư viện mật khẩu (libsodium); hãy cài đặt lại chương trình hoặc liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The password could not be hashed: the computer is out of memory. Close other programs and try again.</source>
        <translation>Không băm được mật khẩu: máy tính hết bộ nhớ. Hãy đóng bớt các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Mật khẩu quá ngắn: hãy dùng ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Mật khẩu quá dài: hãy dùng tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The password cannot consist of spaces only: choose another one.</source>
        <translation>Mật khẩu không được chỉ gồm dấu cách: hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break): type it again without it.</source>
        <translation>Mật khẩu chứa ký tự điều khiển (như dấu tab hoặc dấu xuống dòng): hãy nhập lại mà không có ký tự đó.</translation>
    </message>
    <message>
        <source>The password repeats a single character: choose one that is harder to guess.</source>
        <translation>Mật khẩu chỉ lặp lại một ký tự: hãy chọn mật khẩu khó đoán hơn.</translation>
    </message>
    <message>
        <source>The password is one of the most commonly used passwords: choose one that is harder to guess.</source>
        <translation>Mật khẩu này thuộc nhóm mật khẩu phổ biến nhất: hãy chọn mật khẩu khó đoán hơn.</translation>
    </message>
    <message>
        <source>The password contains the login name "%1": choose one that does not.</source>
        <translation>Mật khẩu chứa tên đăng nhập "%1": hãy chọn mật khẩu không chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>receive a dossier</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>request a supplement</source>
        <translation>yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>refuse a dossier</source>
        <translation>từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>hand a dossier over to the processing unit</source>
        <translation>chuyển hồ sơ cho đơn vị giải quyết</translation>
    </message>
    <message>
        <source>record that the result is ready</source>
        <translation>ghi nhận đã có kết quả</translation>
    </message>
    <message>
        <source>return the result to the applicant</source>
        <translation>trả kết quả cho người nộp hồ sơ</translation>
    </message>
    <message>
        <source>record the withdrawal of a dossier</source>
        <translation>ghi nhận rút hồ sơ</translation>
    </message>
    <message>
        <source>record that processing was stopped</source>
        <translation>ghi nhận dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>record a fee payment</source>
        <translation>ghi nhận nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>reschedule the appointment (apology slip)</source>
        <translation>hẹn lại ngày trả kết quả (phiếu xin lỗi)</translation>
    </message>
    <message>
        <source>record a satisfaction rating</source>
        <translation>ghi nhận đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>view a dossier</source>
        <translation>xem hồ sơ</translation>
    </message>
    <message>
        <source>search dossiers</source>
        <translation>tìm kiếm hồ sơ</translation>
    </message>
    <message>
        <source>print dossier forms</source>
        <translation>in biểu mẫu hồ sơ</translation>
    </message>
    <message>
        <source>view reports and the tracking book</source>
        <translation>xem báo cáo và sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>quản lý tài khoản người dùng</translation>
    </message>
    <message>
        <source>import the procedure catalogue</source>
        <translation>nhập danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>edit the holiday calendar</source>
        <translation>sửa lịch nghỉ lễ</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>kiểm tra nhật ký hệ thống</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>synchronise with the central system</source>
        <translation>đồng bộ với hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Postal staff</source>
        <translation>Nhân viên bưu chính</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <source>The role "%1" may not %2. Ask a user with the right role to do it, or ask an administrator to change your role.</source>
        <translation>Vai trò "%1" không được phép %2. Hãy nhờ người dùng có vai trò phù hợp thực hiện, hoặc đề nghị quản trị viên thay đổi vai trò của bạn.</translation>
    </message>
    <message>
        <source>export or erase a person's personal data</source>
        <translation>xuất hoặc xóa dữ liệu cá nhân của một người</translation>
    </message>
    <message>
        <source>purge personal data past the retention period</source>
        <translation>xóa dữ liệu cá nhân đã quá thời hạn lưu giữ</translation>
    </message>
    <message>
        <source>view report counts (no dossier contents)</source>
        <translation>xem số liệu báo cáo (không xem nội dung hồ sơ)</translation>
    </message>
</context>
<context>
    <name>motcua::store::RecordRules</name>
    <message>
        <source>%1 must be a JSON string, as the national portal expects</source>
        <translation>%1 phải là chuỗi JSON, theo yêu cầu của Cổng Dịch vụ công quốc gia</translation>
    </message>
    <message>
        <source>%1 is missing; it is sent even when empty</source>
        <translation>Thiếu %1; trường này phải gửi kể cả khi để trống</translation>
    </message>
    <message>
        <source>%1 must be a list, sent even when empty</source>
        <translation>%1 phải là danh sách, gửi kể cả khi rỗng</translation>
    </message>
    <message>
        <source>%1 must be a time as yyyyMMddHHmmss</source>
        <translation>%1 phải là thời điểm dạng yyyyMMddHHmmss</translation>
    </message>
    <message>
        <source>%1 must be empty or a time as yyyyMMddHHmmss</source>
        <translation>%1 phải để trống hoặc là thời điểm dạng yyyyMMddHHmmss</translation>
    </message>
    <message>
        <source>%1 must be a national status code from 1 to 10</source>
        <translation>%1 phải là mã trạng thái quốc gia từ 1 đến 10</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 đang để trống</translation>
    </message>
    <message>
        <source>IsDeleted must be "True" or "False"</source>
        <translation>IsDeleted phải là "True" hoặc "False"</translation>
    </message>
    <message>
        <source>DuongDanTaiTepTin must be the http(s) address the portal fetches the file from</source>
        <translation>DuongDanTaiTepTin phải là địa chỉ http(s) mà Cổng dùng để tải tệp về</translation>
    </message>
    <message>
        <source>SoLuong must be a whole number</source>
        <translation>SoLuong phải là số nguyên</translation>
    </message>
    <message>
        <source>LoaiGiayTo is missing</source>
        <translation>Thiếu LoaiGiayTo</translation>
    </message>
    <message>
        <source>Gia must be an amount in đồng</source>
        <translation>Gia phải là số tiền tính bằng đồng</translation>
    </message>
    <message>
        <source>SoDinhDanh must be a 12-digit personal ID (LoaiDinhDanh "1") or a 9-digit old ID ("2")</source>
        <translation>SoDinhDanh phải là số định danh cá nhân 12 chữ số (LoaiDinhDanh "1") hoặc số CMND cũ 9 chữ số ("2")</translation>
    </message>
    <message>
        <source>MaHoSo is not a dossier code</source>
        <translation>MaHoSo không phải là mã hồ sơ</translation>
    </message>
    <message>
        <source>TrichYeuHoSo must be given and at most %1 characters</source>
        <translation>TrichYeuHoSo phải có nội dung và không quá %1 ký tự</translation>
    </message>
    <message>
        <source>LoaiDoiTuong must be an applicant type code</source>
        <translation>LoaiDoiTuong phải là mã loại đối tượng</translation>
    </message>
    <message>
        <source>KenhThucHien must be 1 (desk), 2 (online) or 3 (post)</source>
        <translation>KenhThucHien phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)</translation>
    </message>
    <message>
        <source>HinhThuc must be "0" or "1"</source>
        <translation>HinhThuc phải là "0" hoặc "1"</translation>
    </message>
    <message>
        <source>NguoiXuLy must be given and at most %1 characters</source>
        <translation>NguoiXuLy phải có nội dung và không quá %1 ký tự</translation>
    </message>
    <message>
        <source>Codes in the site's "national" section are strings</source>
        <translation>Các mã trong mục "national" của tệp cấu hình phải là chuỗi</translation>
    </message>
    <message>
        <source>Unknown setting in the site's "national" section</source>
        <translation>Thiết lập không hợp lệ trong mục "national" của tệp cấu hình</translation>
    </message>
    <message>
        <source>Unknown service "%1"</source>
        <translation>Dịch vụ "%1" không hợp lệ</translation>
    </message>
    <message>
        <source>isUpdating must be "True" or "False"</source>
        <translation>isUpdating phải là "True" hoặc "False"</translation>
    </message>
    <message>
        <source>data must be a list of records</source>
        <translation>data phải là danh sách bản ghi</translation>
    </message>
    <message>
        <source>Each record is a JSON object</source>
        <translation>Mỗi bản ghi phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>%1 must be %2 characters of the lookup secret's alphabet</source>
        <translation>%1 phải gồm %2 ký tự trong bảng ký tự của mã tra cứu</translation>
    </message>
</context>
<context>
    <name>motcua::sync::AuditAnchors</name>
    <message>
        <source>Central refused the desk credential (HTTP %1)</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực của máy tiếp nhận (HTTP %1)</translation>
    </message>
    <message>
        <source>Central did not give the audit anchors (HTTP %1)</source>
        <translation>Hệ thống trung tâm không trả về các mốc neo nhật ký (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralPayments</name>
    <message>
        <source>Transaction %1 was reported before for dossier %2 and %3 đồng; a transaction id names one payment</source>
        <translation>Giao dịch %1 đã được báo trước đây cho hồ sơ %2 với số tiền %3 đồng; mỗi mã giao dịch chỉ ứng với một khoản thanh toán</translation>
    </message>
    <message>
        <source>Central holds no dossier %1</source>
        <translation>Hệ thống trung tâm không có hồ sơ %1</translation>
    </message>
    <message>
        <source>looking up the fee notice</source>
        <translation>tra cứu thông báo phí</translation>
    </message>
    <message>
        <source>Central holds no open fee notice for dossier %1 (notices: %2, %3 đồng; paid online: %4 đồng); the payment is not recorded, return it to the payer</source>
        <translation>Hệ thống trung tâm không có thông báo phí nào còn chờ thanh toán của hồ sơ %1 (số thông báo: %2, %3 đồng; đã thanh toán trực tuyến: %4 đồng); khoản thanh toán không được ghi nhận, hãy hoàn trả cho người nộp</translation>
    </message>
    <message>
        <source>A transaction id is 1 to 64 letters, digits or . _ : / -</source>
        <translation>Mã giao dịch gồm 1 đến 64 chữ cái, chữ số hoặc . _ : / -</translation>
    </message>
    <message>
        <source>The amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation>Số tiền là số nguyên đồng, lớn hơn 0 (ví dụ 150000)</translation>
    </message>
    <message>
        <source>The channel is online (national payment platform) or vietqr (bank transfer)</source>
        <translation>Kênh thanh toán là online (Nền tảng thanh toán quốc gia) hoặc vietqr (chuyển khoản ngân hàng)</translation>
    </message>
    <message>
        <source>publishing the payment</source>
        <translation>công bố khoản thanh toán</translation>
    </message>
    <message>
        <source>recording the payment</source>
        <translation>ghi nhận khoản thanh toán</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralServer</name>
    <message>
        <source>The reference central server listens on loopback only; %1 is not a loopback address.</source>
        <translation>Máy chủ trung tâm tham chiếu chỉ lắng nghe trên địa chỉ loopback; %1 không phải địa chỉ loopback.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port already in use?</source>
        <translation>Không lắng nghe được trên %1:%2; cổng này đã có chương trình khác dùng chăng?</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Vui lòng thử lại sau</translation>
    </message>
    <message>
        <source>Sign in again: the token is unknown or expired</source>
        <translation>Cần đăng nhập lại: mã truy cập không hợp lệ hoặc đã hết hạn</translation>
    </message>
    <message>
        <source>A batch is {"records":[...]} with 1 to %1 records</source>
        <translation>Một lô có dạng {"records":[...]} với từ 1 đến %1 bản ghi</translation>
    </message>
    <message>
        <source>An earlier record of dossier %1 in this batch was refused</source>
        <translation>Một bản ghi trước đó của hồ sơ %1 trong lô này đã bị từ chối</translation>
    </message>
    <message>
        <source>Ask for /api/v1/changes?cursor=N (N &gt;= 0) with an optional limit of 1 to %1</source>
        <translation>Hãy gọi /api/v1/changes?cursor=N (N &gt;= 0), có thể kèm limit từ 1 đến %1</translation>
    </message>
    <message>
        <source>Send {"outcomes":[...]} with 1 to %1 items</source>
        <translation>Hãy gửi {"outcomes":[...]} với 1 đến %1 mục</translation>
    </message>
    <message>
        <source>Send {"seq": N, "hash": "&lt;64 hex&gt;"}</source>
        <translation>Hãy gửi {"seq": N, "hash": "&lt;64 ký tự hex&gt;"}</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS cần cả --tls-cert và --tls-key</translation>
    </message>
    <message>
        <source>This Qt has no TLS support (OpenSSL missing)</source>
        <translation>Bản Qt này không hỗ trợ TLS (thiếu OpenSSL)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 không chứa chứng thư số dạng PEM</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 không chứa khóa bí mật PEM không mã hóa (RSA hoặc EC)</translation>
    </message>
    <message>
        <source>Send {"id": "&lt;12 digits&gt;", "name": "...", "birth_date": "YYYY-MM-DD"}</source>
        <translation>Gửi {"id": "&lt;12 chữ số&gt;", "name": "...", "birth_date": "YYYY-MM-DD"}</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralState</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>mở %1</translation>
    </message>
    <message>
        <source>Central storage failed while %1: %2</source>
        <translation>Lỗi lưu trữ của hệ thống trung tâm khi %1: %2</translation>
    </message>
    <message>
        <source>A desk id is 1 to 32 letters, digits, - or _</source>
        <translation>Mã quầy gồm từ 1 đến 32 chữ cái, chữ số, dấu - hoặc _</translation>
    </message>
    <message>
        <source>"%1" is not an agency electronic identifier (e.g. 000.00.25.G14)</source>
        <translation>"%1" không phải là mã định danh điện tử của cơ quan (ví dụ 000.00.25.G14)</translation>
    </message>
    <message>
        <source>adding a desk</source>
        <translation>thêm quầy</translation>
    </message>
    <message>
        <source>Unknown desk credential</source>
        <translation>Thông tin xác thực của quầy không hợp lệ</translation>
    </message>
    <message>
        <source>issuing a token</source>
        <translation>cấp mã truy cập</translation>
    </message>
    <message>
        <source>Every record carries an idempotency key of at most 100 characters</source>
        <translation>Mỗi bản ghi phải có khóa chống trùng lặp dài không quá 100 ký tự</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different record</source>
        <translation>Khóa chống trùng lặp này đã được dùng cho một bản ghi khác</translation>
    </message>
    <message>
        <source>Dossier %1 is not of this desk's agency %2</source>
        <translation>Hồ sơ %1 không thuộc cơ quan %2 của quầy này</translation>
    </message>
    <message>
        <source>Progress for dossier %1 came before its registration; send the registration first</source>
        <translation>Tiến độ của hồ sơ %1 đến trước khi hồ sơ được đăng ký; cần gửi bản ghi đăng ký trước</translation>
    </message>
    <message>
        <source>storing a record</source>
        <translation>lưu bản ghi</translation>
    </message>
    <message>
        <source>listing dossiers</source>
        <translation>liệt kê hồ sơ</translation>
    </message>
    <message>
        <source>noting a record's files</source>
        <translation>ghi nhận các tệp mà bản ghi nêu tên</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralVerify</name>
    <message>
        <source>Cannot read the fixture database %1</source>
        <translation>Không đọc được cơ sở dữ liệu mẫu %1</translation>
    </message>
    <message>
        <source>%1 is not a fixture database: it needs {"%2": [...]}</source>
        <translation>%1 không phải là cơ sở dữ liệu mẫu: cần có {"%2": [...]}</translation>
    </message>
    <message>
        <source>Option --service-down: "%1" is not citizen or business.</source>
        <translation>Tùy chọn --service-down: "%1" không phải là citizen hay business.</translation>
    </message>
    <message>
        <source>reading the log of checks</source>
        <translation>đọc nhật ký các lần kiểm tra</translation>
    </message>
</context>
<context>
    <name>motcua::sync::ChangeFeed</name>
    <message>
        <source>Unknown unit change "%1"</source>
        <translation>Thay đổi của đơn vị "%1" không xác định</translation>
    </message>
    <message>
        <source>Central holds no dossier %1</source>
        <translation>Hệ thống trung tâm không có hồ sơ %1</translation>
    </message>
    <message>
        <source>Dossier %1 is %2 (status %3) at central; a unit cannot do that now</source>
        <translation>Hồ sơ %1 đang ở trạng thái %2 (mã %3) tại hệ thống trung tâm; đơn vị không thể thực hiện thao tác này lúc này</translation>
    </message>
    <message>
        <source>recording the unit's change</source>
        <translation>ghi nhận thay đổi của đơn vị</translation>
    </message>
    <message>
        <source>Publish catalogue, calendar or site, not "%1"</source>
        <translation>Chỉ phát hành catalogue, calendar hoặc site, không phải "%1"</translation>
    </message>
    <message>
        <source>publishing a change</source>
        <translation>phát hành một thay đổi</translation>
    </message>
    <message>
        <source>Unknown desk %1</source>
        <translation>Không có máy tiếp nhận %1</translation>
    </message>
    <message>
        <source>reading the feed</source>
        <translation>đọc luồng thay đổi</translation>
    </message>
    <message>
        <source>recording the desk's outcomes</source>
        <translation>ghi nhận kết quả xử lý của máy tiếp nhận</translation>
    </message>
    <message>
        <source>Desk %1 sent another hash for audit row %2 than before</source>
        <translation>Máy tiếp nhận %1 gửi mã băm khác với lần trước cho dòng nhật ký %2</translation>
    </message>
    <message>
        <source>keeping an audit anchor</source>
        <translation>lưu mốc neo nhật ký</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CodeBlocks</name>
    <message>
        <source>Unknown desk %1</source>
        <translation>Không có máy tiếp nhận %1</translation>
    </message>
    <message>
        <source>A desk's static slice lies within 0001-%1 (the numbers from %2 are leased by central); %3-%4 does not. Correct the site setting "codes".</source>
        <translation>Dải số cố định của một máy tiếp nhận phải nằm trong 0001-%1 (các số từ %2 do hệ thống trung tâm cấp theo khối); %3-%4 không thỏa mãn. Hãy sửa thiết lập "codes" của điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Desk %1 registered the static slice %2-%3 before; it now reports %4-%5. Ask the central administrator to change it (motcua-central codes slice DESK_ID FIRST-LAST).</source>
        <translation>Máy tiếp nhận %1 đã đăng ký dải số cố định %2-%3; nay báo dải %4-%5. Đề nghị quản trị hệ thống trung tâm thay đổi (motcua-central codes slice DESK_ID FIRST-LAST).</translation>
    </message>
    <message>
        <source>The static slice %1-%2 overlaps desk %3's slice %4-%5 of agency %6; two desks of one agency would issue the same codes. Give the desks slices that do not overlap.</source>
        <translation>Dải số cố định %1-%2 trùng với dải %4-%5 của máy tiếp nhận %3 thuộc cơ quan %6; hai máy của cùng một cơ quan sẽ cấp trùng mã. Hãy giao cho các máy những dải số không trùng nhau.</translation>
    </message>
    <message>
        <source>registering a static slice</source>
        <translation>đăng ký dải số cố định</translation>
    </message>
    <message>
        <source>Desk %1 issues codes of agency %2, not %3</source>
        <translation>Máy tiếp nhận %1 cấp mã của cơ quan %2, không phải %3</translation>
    </message>
    <message>
        <source>A block is leased for today or tomorrow (yyMMdd, central's date %1), not "%2"</source>
        <translation>Khối số chỉ được cấp cho hôm nay hoặc ngày mai (yyMMdd, ngày của hệ thống trung tâm là %1), không phải "%2"</translation>
    </message>
    <message>
        <source>A block has 1 to %1 numbers</source>
        <translation>Một khối có từ 1 đến %1 số</translation>
    </message>
    <message>
        <source>leasing a code block</source>
        <translation>cấp khối số hồ sơ</translation>
    </message>
    <message>
        <source>Every number of the leasing range %1-%2 of agency %3 is leased for %4; desks issue from their static slices</source>
        <translation>Mọi số trong dải cấp theo khối %1-%2 của cơ quan %3 đã được cấp cho ngày %4; các máy tiếp nhận dùng dải số cố định của mình</translation>
    </message>
    <message>
        <source>checking a dossier code</source>
        <translation>kiểm tra mã hồ sơ</translation>
    </message>
    <message>
        <source>Dossier code %1: number %2 is neither in desk %3's static slice nor in a block central leased to it for that day; two desks could have issued it</source>
        <translation>Mã hồ sơ %1: số %2 không thuộc dải số cố định của máy tiếp nhận %3 cũng không thuộc khối số nào hệ thống trung tâm đã cấp cho máy này trong ngày đó; có thể hai máy đã cấp cùng một mã</translation>
    </message>
</context>
<context>
    <name>motcua::sync::CodeLeaseSettings</name>
    <message>
        <source>Site setting codes.lease.%1 must be a whole number from 1 to %2</source>
        <translation>Thiết lập codes.lease.%1 của điểm tiếp nhận phải là số nguyên từ 1 đến %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync::ConnectivityMonitor</name>
    <message>
        <source>No central system is configured for this desk ("central_url" in the site file).</source>
        <translation>Chưa cấu hình hệ thống trung tâm cho quầy này ("central_url" trong tệp cấu hình điểm tiếp nhận).</translation>
    </message>
    <message>
        <source>The central system answered but is not ready (HTTP %1). Work is kept on this desk.</source>
        <translation>Hệ thống trung tâm có trả lời nhưng chưa sẵn sàng (HTTP %1). Công việc được giữ trên máy này.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::FeedCommands</name>
    <message>
        <source>Use "changes [CODE]"</source>
        <translation>Dùng "changes [CODE]"</translation>
    </message>
    <message>
        <source>Use "unit result-ready CODE", "unit request-supplement CODE --reason T", "unit fee-notice CODE --amount VND" or "unit stop CODE --reason T"</source>
        <translation>Dùng "unit result-ready CODE", "unit request-supplement CODE --reason T", "unit fee-notice CODE --amount VND" hoặc "unit stop CODE --reason T"</translation>
    </message>
    <message>
        <source>--amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation>--amount là số đồng nguyên, lớn hơn 0 (ví dụ 150000)</translation>
    </message>
    <message>
        <source>Give the reason with --reason</source>
        <translation>Hãy nêu lý do bằng --reason</translation>
    </message>
    <message>
        <source>Use "publish catalogue|calendar|site FILE"</source>
        <translation>Dùng "publish catalogue|calendar|site FILE"</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 không phải JSON: %2</translation>
    </message>
    <message>
        <source>Give --valid-from yyyy-MM-dd</source>
        <translation>Hãy nêu --valid-from yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Give --year, e.g. 2026</source>
        <translation>Hãy nêu --year, ví dụ 2026</translation>
    </message>
</context>
<context>
    <name>motcua::sync::FeedPuller</name>
    <message>
        <source>Central's feed answered HTTP %1: %2</source>
        <translation>Luồng thay đổi của hệ thống trung tâm trả lời HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync::NoticeSender</name>
    <message>
        <source>Unknown channel %1</source>
        <translation>Kênh không xác định: %1</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>Không khởi động được libcurl</translation>
    </message>
    <message>
        <source>SMTP server answered %1: %2</source>
        <translation>Máy chủ SMTP trả lời %1: %2</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
    <message>
        <source>Cannot create the SMS spool folder %1</source>
        <translation>Không tạo được thư mục hàng đợi SMS %1</translation>
    </message>
    <message>
        <source>Cannot write to the SMS spool folder %1: %2</source>
        <translation>Không ghi được vào thư mục hàng đợi SMS %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync::Notices</name>
    <message>
        <source>moving the notices' cursor</source>
        <translation>ghi vị trí đã xét của thông báo</translation>
    </message>
    <message>
        <source>keeping what the notices know of a dossier</source>
        <translation>ghi trạng thái hồ sơ dùng cho thông báo</translation>
    </message>
    <message>
        <source>queuing an e-mail notice</source>
        <translation>xếp hàng thông báo qua thư điện tử</translation>
    </message>
    <message>
        <source>queuing an SMS notice</source>
        <translation>xếp hàng thông báo SMS</translation>
    </message>
    <message>
        <source>reading the notices to send</source>
        <translation>đọc các thông báo cần gửi</translation>
    </message>
    <message>
        <source>recording a notice's attempt</source>
        <translation>ghi kết quả lần gửi thông báo</translation>
    </message>
    <message>
        <source>reporting a notice to the desk</source>
        <translation>báo kết quả thông báo cho quầy</translation>
    </message>
    <message>
        <source>listing the notices</source>
        <translation>liệt kê thông báo</translation>
    </message>
</context>
<context>
    <name>motcua::sync::ServiceCheckClient</name>
    <message>
        <source>The national database does not answer now; the check is asked again when it does</source>
        <translation>Cơ sở dữ liệu quốc gia hiện không trả lời; phép kiểm tra sẽ được hỏi lại khi có trả lời</translation>
    </message>
    <message>
        <source>Central answered HTTP %1: %2</source>
        <translation>Hệ thống trung tâm trả lời HTTP %1: %2</translation>
    </message>
    <message>
        <source>This desk has no credential for the central system (motcua sync login)</source>
        <translation>Quầy này chưa có thông tin xác thực với hệ thống trung tâm (motcua sync login)</translation>
    </message>
    <message>
        <source>Central refused the desk credential (HTTP 401)</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực của quầy (HTTP 401)</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncEngine</name>
    <message>
        <source>No desk credential: run "motcua sync login" or set MOTCUA_CENTRAL_CREDENTIAL</source>
        <translation>Chưa có thông tin xác thực của quầy: chạy "motcua sync login" hoặc đặt biến MOTCUA_CENTRAL_CREDENTIAL</translation>
    </message>
    <message>
        <source>Central asked for some records again later</source>
        <translation>Hệ thống trung tâm yêu cầu gửi lại một số bản ghi sau</translation>
    </message>
    <message>
        <source>Central answered HTTP %1; trying again</source>
        <translation>Hệ thống trung tâm trả lời HTTP %1; đang thử lại</translation>
    </message>
    <message>
        <source>Central refused the desk credential (HTTP %1); ask for a new one with "motcua-central desk add"</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực của quầy (HTTP %1); hãy xin cấp lại bằng "motcua-central desk add"</translation>
    </message>
    <message>
        <source>Central refused the new token</source>
        <translation>Hệ thống trung tâm từ chối mã truy cập mới</translation>
    </message>
    <message>
        <source>Central refused the batch (HTTP %1): %2</source>
        <translation>Hệ thống trung tâm từ chối lô dữ liệu (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncSiteSettings</name>
    <message>
        <source>A pinned key is "sha256//" followed by the base64 SHA-256 of the public key</source>
        <translation>Khóa ghim có dạng "sha256//" rồi đến mã SHA-256 (base64) của khóa công khai</translation>
    </message>
    <message>
        <source>"%1" is not a base64 SHA-256 (32 bytes)</source>
        <translation>"%1" không phải mã SHA-256 dạng base64 (32 byte)</translation>
    </message>
    <message>
        <source>WARNING: the site file switches TLS verification off (sync.verify_tls = false): anyone on the network can read and change what this desk sends to central. Switch it back on.</source>
        <translation>CẢNH BÁO: tệp cấu hình điểm tiếp nhận đã tắt kiểm tra TLS (sync.verify_tls = false): bất kỳ ai trên mạng đều có thể đọc và sửa dữ liệu quầy gửi lên hệ thống trung tâm. Hãy bật lại.</translation>
    </message>
    <message>
        <source>A timeout is a number of milliseconds from 100 to 600000</source>
        <translation>Thời gian chờ là số mili giây từ 100 đến 600000</translation>
    </message>
    <message>
        <source>verify_tls is true or false</source>
        <translation>verify_tls chỉ nhận true hoặc false</translation>
    </message>
    <message>
        <source>A retry delay is a number of milliseconds from 10 to 600000</source>
        <translation>Thời gian chờ thử lại là một số mili giây từ 10 đến 600000</translation>
    </message>
</context>
<context>
    <name>motcua::sync::TransportMessages</name>
    <message>
        <source>The central system at %1 did not answer in time. Work is kept on this desk; it is sent when the connection is back.</source>
        <translation>Hệ thống trung tâm tại %1 không trả lời kịp. Công việc được giữ trên máy này và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>Cannot connect to the central system at %1: nothing answers there. Check the network cable or Wi-Fi, and the central address in the site file.</source>
        <translation>Không kết nối được với hệ thống trung tâm tại %1: không có dịch vụ nào trả lời. Hãy kiểm tra cáp mạng hoặc Wi-Fi, và địa chỉ trung tâm trong tệp cấu hình điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>The central system's name %1 is unknown to the network (DNS). Check the central address in the site file and the network settings.</source>
        <translation>Mạng không nhận ra tên %1 của hệ thống trung tâm (DNS). Hãy kiểm tra địa chỉ trung tâm trong tệp cấu hình điểm tiếp nhận và cài đặt mạng.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate cannot be trusted. Ask the system administrator; do not switch verification off.</source>
        <translation>Kết nối bảo mật tới %1 bị từ chối: chứng thư số của máy chủ không đáng tin cậy. Hãy liên hệ quản trị hệ thống; không được tắt việc kiểm tra chứng thư.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the answer arrived. It is tried again later.</source>
        <translation>Kết nối tới %1 bị ngắt trước khi nhận được trả lời. Hệ thống sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The central address "%1" is not an http or https address. Correct it in the site file.</source>
        <translation>Địa chỉ trung tâm "%1" không phải là địa chỉ http hoặc https. Hãy sửa lại trong tệp cấu hình điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Network error while talking to %1.</source>
        <translation>Lỗi mạng khi trao đổi với %1.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusFileStore</name>
    <message>
        <source>Cannot write the upload's description %1: %2</source>
        <translation>Không ghi được tệp mô tả của lượt tải lên %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the uploads folder %1.</source>
        <translation>Không tạo được thư mục chứa tệp tải lên %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>No upload %1 here.</source>
        <translation>Không có lượt tải lên %1 ở đây.</translation>
    </message>
    <message>
        <source>Upload %1 is already complete.</source>
        <translation>Lượt tải lên %1 đã hoàn tất.</translation>
    </message>
    <message>
        <source>Upload-Offset %1 is not the upload's offset %2.</source>
        <translation>Upload-Offset %1 không khớp vị trí hiện tại của lượt tải lên (%2).</translation>
    </message>
    <message>
        <source>The chunk goes past the upload's length %1.</source>
        <translation>Phần dữ liệu gửi lên vượt quá độ dài khai báo của lượt tải lên (%1).</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>The uploaded file's SHA-256 %1 differs from the one announced, %2; the upload is discarded.</source>
        <translation>Mã SHA-256 của tệp đã tải lên (%1) khác với mã đã khai báo (%2); lượt tải lên bị hủy.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusMessages</name>
    <message>
        <source>The central system had a problem (HTTP %1) while receiving %2. The file stays on this desk; the upload resumes later where it stopped.</source>
        <translation>Hệ thống trung tâm gặp sự cố (HTTP %1) khi nhận %2. Tệp vẫn được giữ tại quầy; việc tải lên sẽ tiếp tục sau, từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>The central system refused this desk's credentials (HTTP %1) for the upload of %2. The desk signs in again before the next attempt.</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực của quầy (HTTP %1) khi tải lên %2. Quầy sẽ đăng nhập lại trước lần thử tiếp theo.</translation>
    </message>
    <message>
        <source>The central system refused the upload of %1 (HTTP %2): %3</source>
        <translation>Hệ thống trung tâm từ chối nhận %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>A part of %1 arrived damaged at the central system %2 times in a row; the upload stops. Ask the system administrator to check the network.</source>
        <translation>Một phần của %1 đến hệ thống trung tâm bị hỏng %2 lần liên tiếp; việc tải lên dừng lại. Hãy đề nghị quản trị hệ thống kiểm tra đường mạng.</translation>
    </message>
    <message>
        <source>The central system received %1, but its SHA-256 differs from the one announced: the file changed while it was being sent, or its recorded SHA-256 is wrong. The central system discarded it; a new attempt sends it again from the start.</source>
        <translation>Hệ thống trung tâm đã nhận %1 nhưng mã SHA-256 khác với mã đã khai báo: tệp bị thay đổi trong lúc gửi, hoặc mã SHA-256 đã lưu bị sai. Hệ thống trung tâm đã hủy tệp này; lần thử sau sẽ gửi lại từ đầu.</translation>
    </message>
    <message>
        <source>The file %1 (%2 bytes) is larger than the central system accepts.</source>
        <translation>Tệp %1 (%2 byte) lớn hơn mức hệ thống trung tâm chấp nhận.</translation>
    </message>
    <message>
        <source>The file %1 (%2 bytes) is larger than the central system accepts (%3 bytes).</source>
        <translation>Tệp %1 (%2 byte) lớn hơn mức hệ thống trung tâm chấp nhận (%3 byte).</translation>
    </message>
    <message>
        <source>The central system answered the upload of %1 in a way that does not follow the tus protocol (%2). Ask the system administrator.</source>
        <translation>Hệ thống trung tâm trả lời việc tải lên %1 không đúng giao thức tus (%2). Hãy liên hệ quản trị hệ thống.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to the central system: %2</source>
        <translation>Không đọc được %1 để gửi lên hệ thống trung tâm: %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusUploadState</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot save the state of file uploads in %1: %2</source>
        <translation>Không lưu được trạng thái tải tệp lên vào %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Màn hình dành cho người dân</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xin kính chào quý khách</translation>
    </message>
    <message>
        <source>Please check the details shown on this screen as the clerk enters them.</source>
        <translation>Xin quý khách kiểm tra các thông tin hiện trên màn hình này khi cán bộ nhập.</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>Xin quý khách kiểm tra thông tin</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>Fee to pay</source>
        <translation>Phí, lệ phí phải nộp</translation>
    </message>
    <message>
        <source>VietQR code for the transfer</source>
        <translation>Mã VietQR để chuyển khoản</translation>
    </message>
    <message>
        <source>To pay by transfer, scan the code with your banking app.</source>
        <translation>Để chuyển khoản, quý khách quét mã bằng ứng dụng ngân hàng.</translation>
    </message>
    <message>
        <source>Please come back for your result on</source>
        <translation>Hẹn trả kết quả vào ngày</translation>
    </message>
    <message>
        <source>How satisfied are you with our service?</source>
        <translation>Quý khách có hài lòng với việc tiếp nhận hồ sơ không?</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>%1 dong</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>%1: %2 copies</source>
        <translation>%1: %2 bản</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardChartsView</name>
    <message>
        <source>Dossiers received per day, by channel</source>
        <translation>Hồ sơ tiếp nhận theo ngày, theo kênh</translation>
    </message>
    <message>
        <source>Results on time (%) per week</source>
        <translation>Tỷ lệ trả kết quả đúng hạn (%) theo tuần</translation>
    </message>
    <message>
        <source>Dossiers digitised at intake (%) per week</source>
        <translation>Tỷ lệ hồ sơ được số hóa khi tiếp nhận (%) theo tuần</translation>
    </message>
    <message>
        <source>Satisfaction ratings per week</source>
        <translation>Đánh giá mức độ hài lòng theo tuần</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Early or on time</source>
        <translation>Trước hạn hoặc đúng hạn</translation>
    </message>
    <message>
        <source>With scanned papers</source>
        <translation>Có bản quét giấy tờ</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardPage</name>
    <message>
        <source>Waiting for hand-over</source>
        <translation>Chờ bàn giao</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation>Đến hạn trong 2 ngày làm việc</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation>Chờ trả kết quả</translation>
    </message>
    <message>
        <source>Waiting for the applicant's supplement</source>
        <translation>Chờ công dân bổ sung</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Chờ nộp phí</translation>
    </message>
    <message>
        <source>Parked in sync</source>
        <translation>Bị giữ lại khi đồng bộ</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Apology slip for %1</source>
        <translation>Phiếu xin lỗi cho hồ sơ %1</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n working day(s), held by %1.</source>
        <translation>
            <numerusform>Trễ %n ngày làm việc, đang ở %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the delay</source>
        <translation>&amp;Lý do chậm trễ</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Ngày hẹn mới</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Đang ở</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Số ngày làm việc trễ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Cash (đồng)</source>
        <translation>Tiền mặt (đồng)</translation>
    </message>
    <message>
        <source>Transfer (đồng)</source>
        <translation>Chuyển khoản (đồng)</translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation>Tổng (đồng)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Số lần thu</translation>
    </message>
    <message>
        <source>Due (đồng)</source>
        <translation>Phải nộp (đồng)</translation>
    </message>
    <message>
        <source>Paid (đồng)</source>
        <translation>Đã nộp (đồng)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Clerks</source>
        <translation>Cán bộ thu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Apology slip…</source>
        <translation>Phiếu &amp;xin lỗi…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>The day's dossiers counted by</source>
        <translation>Đếm hồ sơ trong ngày theo</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Dossiers in the &amp;queue</source>
        <translation>Hồ sơ trong &amp;hàng đợi</translation>
    </message>
    <message>
        <source>Q&amp;ueues</source>
        <translation>&amp;Hàng đợi</translation>
    </message>
    <message>
        <source>&amp;Print closing sheet…</source>
        <translation>&amp;In bảng kê cuối ngày…</translation>
    </message>
    <message>
        <source>&amp;Fees per clerk</source>
        <translation>&amp;Phí, lệ phí theo cán bộ</translation>
    </message>
    <message>
        <source>Payments &amp;not matching their fee notice</source>
        <translation>Khoản thu &amp;không khớp thông báo phí</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Received on %1: %2. Overdue: %3. Due today: %4. Ratings: %5 very satisfied, %6 satisfied, %7 dissatisfied.</source>
        <translation>Tiếp nhận ngày %1: %2. Quá hạn: %3. Đến hạn hôm nay: %4. Đánh giá: %5 rất hài lòng, %6 hài lòng, %7 không hài lòng.</translation>
    </message>
    <message>
        <source>Counts only: an administrator does not see the dossiers.</source>
        <translation>Chỉ có số lượng: quản trị hệ thống không xem hồ sơ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>paid less than due</source>
        <translation>nộp thiếu</translation>
    </message>
    <message>
        <source>paid more than due</source>
        <translation>nộp thừa</translation>
    </message>
    <message>
        <source>no fee notice</source>
        <translation>không có thông báo phí</translation>
    </message>
    <message>
        <source>fee notice</source>
        <translation>thông báo phí</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>danh mục thủ tục</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không thu</translation>
    </message>
    <message numerus="yes">
        <source>Total of the day: %1 đồng in cash, %2 đồng by transfer; %n payment(s) not matching their fee notice.</source>
        <translation>
            <numerusform>Tổng trong ngày: %1 đồng tiền mặt, %2 đồng chuyển khoản; %n khoản thu không khớp thông báo phí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) not matching their fee notice.</source>
        <translation>
            <numerusform>%n khoản thu không khớp thông báo phí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileListPaperFiles</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Xóa tệp</translation>
    </message>
    <message>
        <source>Files of the paper</source>
        <translation>Tệp của giấy tờ</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The file %1 of the paper "%2" is no longer there; remove it or add it again</source>
        <translation>Tệp %1 của giấy tờ "%2" không còn nữa; hãy xóa hoặc thêm lại</translation>
    </message>
    <message>
        <source>Choose a paper in the checklist to add its files.</source>
        <translation>Chọn một giấy tờ trong danh sách để thêm tệp cho giấy tờ đó.</translation>
    </message>
    <message>
        <source>Files for: %1</source>
        <translation>Tệp của: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::HandoverPage</name>
    <message>
        <source>Unit / dossier code</source>
        <translation>Đơn vị / mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Dossiers waiting for hand-over, by processing unit</source>
        <translation>&amp;Hồ sơ chờ bàn giao, theo đơn vị xử lý</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Bàn giao</translation>
    </message>
    <message>
        <source>Dossier code of a &amp;result that came back</source>
        <translation>Mã hồ sơ đã có &amp;kết quả trả về</translation>
    </message>
    <message>
        <source>&amp;Mark result ready</source>
        <translation>Đánh &amp;dấu có kết quả</translation>
    </message>
    <message>
        <source>Hand-over to processing units</source>
        <translation>Bàn giao hồ sơ cho đơn vị xử lý</translation>
    </message>
    <message>
        <source>(unit not known)</source>
        <translation>(chưa rõ đơn vị)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No dossier is waiting for hand-over.</source>
        <translation>Không có hồ sơ nào chờ bàn giao.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) waiting for hand-over.</source>
        <translation>
            <numerusform>%n hồ sơ chờ bàn giao.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the dossiers (or a whole unit) to hand over.</source>
        <translation>Đánh dấu các hồ sơ (hoặc cả một đơn vị) cần bàn giao.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over.</source>
        <translation>
            <numerusform>Đã bàn giao %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Chưa thực hiện được: %1</translation>
    </message>
    <message>
        <source>The result of %1 is ready for return.</source>
        <translation>Hồ sơ %1 đã có kết quả, chờ trả.</translation>
    </message>
    <message>
        <source>Include &amp;earlier days still waiting</source>
        <translation>Gồm cả hồ sơ các &amp;ngày trước còn chờ</translation>
    </message>
    <message>
        <source>No dossier received today is waiting for hand-over.</source>
        <translation>Không có hồ sơ nào tiếp nhận hôm nay đang chờ bàn giao.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received today waiting for hand-over.</source>
        <translation>
            <numerusform>%n hồ sơ tiếp nhận hôm nay đang chờ bàn giao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed with them: %n dossier(s) received on earlier days, still waiting.</source>
        <translation>
            <numerusform>Liệt kê kèm theo: %n hồ sơ tiếp nhận các ngày trước, vẫn còn chờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received on earlier days are still waiting: tick "%1" to list them.</source>
        <translation>
            <numerusform>%n hồ sơ tiếp nhận các ngày trước vẫn còn chờ bàn giao: đánh dấu "%1" để xem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Quay lại (Esc)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation>Tiếp (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abandon and start again</source>
        <translation>Bỏ và làm lại từ đầu</translation>
    </message>
    <message>
        <source>Drop what was entered for this intake and start again?</source>
        <translation>Bỏ mọi thông tin đã nhập cho lần tiếp nhận này và làm lại từ đầu?</translation>
    </message>
    <message>
        <source>Your role (%1) does not receive dossiers: intake is not available.</source>
        <translation>Vai trò của bạn (%1) không tiếp nhận hồ sơ: chức năng tiếp nhận không dùng được.</translation>
    </message>
    <message>
        <source>Type words of the procedure's name or its code, with or without accents</source>
        <translation>Gõ vài từ trong tên thủ tục hoặc mã thủ tục, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Thủ tục</translation>
    </message>
    <message>
        <source>Procedures, the most used first</source>
        <translation>Thủ tục, dùng nhiều nhất lên trước</translation>
    </message>
    <message>
        <source>About the procedure</source>
        <translation>Thông tin thủ tục</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Đang đọc danh mục thủ tục…</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the catalogue.</source>
        <translation>
            <numerusform>Danh mục có %n thủ tục.</numerusform>
        </translation>
    </message>
    <message>
        <source>No procedure matches "%1".</source>
        <translation>Không có thủ tục nào khớp với "%1".</translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation>Đơn vị giải quyết</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>unknown in the catalogue</source>
        <translation>danh mục chưa có</translation>
    </message>
    <message>
        <source>set by a fee notice</source>
        <translation>theo thông báo phí</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không thu</translation>
    </message>
    <message>
        <source>Used at this desk</source>
        <translation>Đã tiếp nhận tại quầy</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete in the catalogue: %1 unknown. Check the published procedure.</source>
        <translation>Danh mục chưa đầy đủ: chưa có %1. Hãy đối chiếu thủ tục đã công bố.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>%1 original(s), %2 cop(ies)</source>
        <translation>%1 bản chính, %2 bản sao</translation>
    </message>
    <message>
        <source>Procedure: choose one in the list (type words of its name).</source>
        <translation>Thủ tục: hãy chọn một thủ tục trong danh sách (gõ vài từ trong tên).</translation>
    </message>
    <message>
        <source>The catalogue is still being read.</source>
        <translation>Đang đọc danh mục thủ tục, vui lòng chờ.</translation>
    </message>
    <message>
        <source>The dossier's &amp;owner is someone else</source>
        <translation>&amp;Chủ hồ sơ là người khác</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Filled from the earlier dossier of %1 (%2): check the details with the applicant.</source>
        <translation>Đã điền từ hồ sơ trước của %1 (%2): hãy đối chiếu lại với người nộp.</translation>
    </message>
    <message>
        <source>Space: brought as the catalogue asks (again: nothing brought) · a digit: change a count · Enter: next</source>
        <translation>Phím cách: đã nộp đủ theo danh mục (nhấn lại: chưa nộp) · gõ số: sửa số lượng · Enter: tiếp</translation>
    </message>
    <message>
        <source>P&amp;apers brought</source>
        <translation>Giấy tờ đã &amp;nộp</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every required paper is there (%n paper(s) listed).</source>
        <translation>
            <numerusform>Đủ: đã có mọi giấy tờ bắt buộc (%n thành phần).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n required paper(s) missing (highlighted).</source>
        <translation>
            <numerusform>Chưa đủ: thiếu %n giấy tờ bắt buộc (tô đỏ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept: receive the dossier and print the receipt with the appointment</source>
        <translation>Tiếp nhận: nhận hồ sơ và in giấy tiếp nhận, hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Incomplete: request a supplement of the missing papers</source>
        <translation>Chưa đủ: hướng dẫn bổ sung các giấy tờ còn thiếu</translation>
    </message>
    <message>
        <source>Outside the agency's remit: refuse with the reason</source>
        <translation>Không thuộc thẩm quyền: từ chối, nêu rõ lý do</translation>
    </message>
    <message>
        <source>Receive and &amp;print</source>
        <translation>Tiếp nhận và &amp;in</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>%1 (%2 original(s), %3 certified, %4 photocop(ies), %5 file(s))</source>
        <translation>%1 (%2 bản chính, %3 bản sao chứng thực, %4 bản chụp, %5 tệp)</translation>
    </message>
    <message>
        <source>No paper brought.</source>
        <translation>Chưa nộp giấy tờ nào.</translation>
    </message>
    <message>
        <source>No paper is ticked as missing.</source>
        <translation>Không có giấy tờ nào được đánh dấu thiếu.</translation>
    </message>
    <message>
        <source>Missing (ticked on the papers step): %1</source>
        <translation>Còn thiếu (đánh dấu ở bước giấy tờ): %1</translation>
    </message>
    <message>
        <source>Receive and &amp;print the receipt</source>
        <translation>Tiếp nhận và &amp;in giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Record and &amp;print the supplement request</source>
        <translation>Ghi nhận và &amp;in phiếu yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Record and &amp;print the refusal</source>
        <translation>Ghi nhận và &amp;in phiếu từ chối</translation>
    </message>
    <message>
        <source>required when the dossier is not accepted; say why.</source>
        <translation>bắt buộc khi không tiếp nhận hồ sơ; hãy ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Missing papers: tick at least one on the papers step (column "Missing").</source>
        <translation>Giấy tờ còn thiếu: hãy đánh dấu ít nhất một giấy tờ ở bước giấy tờ (cột "Thiếu").</translation>
    </message>
    <message>
        <source>Receiving the dossier…</source>
        <translation>Đang tiếp nhận hồ sơ…</translation>
    </message>
    <message>
        <source>Dossier %1 received. Appointment: %2.</source>
        <translation>Đã tiếp nhận hồ sơ %1. Hẹn trả kết quả: %2.</translation>
    </message>
    <message>
        <source>to be announced (time limit unknown)</source>
        <translation>sẽ thông báo sau (chưa rõ thời hạn)</translation>
    </message>
    <message>
        <source>Dossier %1 recorded as waiting for papers; the supplement request was printed.</source>
        <translation>Hồ sơ %1 đã được ghi nhận là chờ bổ sung; đã in phiếu yêu cầu bổ sung.</translation>
    </message>
    <message>
        <source>Dossier %1 refused; the refusal was printed.</source>
        <translation>Hồ sơ %1 bị từ chối; đã in phiếu từ chối.</translation>
    </message>
    <message>
        <source>Printing failed: %1. Use "Print again" when the printer is ready.</source>
        <translation>In không được: %1. Khi máy in sẵn sàng, hãy bấm "In lại".</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>whole đồng, e.g. 150000</source>
        <translation>số đồng, ví dụ 150000</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Tiền mặt</translation>
    </message>
    <message>
        <source>Bank &amp;transfer (VietQR)</source>
        <translation>&amp;Chuyển khoản (VietQR)</translation>
    </message>
    <message>
        <source>VietQR code for the transfer</source>
        <translation>Mã VietQR để chuyển khoản</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>&amp;Ghi nhận đã thu</translation>
    </message>
    <message>
        <source>No payment &amp;now</source>
        <translation>Chưa &amp;thu lúc này</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng)</source>
        <translation>&amp;Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Fee from the catalogue for dossier %1.</source>
        <translation>Phí, lệ phí theo danh mục cho hồ sơ %1.</translation>
    </message>
    <message>
        <source>The catalogue gives no amount: type the amount of the fee notice, or choose "No payment now".</source>
        <translation>Danh mục không ghi số tiền: hãy nhập số tiền theo thông báo phí, hoặc chọn "Chưa thu lúc này".</translation>
    </message>
    <message>
        <source>No VietQR: %1</source>
        <translation>Không tạo được mã VietQR: %1</translation>
    </message>
    <message>
        <source>Set the desk's bank account in the site file (section "payment").</source>
        <translation>Hãy khai báo tài khoản nhận tiền của quầy trong tệp cấu hình đơn vị (mục "payment").</translation>
    </message>
    <message>
        <source>Account %1 (%2), bank %3; transfer note: %4</source>
        <translation>Tài khoản %1 (%2), ngân hàng %3; nội dung chuyển khoản: %4</translation>
    </message>
    <message>
        <source>type a whole positive number of đồng, or choose "No payment now".</source>
        <translation>hãy nhập số đồng (số nguyên dương), hoặc chọn "Chưa thu lúc này".</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Đã ghi nhận thu %1.</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>In &amp;lại</translation>
    </message>
    <message>
        <source>&amp;New intake (Enter)</source>
        <translation>Tiếp nhận hồ sơ &amp;mới (Enter)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Step %1 of 5: %2</source>
        <translation>Bước %1/5: %2</translation>
    </message>
    <message>
        <source>The unfinished intake was reopened.</source>
        <translation>Đã mở lại hồ sơ đang tiếp nhận dở.</translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation>Hồ sơ tiếp nhận dở</translation>
    </message>
    <message>
        <source>An intake was not finished (procedure %1, applicant %2, last saved %3). Continue it?

No deletes it.</source>
        <translation>Có một hồ sơ tiếp nhận chưa xong (thủ tục %1, người nộp %2, lưu lần cuối %3). Tiếp tục?

Chọn Không sẽ xóa bản nháp này.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LoginDialog</name>
    <message>
        <source>Sign in — MotCua Desk</source>
        <translation>Đăng nhập — MotCua Desk</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Login name: please enter your login name.</source>
        <translation>Tên đăng nhập: vui lòng nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LookupPage</name>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>In giấy tiếp nhận…</translation>
    </message>
    <message>
        <source>Dossier code, name, ID or tax number, phone, procedure…</source>
        <translation>Mã hồ sơ, họ tên, số định danh hoặc mã số thuế, điện thoại, thủ tục…</translation>
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Search: type a dossier code, a name, an ID or tax number, a phone or a procedure.</source>
        <translation>Tìm kiếm: hãy nhập mã hồ sơ, họ tên, số định danh hoặc mã số thuế, số điện thoại hoặc tên thủ tục.</translation>
    </message>
    <message>
        <source>No dossier matches "%1".</source>
        <translation>Không có hồ sơ nào khớp với "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>ID / tax number</source>
        <translation>Số định danh / mã số thuế</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Dossier owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>not computed (time limit unknown)</source>
        <translation>chưa tính được (chưa rõ thời hạn giải quyết)</translation>
    </message>
    <message>
        <source>Original appointment</source>
        <translation>Ngày hẹn trả ban đầu</translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation>Đơn vị giải quyết</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>%1 original(s), %2 certified cop(ies), %3 photocop(ies), %4 file(s)</source>
        <translation>%1 bản chính, %2 bản chứng thực, %3 bản sao, %4 tệp</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Searching for "%1"…</source>
        <translation>Đang tìm "%1"…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Dossiers found</source>
        <translation>&amp;Hồ sơ tìm thấy</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Chi tiết hồ sơ</translation>
    </message>
    <message>
        <source>Listing today's dossiers…</source>
        <translation>Đang liệt kê hồ sơ tiếp nhận hôm nay…</translation>
    </message>
    <message>
        <source>No dossier received today yet.</source>
        <translation>Hôm nay chưa tiếp nhận hồ sơ nào.</translation>
    </message>
    <message numerus="yes">
        <source>Today's dossiers: %n received today, newest first.</source>
        <translation>
            <numerusform>Hồ sơ hôm nay: đã tiếp nhận %n hồ sơ, mới nhất ở trên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict with central: a processing unit's change was not applied, the desk's act stands (%1) — %2</source>
        <translation>Xung đột với hệ thống trung tâm: thay đổi của đơn vị xử lý không được áp dụng, giữ nguyên thao tác tại bộ phận một cửa (%1) — %2</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Receive a dossier: look up the procedure, check and scan the papers, accept or refuse, print the receipt.</source>
        <translation>Tiếp nhận hồ sơ: tra thủ tục, kiểm tra và quét giấy tờ, tiếp nhận hoặc từ chối, in giấy tiếp nhận và hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Return of results</source>
        <translation>Trả kết quả giải quyết</translation>
    </message>
    <message>
        <source>Scan the receipt's barcode to find the dossier and hand the result back to the applicant.</source>
        <translation>Quét mã vạch trên giấy tiếp nhận để tìm hồ sơ và trả kết quả cho người nộp.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Search dossiers by code, name, ID or tax number, phone or procedure.</source>
        <translation>Tìm hồ sơ theo mã hồ sơ, họ tên, số định danh hoặc mã số thuế, số điện thoại hoặc thủ tục.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Today's queues</source>
        <translation>Hàng đợi trong ngày</translation>
    </message>
    <message>
        <source>Received, waiting for hand-over, due today, overdue and ready for return.</source>
        <translation>Đã tiếp nhận, chờ chuyển, đến hạn hôm nay, quá hạn và chờ trả kết quả.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ dữ liệu</translation>
    </message>
    <message>
        <source>Messages waiting for the central system and the last exchange with it.</source>
        <translation>Các bản tin chờ gửi lên hệ thống trung tâm và lần trao đổi gần nhất.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Users and roles, procedure catalogue, holiday calendar, backups.</source>
        <translation>Người dùng và vai trò, danh mục thủ tục, lịch nghỉ lễ, sao lưu.</translation>
    </message>
    <message>
        <source>User: not signed in</source>
        <translation>Người dùng: chưa đăng nhập</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>This page is not available yet in this version.</source>
        <translation>Trang này chưa có trong phiên bản hiện tại.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <source>● Offline — work is saved locally</source>
        <translation>● Ngoại tuyến — dữ liệu được lưu tại máy</translation>
    </message>
    <message>
        <source>● Checking connection…</source>
        <translation>● Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>Quầy đang khóa</translation>
    </message>
    <message>
        <source>Sign in to continue. What was on screen is kept.</source>
        <translation>Đăng nhập để tiếp tục. Những gì đang có trên màn hình được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Desk locked — sign in</source>
        <translation>Quầy đang khóa — đăng nhập</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Shortcuts of this window:</source>
        <translation>&amp;Phím tắt của cửa sổ này:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>In every form, Alt with the underlined letter moves to that field or button.</source>
        <translation>Trong mọi biểu mẫu, nhấn Alt cùng chữ cái được gạch chân để chuyển tới ô hoặc nút tương ứng.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>MotCua Desk — %1 — %2</source>
        <translation>MotCua Desk — %1 — %2</translation>
    </message>
    <message>
        <source>The central system cannot be reached. Keep working: everything is saved on this desk and sent when the connection returns.</source>
        <translation>Không kết nối được hệ thống trung tâm. Cứ tiếp tục làm việc: mọi thứ được lưu trên quầy này và sẽ gửi đi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>Desk: %1 — %2 (%3)</source>
        <translation>Quầy: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>Chờ gửi: %1</translation>
    </message>
    <message>
        <source> · held back: %1</source>
        <translation> · bị giữ lại: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation>Đồng bộ xong lần cuối: %1</translation>
    </message>
    <message>
        <source>Held back: %1 — %2</source>
        <translation>Bị giữ lại: %1 — %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <source>The day's queues, deadlines, fees per clerk, ratings and charts, for the supervisor.</source>
        <translation>Hàng đợi, hạn xử lý, phí theo cán bộ, đánh giá và biểu đồ trong ngày, dành cho giám sát viên.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Periodic report, tracking book and satisfaction of a month, quarter or year; exports.</source>
        <translation>Báo cáo định kỳ, sổ theo dõi hồ sơ và mức độ hài lòng theo tháng, quý hoặc năm; xuất tệp.</translation>
    </message>
    <message>
        <source>Lookup only: %1 Dossiers can be looked up, but nothing can be received or changed until the folder can be written again.</source>
        <translation>Chỉ tra cứu: %1 Có thể tra cứu hồ sơ, nhưng chưa thể tiếp nhận hay thay đổi gì cho đến khi thư mục ghi được trở lại.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::NationalCheckBox</name>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>tạm ngừng kinh doanh</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>đã giải thể</translation>
    </message>
    <message>
        <source>Check with the national database</source>
        <translation>Kiểm tra với CSDL quốc gia</translation>
    </message>
    <message>
        <source>Type a valid tax code first.</source>
        <translation>Hãy nhập mã số thuế hợp lệ trước.</translation>
    </message>
    <message>
        <source>Type a valid ID number, the full name and the birth date first.</source>
        <translation>Hãy nhập số định danh hợp lệ, họ tên và ngày sinh trước.</translation>
    </message>
    <message>
        <source>Asking the national database through the central system…</source>
        <translation>Đang hỏi cơ sở dữ liệu quốc gia qua hệ thống trung tâm…</translation>
    </message>
    <message>
        <source>Unavailable: no answer from the national database (%1). The check is kept with the dossier and asked again when the desk is online.</source>
        <translation>Không kiểm tra được: cơ sở dữ liệu quốc gia không trả lời (%1). Phép kiểm tra được lưu vào hồ sơ và sẽ hỏi lại khi quầy có kết nối.</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>Match: the ID number, full name and birth date agree with the national population database.</source>
        <translation>Khớp: số định danh, họ tên và ngày sinh trùng với CSDL quốc gia về dân cư.</translation>
    </message>
    <message>
        <source>Mismatch: %1 on the form differs from the national population database.</source>
        <translation>Không khớp: %1 trên tờ khai khác với CSDL quốc gia về dân cư.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Not found: the national population database has no citizen with this ID number.</source>
        <translation>Không tìm thấy: CSDL quốc gia về dân cư không có công dân mang số định danh này.</translation>
    </message>
    <message>
        <source>Not found: the national business registration database has no business with this tax code.</source>
        <translation>Không tìm thấy: CSDL quốc gia về đăng ký doanh nghiệp không có doanh nghiệp mang mã số thuế này.</translation>
    </message>
    <message>
        <source>the name on the form differs from the registered name</source>
        <translation>tên trên tờ khai khác với tên đã đăng ký</translation>
    </message>
    <message>
        <source>the business is %1</source>
        <translation>doanh nghiệp %1</translation>
    </message>
    <message>
        <source>Found: the business is registered and active.</source>
        <translation>Tìm thấy: doanh nghiệp đã đăng ký và đang hoạt động.</translation>
    </message>
    <message>
        <source>Mismatch: %1.</source>
        <translation>Không khớp: %1.</translation>
    </message>
    <message>
        <source>Registered name: %1
Address: %2
Legal representative: %3
Status: %4</source>
        <translation>Tên đăng ký: %1
Địa chỉ: %2
Người đại diện theo pháp luật: %3
Tình trạng: %4</translation>
    </message>
    <message>
        <source>The check is kept with dossier %1 as pending.</source>
        <translation>Phép kiểm tra được lưu vào hồ sơ %1 ở trạng thái chờ trả lời.</translation>
    </message>
    <message>
        <source>The answer is kept with dossier %1.</source>
        <translation>Kết quả kiểm tra đã được lưu vào hồ sơ %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PageZoomDialog</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PaperChecklistModel</name>
    <message>
        <source>Papers brought (the catalogue does not list them)</source>
        <translation>Giấy tờ đã nộp (danh mục chưa liệt kê thành phần)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>Catalogue: %1 original(s), %2 cop(ies)</source>
        <translation>Danh mục: %1 bản chính, %2 bản sao</translation>
    </message>
    <message>
        <source>Paper (* required)</source>
        <translation>Giấy tờ (* bắt buộc)</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản chụp</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PartyForm</name>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Business or organisation</source>
        <translation>Doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>Số định &amp;danh cá nhân</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện thoại (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Thư điện tử</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>Tên doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <source>%1: this is not the QR code of an ID card (%2)</source>
        <translation>%1: đây không phải mã QR của thẻ căn cước (%2)</translation>
    </message>
    <message>
        <source>expected a date such as 17/05/1990</source>
        <translation>cần một ngày như 17/05/1990</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureListModel</name>
    <message>
        <source>time limit</source>
        <translation>thời hạn giải quyết</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>thành phần hồ sơ</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>phí, lệ phí</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>hình thức nộp</translation>
    </message>
    <message>
        <source>paper counts</source>
        <translation>số lượng bản</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>căn cứ pháp lý</translation>
    </message>
    <message>
        <source>national code</source>
        <translation>mã thủ tục quốc gia</translation>
    </message>
    <message>
        <source>incomplete in the catalogue</source>
        <translation>danh mục chưa đầy đủ</translation>
    </message>
    <message>
        <source>Unknown in the catalogue: %1</source>
        <translation>Danh mục chưa có: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsPage</name>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Tracking book</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Xuất XLSX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Choose a first date that is not after the last.</source>
        <translation>Hãy chọn ngày đầu không sau ngày cuối.</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Đang đọc báo cáo…</translation>
    </message>
    <message>
        <source>Reports for %1.</source>
        <translation>Báo cáo %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Show the reports of a period first.</source>
        <translation>Hãy xem báo cáo của một kỳ trước.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReturnPage</name>
    <message>
        <source>Supplementary papers</source>
        <translation>Giấy tờ bổ sung</translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Giấy tờ đã quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Scan the receipt's barcode or type the dossier code</source>
        <translation>Quét mã vạch trên giấy tiếp nhận hoặc gõ mã hồ sơ</translation>
    </message>
    <message>
        <source>Dossier &amp;code</source>
        <translation>&amp;Mã hồ sơ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Ready for return</source>
        <translation>Hồ sơ &amp;chờ trả kết quả</translation>
    </message>
    <message>
        <source>Return of results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Who collects</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <source>Collector's &amp;ID number</source>
        <translation>Số &amp;giấy tờ tùy thân của người nhận</translation>
    </message>
    <message>
        <source>The &amp;applicant</source>
        <translation>&amp;Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>An a&amp;uthorised person</source>
        <translation>Người được ủ&amp;y quyền</translation>
    </message>
    <message>
        <source>Authorised person's &amp;name</source>
        <translation>&amp;Họ tên người được ủy quyền</translation>
    </message>
    <message>
        <source>Authorisation &amp;paper checked</source>
        <translation>Đã kiểm tra giấy ủy &amp;quyền</translation>
    </message>
    <message>
        <source>P&amp;ostal item number</source>
        <translation>Số hiệu &amp;bưu gửi</translation>
    </message>
    <message>
        <source>&amp;Return the result</source>
        <translation>&amp;Trả kết quả</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Added &amp;papers</source>
        <translation>Giấy tờ &amp;bổ sung</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Supplement received</source>
        <translation>Đã nhận &amp;bổ sung</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Applicant: &lt;b&gt;%3&lt;/b&gt; (ID / tax number %4)&lt;br&gt;Status: %5 — appointment %6 — result returned %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Người nộp: &lt;b&gt;%3&lt;/b&gt; (số định danh / mã số thuế %4)&lt;br&gt;Trạng thái: %5 — hẹn trả %6 — trả kết quả %7</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>chưa tính được</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>Result ready: enter the postal item number it is sent in, then return it.</source>
        <translation>Đã có kết quả: nhập số hiệu bưu gửi dùng để gửi kết quả, rồi trả kết quả.</translation>
    </message>
    <message>
        <source>Result ready: type the collector's ID number from their card, then return it.</source>
        <translation>Đã có kết quả: gõ số giấy tờ tùy thân của người nhận theo thẻ của họ, rồi trả kết quả.</translation>
    </message>
    <message>
        <source>This dossier is waiting for papers: add what the applicant brought, then record the supplement.</source>
        <translation>Hồ sơ đang chờ bổ sung giấy tờ: thêm giấy tờ người nộp mang đến, rồi ghi nhận đã bổ sung.</translation>
    </message>
    <message>
        <source>The result of %1 was already returned on %2 to %3.</source>
        <translation>Kết quả của hồ sơ %1 đã được trả ngày %2 cho %3.</translation>
    </message>
    <message>
        <source>The result of %1 is not ready for return (status: %2; appointment %3).</source>
        <translation>Hồ sơ %1 chưa có kết quả để trả (trạng thái: %2; hẹn trả %3).</translation>
    </message>
    <message>
        <source>Matches the applicant's ID.</source>
        <translation>Khớp với giấy tờ của người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Not the applicant: the authorised person's ID is recorded.</source>
        <translation>Không phải người nộp: ghi nhận giấy tờ của người được ủy quyền.</translation>
    </message>
    <message>
        <source>Does not match the applicant's ID: choose "An authorised person".</source>
        <translation>Không khớp với giấy tờ của người nộp hồ sơ: chọn "Người được ủy quyền".</translation>
    </message>
    <message>
        <source>Enter the postal item number the result is sent in.</source>
        <translation>Nhập số hiệu bưu gửi dùng để gửi kết quả.</translation>
    </message>
    <message>
        <source>Type the collector's ID number from their card first.</source>
        <translation>Trước hết hãy gõ số giấy tờ tùy thân của người nhận theo thẻ của họ.</translation>
    </message>
    <message>
        <source>The ID number does not match the applicant's: choose "An authorised person" and check the authorisation paper.</source>
        <translation>Số giấy tờ không khớp với người nộp hồ sơ: chọn "Người được ủy quyền" và kiểm tra giấy ủy quyền.</translation>
    </message>
    <message>
        <source>Type the authorised person's name.</source>
        <translation>Gõ họ tên người được ủy quyền.</translation>
    </message>
    <message>
        <source>Check the authorisation paper and tick it before returning the result.</source>
        <translation>Kiểm tra giấy ủy quyền và đánh dấu trước khi trả kết quả.</translation>
    </message>
    <message>
        <source>Result of %1 returned to %2. Ask the applicant to rate the service.</source>
        <translation>Đã trả kết quả hồ sơ %1 cho %2. Mời người nhận đánh giá mức độ hài lòng.</translation>
    </message>
    <message>
        <source>Thank you: the rating of %1 is recorded. Scan the next receipt.</source>
        <translation>Cảm ơn: đã ghi nhận đánh giá cho hồ sơ %1. Quét giấy tiếp nhận tiếp theo.</translation>
    </message>
    <message>
        <source>Supplement of %1 recorded: the dossier is %2 again; appointment %3.</source>
        <translation>Đã ghi nhận bổ sung hồ sơ %1: hồ sơ trở lại trạng thái %2; hẹn trả %3.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ScanPageModel</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Trang %1: %2</translation>
    </message>
    <message>
        <source>Page %1 (being processed)</source>
        <translation>Trang %1 (đang xử lý)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ScanPanel</name>
    <message>
        <source>Scanned &amp;pages:</source>
        <translation>&amp;Trang đã quét:</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Tiến độ quét</translation>
    </message>
    <message>
        <source>&amp;Find scanners</source>
        <translation>Tìm má&amp;y quét</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Khay nạp giấy</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Mặt kính</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Khay nạp giấy, hai mặt</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Xám</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Máy quét:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Nguồn giấy:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Chế độ màu:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Giấy tờ:</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Quét</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Add f&amp;iles...</source>
        <translation>Thêm tệ&amp;p...</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>&amp;Lên trước</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>&amp;Xuống sau</translation>
    </message>
    <message>
        <source>Rot&amp;ate</source>
        <translation>X&amp;oay</translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation>Xó&amp;a trang</translation>
    </message>
    <message>
        <source>Resca&amp;n page</source>
        <translation>Quét lại t&amp;rang</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>P&amp;hóng to</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Lên trước</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Xuống sau</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <source>Scan finished.</source>
        <translation>Đã quét xong.</translation>
    </message>
    <message>
        <source>The feeder is empty: put the papers in the feeder and press Scan.</source>
        <translation>Khay nạp giấy trống: đặt giấy tờ vào khay nạp rồi bấm Quét.</translation>
    </message>
    <message>
        <source>Paper jam: open the feeder cover, remove the jammed sheet, put the pages not yet scanned back and press Scan to continue.</source>
        <translation>Kẹt giấy: mở nắp khay nạp, gỡ tờ giấy kẹt, đặt lại các trang chưa quét rồi bấm Quét để quét tiếp.</translation>
    </message>
    <message>
        <source>The scanner cover is open: close it and press Scan to continue.</source>
        <translation>Nắp máy quét đang mở: đóng nắp lại rồi bấm Quét để quét tiếp.</translation>
    </message>
    <message>
        <source>The scanner is busy (another desk or program is using it): wait a moment and press Scan again.</source>
        <translation>Máy quét đang bận (quầy hoặc chương trình khác đang dùng): chờ một lát rồi bấm Quét lại.</translation>
    </message>
    <message>
        <source>The scanner stopped answering: check its cable and power, press Find scanners, then Scan to continue.</source>
        <translation>Máy quét không phản hồi: kiểm tra cáp và nguồn điện, bấm Tìm máy quét rồi bấm Quét để quét tiếp.</translation>
    </message>
    <message>
        <source>The scanner was not found: check that it is plugged in and switched on, then press Find scanners.</source>
        <translation>Không tìm thấy máy quét: kiểm tra máy đã được cắm điện và bật, rồi bấm Tìm máy quét.</translation>
    </message>
    <message>
        <source>Scanning stopped.</source>
        <translation>Đã dừng quét.</translation>
    </message>
    <message>
        <source>Looking for scanners...</source>
        <translation>Đang tìm máy quét...</translation>
    </message>
    <message>
        <source>No scanner found. Connect one and press Find scanners, or add files.</source>
        <translation>Không tìm thấy máy quét. Hãy kết nối máy quét rồi bấm Tìm máy quét, hoặc thêm tệp.</translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 trang)</translation>
    </message>
    <message>
        <source>Scanning one page to replace the selected page...</source>
        <translation>Đang quét một trang để thay trang đang chọn...</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>Đang quét...</translation>
    </message>
    <message>
        <source>%1 pages scanned.</source>
        <translation>Đã quét %1 trang.</translation>
    </message>
    <message>
        <source>The %1 pages scanned before are kept.</source>
        <translation>%1 trang đã quét trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>A page could not be stored: %1</source>
        <translation>Không lưu được một trang: %1</translation>
    </message>
    <message>
        <source>%1 blank pages were left out.</source>
        <translation>Đã bỏ qua %1 trang trắng.</translation>
    </message>
    <message>
        <source>A separator sheet was found after the last paper; the pages after it stay with it.</source>
        <translation>Có tờ phân cách sau giấy tờ cuối cùng; các trang sau tờ đó vẫn thuộc giấy tờ cuối cùng.</translation>
    </message>
    <message>
        <source>Separator sheet: now scanning "%1".</source>
        <translation>Tờ phân cách: đang quét tiếp "%1".</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Images and PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Ảnh và PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Adding files...</source>
        <translation>Đang thêm tệp...</translation>
    </message>
    <message>
        <source>%1 pages added from files.</source>
        <translation>Đã thêm %1 trang từ tệp.</translation>
    </message>
    <message>
        <source>Wait for the scan to finish.</source>
        <translation>Hãy chờ quét xong.</translation>
    </message>
    <message>
        <source>A page of "%1" could not be stored: scan it again.</source>
        <translation>Một trang của "%1" không lưu được: hãy quét lại.</translation>
    </message>
    <message>
        <source>The pages of "%1" could not be put together: %2</source>
        <translation>Không ghép được các trang của "%1": %2</translation>
    </message>
    <message>
        <source>Page %1 (being processed)</source>
        <translation>Trang %1 (đang xử lý)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) are still being stored; try again in a moment.</source>
        <translation>
            <numerusform>Còn %n trang đang được lưu; vui lòng thử lại sau giây lát.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::SearchResultsModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SyncConflictsButton</name>
    <message>
        <source>result ready</source>
        <translation>có kết quả</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>fee notice</source>
        <translation>thông báo phí</translation>
    </message>
    <message>
        <source>processing stopped</source>
        <translation>dừng xử lý</translation>
    </message>
    <message>
        <source>the central system</source>
        <translation>hệ thống trung tâm</translation>
    </message>
    <message>
        <source>%1 — “%2” from %3 was not applied: the dossier had already been closed at the desk</source>
        <translation>%1 — thay đổi “%2” từ %3 không được áp dụng: hồ sơ đã được kết thúc tại bộ phận một cửa trước đó</translation>
    </message>
    <message>
        <source>Conflicts with central: %1</source>
        <translation>Xung đột với trung tâm: %1</translation>
    </message>
    <message>
        <source>Changes from processing units that were not applied because the desk's own act stands. Click to list them.</source>
        <translation>Các thay đổi của đơn vị xử lý không được áp dụng vì thao tác của bộ phận một cửa được giữ nguyên. Bấm để xem danh sách.</translation>
    </message>
    <message>
        <source>Conflicts with central</source>
        <translation>Xung đột với trung tâm</translation>
    </message>
    <message>
        <source>The desk closed these dossiers (withdrawn, returned, refused or stopped) before the processing unit's change arrived, so the change was not applied. Central has been told; the unit must cancel its action. Open a dossier to see it.</source>
        <translation>Bộ phận một cửa đã kết thúc các hồ sơ này (rút, trả, từ chối hoặc dừng) trước khi thay đổi của đơn vị xử lý đến, nên thay đổi không được áp dụng. Hệ thống trung tâm đã được thông báo; đơn vị xử lý cần hủy thao tác của mình. Mở một hồ sơ để xem.</translation>
    </message>
    <message>
        <source>… and %1 older (motcua sync --status lists them)</source>
        <translation>… và %1 xung đột cũ hơn (xem bằng motcua sync --status)</translation>
    </message>
</context>
</TS>
