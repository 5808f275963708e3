<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
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
        <source>Option --lang: use vi or en, not "%1".</source>
        <translation>Tùy chọn --lang: dùng vi hoặc en, không phải "%1".</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Option --lang: use vi or en, not "%1".</source>
        <translation>Tùy chọn --lang: dùng vi hoặc en, không phải "%1".</translation>
    </message>
</context>
<context>
    <name>motcua::Clock</name>
    <message>
        <source>Option --now: "%1" is not a date-time. Use the form 2027-03-01T09:30:00 (local time, Asia/Ho_Chi_Minh) or 2027-03-01.</source>
        <translation>Tùy chọn --now: "%1" không phải ngày giờ. Dùng dạng 2027-03-01T09:30:00 (giờ địa phương, Asia/Ho_Chi_Minh) hoặc 2027-03-01.</translation>
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
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua Desk — %1</source>
        <translation>MotCua Desk — %1</translation>
    </message>
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
        <source>Desk: %1 — %2</source>
        <translation>Quầy: %1 — %2</translation>
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
</context>
</TS>
