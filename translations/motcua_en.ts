<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackupSet</name>
    <message>
        <source>The site&apos;s &quot;backup&quot; section needs a &quot;folder&quot;, and &quot;interval_minutes&quot; and &quot;keep&quot; of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no readable manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of the backup %1 is not a MotCua backup manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names a path outside the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the backup is damaged (its size or SHA-256 differs from the manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the content store; nothing was copied. Run the database check, then restore the file from an earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read (%2); nothing was copied. Check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check disk space and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read (%2); nothing was copied. Check the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full or refuses writes; nothing was copied. Free some space, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); check disk space and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its SHA-256 differs from the one recorded); nothing was copied. Run the database check, then restore the file from an earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeMatrix</name>
    <message>
        <source>There is nothing to encode in the barcode: the dossier code is empty. Print the form from a saved dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; contains a character that Code 128 cannot carry; only printable ASCII is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode for &quot;%1&quot; could not be encoded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode for &quot;%1&quot; came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingSheetRenderer</name>
    <message>
        <source>paid less than due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid more than due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments that do not match their fee notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLERK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head at printing (%1): entry %2, hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEE CLOSING SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee closing sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing sheet lists each clerk&apos;s takings: only a supervisor prints it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyReportTable</name>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments not matching their fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid; due %1 đồng (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid; no fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report of the one-stop desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>No database in %1: run &quot;motcua --data-dir %1 init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not syncing: the data folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskCredential</name>
    <message>
        <source>No desk credential: run `motcua sync login` or set MOTCUA_CENTRAL_CREDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read by other users; make it private (chmod 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>This form cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The form font %1 is missing or unreadable. Install the Debian package fonts-liberation2 (or set MOTCUA_FONT_DIR) and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form font in %1 lacks Vietnamese letters (%2). Install the Debian package fonts-liberation2 and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; needs a dossier code; print it from a received dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file could not be opened. Check the printer name or the output path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose a writable path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSetCatalog</name>
    <message>
        <source>Cannot open the form set file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form set file %1 is not valid JSON (%2). Fix the file and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every form set needs an &quot;id&quot; and a &quot;valid_from&quot; date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form set %1: unknown form key &quot;%2&quot;. Use receipt, supplement_request, refusal, control_slip, apology_extension, stop_processing_notice, tracking_book or fee_notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form set %1: the form &quot;%2&quot; needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form sets %1 and %2 overlap or share an id; give each set its own id and non-overlapping validity dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form set file defines no form set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form set &quot;%1&quot; does not exist; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form set is in force on %1; add one to the form set configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDraft</name>
    <message>
        <source>Cannot read the intake draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake draft %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the intake draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the intake draft %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeParser</name>
    <message>
        <source>Unknown key &quot;%1&quot; in the intake file; remove it or check its spelling (see docs/cli.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;citizen&quot; or &quot;business&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen has &quot;id_number&quot;, not &quot;tax_code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business has &quot;tax_code&quot;, not &quot;id_number&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of component ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; not found; give a path relative to the intake file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected accept, request-supplement or refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is required when the dossier is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the missing components when requesting a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake field &quot;%1&quot; contains a control or text-direction character (U+%2); remove it and type the text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake field &quot;%1&quot; is too long: %2 characters, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a link, folder or device is not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is outside the intake file&apos;s folder; copy it there (or allow files anywhere in the site file, section &quot;intake&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is %2 MB; the limit is %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of file paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 files per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a file path (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a component id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress past the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn, stopped or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS BY CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableDossier</name>
    <message>
        <source>The field &quot;%1&quot; must be an ISO date-time such as 2025-03-12T09:05:00+07:00; got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking book needs &quot;from&quot; and &quot;to&quot; dates (yyyy-MM-dd), with &quot;from&quot; not after &quot;to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableFromStore</name>
    <message>
        <source>The tracking book needs a first and a last date (yyyy-MM-dd), the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <source>The printer &quot;%1&quot; does not exist. Available printers: %2. Check the name or start CUPS (scripts/start-cups.sh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS refused the print job for &quot;%1&quot;: %2. Check that the printer is enabled and accepting jobs (lpstat -p).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Procedure %1: %2 is invalid (%3); correct the catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue entry has no &quot;code&quot;; give every procedure its national code or a LOCAL- placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected working_days, days, hours or same_day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component lacks id or name_vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionSummary</name>
    <message>
        <source>SATISFACTION WITH THE HANDLING OF DOSSIERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>The image is empty: there is nothing to read barcodes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode format %1. Use a ZXing format name such as QRCode or Code128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the barcode helper: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 does not exist or cannot be read. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF (it may be damaged or password protected). Ask for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF files need the Qt image format plugins (Debian package qt6-image-formats-plugins). Ask the administrator to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, TIFF or PDF file the program can read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Ask for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page image is empty and cannot be stored. Scan the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compress the page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has no image. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the page folder %1. Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the page file %1: %2. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs at least one page. Scan or import its pages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read page file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page file %1 is not an image the PDF can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 can only be changed while a scan runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner rejected option %1 = %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 is not offered by %2 (it offers: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no document feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1 is not offered by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 = %2 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an image format the program cannot read (frame %1, depth %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jam in the scanner. Remove the jammed sheet, put the remaining pages back and continue; the pages already scanned are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cover is open. Close the cover and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy (used by another program or desk). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check its cable and power, then scan again; the pages already scanned are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the scanner was denied. Ask the administrator to grant this user access to the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to scan. Close other programs or lower the resolution and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner does not support this operation. Choose other scan settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner rejected the scan settings. Choose another source, resolution or page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner lamp is warming up. Wait a moment and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is locked for transport. Release the transport lock and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner with this name was found. Check that it is connected and choose it again from the device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting scanner.%1 in the site file. Remove it or check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner.%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner.blank_max_ink_ratio must be between 0 and 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner.compression must be &quot;mixed_raster&quot; or &quot;jpeg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner.lineart_compression must be &quot;jbig2&quot; or &quot;g4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable JBIG2 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page says it is %1 × %2 pixels, more than the program reads (%3 pixels a side, %4 MB of pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (a part of it points beyond its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding it would take more memory than a page may (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be vi or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed time is a test seam: it is honoured only when the environment has MOTCUA_TEST_CLOCK=1. The desk always works at the real time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the data folder %1; check the path and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2); check the file and its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s agency code &quot;%1&quot; is not a valid electronic identifier (e.g. 000.00.25.G14); correct the site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (%1); another program holds it. Try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed while %1: %2. Check disk space and permissions, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated storage failure at step %1; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key broken: table %1 row %2 points to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has an unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: state %2 does not match its last history row (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code counter for %1 on %2 is behind the issued code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index has %1 rows for %2 dossiers; run a reindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has an open %2 pause but is not waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox message %1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file %1 has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file %1 does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file %1; check the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed; check disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue needs a valid-from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue lists procedure %1 twice; keep one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 already has a version valid from %2; a new version must start on or after that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catalogue is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure row %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier with code &quot;%1&quot;; check the code on the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, code, identity number or phone to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must run from a date to the same or a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1; check that it exists and is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1; check disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 cannot be received through the %2 channel (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue does not say which channels procedure %1 accepts; check before accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 has no component &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue does not list the components of procedure %1; check the papers against the published procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program knows only up to %2; install the newer program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment date must not be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment must be later than the current one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be 1 (very satisfied), 2 (satisfied) or 3 (dissatisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 2-32 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login &quot;%1&quot; already exists; choose another login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password for &quot;%1&quot;; check both and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruning the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tracking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocating the dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the tracking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing the dossier for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pausing the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the supplement round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the new appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the failed log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure with code &quot;%1&quot; is in force on %2; check the code in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 has no component &quot;%2&quot;; use a component id listed in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of procedure %1 is unknown: the appointment is &quot;to be announced&quot;; a supervisor must set it by rescheduling the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason; it is printed on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apology needs the reason for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a positive number of đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method must be cash or transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount printed on the fee notice; the desk never computes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the authorised person who collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake decisions are made when the dossier is received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the unit that receives the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; an administrator adds more in user management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty (zero bytes); it was damaged, restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a MotCua database (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is truncated: %2 bytes of %3; restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key broken in table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing today&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not exceed %1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this amount the dossier&apos;s total would exceed %1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the dossiers per procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up an earlier applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the dossiers in a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal item number must be 6 to 32 letters and digits (e.g. EB123456789VN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary papers (round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the supplementary papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the postal item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer clock (%1) is earlier than the last recorded event (%2); nothing was saved. Correct the date and time of this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the database %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database %1 failed; check disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the replaced database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key %1 cannot be read; restore it from the backup of the configuration folder. Nothing is written to the audit log until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key %1 of this database is missing; restore it from the backup of the configuration folder. Nothing is written to the audit log until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a link, folder or device is not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the idempotency keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key &quot;%1&quot; was already used for another intake; use a new key for a new dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake was already received as %1 (same idempotency key); nothing new was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder belongs to agency %1, but the site file gives agency %2; use this desk&apos;s site file, or ask an administrator to rebind the folder to this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file %1 belongs to no dossier (left by an interrupted intake); a repair of the store removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the central system&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the central system&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of change &quot;%1&quot;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not hold dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stopped at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1 from %2 arrived after the dossier was %3 at the desk; the desk&apos;s act stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was already marked ready at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready at %1, waiting for return at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement request without a reason; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already waiting for supplementary papers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee notice with an impossible amount (%1); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee notice: %1 đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop without a reason; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over electronically (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue version needs valid_from and entries; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue from %1: %2 added, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar table needs a year and valid overrides; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar table for %1 has a date of another year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar overrides for %1: %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site change without settings; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings from central kept (not applied; the desk&apos;s site file governs): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from central has no sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a change from central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes from central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the changes from central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1, anchored at central, is missing from this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is not the row anchored at central: the log was changed and sealed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (a disk mounted read-only, or no write permission for this user); nothing can be saved. Check the disk and the folder&apos;s owner, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2); nothing was saved. Free some space, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder of %1 is read-only (while %2); nothing was saved. Check that the disk is writable and the folder belongs to this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2: %3); it was left as it is. Run the database check, then restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: the disk is full or refuses writes; free some space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup copy %1 of the database; check the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be made inside the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check the disk and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup&apos;s manifest in %1: the disk is full or refuses writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check the disk, the share and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the day&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the parked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the day&apos;s fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing payments with fee notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the day&apos;s ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart 1 to 104 weeks up to a valid day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a person&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the erasure (the person&apos;s request and its reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier holds the ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site file sets no retention period for personal data (&quot;personal_data&quot;: {&quot;retention_days&quot;: N}); nothing is purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding dossiers past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the satisfaction ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one backup: the number of backups to keep must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only and the database&apos;s journal (%2) holds changes that can only be read where the folder can be written; make the folder writable again to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1 and needs version %2, which means writing to it; the data folder is read-only, so make it writable and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central leased an impossible block %1-%2 for %3; not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the leased code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leased code blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing a number of a leased block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result-ready notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s lookup secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice report without channel or status; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the applicant by %1 (%2): sent at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the applicant by %1 (%2): not sent (%3), attempt %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment without a transaction id or with an impossible amount (%1); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 was recorded before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online (%1), transaction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online: %1 đồng, transaction %2; the clock resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payment of %1 đồng (transaction %2) differs from the %3 đồng due; flagged, not accepted: the clock stays paused until a person settles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payment of %1 đồng (transaction %2) for a dossier that is not waiting for payment (%3); flagged, not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen check (%1) with the national population database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business check (%1) with the national business registration database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet, will be asked again when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check is about the applicant or the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s %1 is not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the check with the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the pending checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting an attempt of a check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write the file %1: %2. Choose a writable path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose a writable path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingBookReport</name>
    <message>
        <source>DOSSIER TRACKING BOOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>incomplete, guidance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, waiting for hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for supplementary papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for payment of fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result ready for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an incomplete dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request supplementary papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the supplementary papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand the dossier over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a satisfaction rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier already has a satisfaction rating; a rating is recorded once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further step is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: the dossier is in state &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an intake decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status mapping entry %1 must name a known state and a national status code 1-10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>MotCua reference central server (loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port, e.g. 127.0.0.1:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the server&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --listen: &quot;%1&quot; is not ADDRESS:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed local time (tests only: needs MOTCUA_TEST_CLOCK=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of API requests that fail on purpose (tests), 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the faults&apos; random sequence (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every API request this many milliseconds late (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code (desk add, list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options --fault-rate (0 to 1), --fault-seed and --delay-ms need numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command; use &quot;desk add DESK_ID --agency CODE&quot;, &quot;list&quot;, &quot;unit ...&quot;, &quot;publish ...&quot; or &quot;changes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (unit request-supplement, unit stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in đồng (unit fee-notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee notice number (unit fee-notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the acting unit (unit ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (unit result-ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing papers, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of a catalogue version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of a calendar table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One desk only (publish site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate chain: serve https (with --tls-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key of the --tls-cert certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server for e-mail notices, e.g. smtp://127.0.0.1:2525.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address of e-mail notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require STARTTLS on the SMTP connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder where SMS notices are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often notices are looked for and sent, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry of a failed notice after this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dossier only (notices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --smtp-url: &quot;%1&quot; is not an smtp:// or smtps:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options --smtp-url and --mail-from go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a number of milliseconds (1 to 3600000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;notices [--code CODE]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;payment CODE --amount VND --txn ID [--channel online|vietqr] [--paid-at DATETIME]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of payment as 2026-03-12T09:30:00+07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;codes [--agency CODE]&quot; or &quot;codes slice DESK_ID FIRST-LAST&quot; (e.g. 0001-2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id of an online payment (payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online (national payment platform) or vietqr (payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the payment was made (payment; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with citizens.json and businesses.json (default: built in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;unavailable&quot; for this national database (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public status page: requests per minute from one client address (also the burst), 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to serve, or: desk add DESK_ID --agency CODE | list | unit result-ready|request-supplement|fee-notice|stop CODE | publish catalogue|calendar|site FILE | changes [CODE] | notices [--code CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --status-page-rate needs a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;motcua help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua [global options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --data-dir DIR   local database and stored files
  --site FILE      site configuration (default: the built-in demo site)
  --now DATETIME   use this local time (Asia/Ho_Chi_Minh) as now
  --user LOGIN     who acts (password from MOTCUA_PASSWORD or a prompt)
  --lang vi|en     language of messages (default vi)
  --format FORMAT  output format (json by default; help prints text)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the commands or show one command&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua help [COMMAND] [--format json]

Without COMMAND: the list of commands. Help is text unless --format json is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program version and library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua version

Prints JSON: {&quot;program&quot;, &quot;version&quot;, &quot;libraries&quot;: {&quot;qt&quot;, &quot;sqlite&quot;, &quot;libcurl&quot;, &quot;zxing-cpp&quot;, &quot;sane&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1 (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2030-02-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the calendar covers %2-%3; %4 is outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing subcommand: lunar, holidays or add-working-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;: use lunar, holidays or add-working-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar dates, public holidays and working-day arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua calendar lunar DATE
    The Vietnamese lunar date (UTC+7) of DATE (YYYY-MM-DD, 1900-2100):
    {&quot;date&quot;, &quot;lunar&quot;: {&quot;day&quot;, &quot;month&quot;, &quot;year&quot;, &quot;leap&quot;}, &quot;year_name&quot;, &quot;leap_month&quot;}.
motcua calendar holidays YEAR
    Days off other than plain weekends: [{&quot;date&quot;, &quot;name&quot;, &quot;kind&quot;: &quot;holiday|compensatory|override&quot;, &quot;source&quot;}].
motcua calendar add-working-days DATE N
    The N-th working day after DATE: {&quot;from&quot;, &quot;days&quot;, &quot;due&quot;}.

Holidays follow the Labour Code 2019 Art. 112, the built-in override table and the &quot;calendar&quot;
section of the site file. Malformed input exits 1 naming the argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua catalogue import FILE.json [--valid-from DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-from: expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON array of procedures (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua catalogue import|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or list the procedure catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua catalogue import FILE.json [--valid-from DATE]
motcua catalogue list [--date DATE] [--incomplete]

FILE.json uses the format of the seed catalogue (resources/procedures.json). A changed procedure becomes a new version valid from --valid-from (default today); dossiers keep the version in force when they were received. null means unknown: list shows &quot;complete&quot; and &quot;missing&quot; for each procedure. Import needs an administrator (--user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database or back it up online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one image or PDF file: motcua decode FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the barcodes on image or PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua decode FILE... [--formats QRCode Code128 ...]

Reads JPEG, PNG, TIFF (every page) and PDF (rendered at 300 dpi) files and prints JSON: [{&quot;file&quot;, &quot;barcodes&quot;: [{&quot;format&quot;, &quot;text&quot;, &quot;page&quot;}]}]. Format names are ZXing&apos;s (QRCode, Code128, DataMatrix, PDF417, ...); all formats are read unless --formats lists some. A file that cannot be read gets &quot;error&quot; instead of &quot;barcodes&quot; and the exit code is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from/--to: give dates YYYY-MM-DD, from &lt;= to, not after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer tools: generate synthetic dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]

Receives N invented dossiers (Vietnamese names, addresses, valid identity numbers and tax codes, catalogue procedures) over the working days of the period (default: the 60 days before today) and moves them through the workflow by age. Needs an administrator (--user); works as the users synth-clerk and synth-super.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found. Check that it is connected and switched on, then run &quot;motcua devices&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scanners that are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua devices

Prints JSON: [{&quot;name&quot;, &quot;vendor&quot;, &quot;model&quot;, &quot;type&quot;}]. &quot;name&quot; is what &quot;motcua scan --device&quot; takes. SANE finds the devices; SANE_CONFIG_DIR chooses its configuration folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua dossier receive FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the intake file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake file %1 is not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: expected a whole number of đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dossier code: motcua dossier %1 CODE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua dossier show CODE | motcua dossier search TEXT [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua dossier tracking-book --from DATE --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dossier subcommand &quot;%1&quot;; see motcua help dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive, show, search and move dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua dossier receive FILE.json      -&gt; {&quot;code&quot;,&quot;status&quot;,&quot;received&quot;,&quot;due&quot;,&quot;warnings&quot;}
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already initialised; use another --data-dir or add users with `motcua user add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the data folder, database and first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua init [--data-dir DIR] [--site FILE]

Creates the database with the built-in procedure catalogue (valid from today) and the account &quot;admin&quot;. Its password is MOTCUA_PASSWORD_NEW when set, else a random one printed once as &quot;admin_password&quot;.
Prints JSON: {&quot;data_dir&quot;, &quot;database&quot;, &quot;schema_version&quot;, &quot;admin_login&quot;, &quot;catalogue&quot;, [&quot;admin_password&quot;]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua parse cccd-qr PAYLOAD|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the QR code payload of a citizen ID card (CCCD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua parse cccd-qr PAYLOAD
motcua parse cccd-qr -      (reads the payload from standard input, UTF-8)

Prints {&quot;id&quot;, &quot;old_id&quot;, &quot;name&quot;, &quot;birth_date&quot;, &quot;sex&quot;, &quot;address&quot;, &quot;issue_date&quot;, &quot;warnings&quot;}
(plus &quot;extra&quot;/&quot;extra_date&quot; for an 8th field). Accepts 6 to 8 fields separated by &quot;|&quot;.
Malformed, non-UTF-8 or control-character input exits 1 with the reason; consistency problems
(birth year or sex against the ID number, dates) are warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a one-stop form to PDF or to a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the scanner with --device (see &quot;motcua devices&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder for the scanned pages with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source must be flatbed, adf or duplex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be color, gray or lineart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution must be a number of dots per inch from 50 to 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages must be a whole number of pages, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be a4, a5, letter or max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option takes NAME=VALUE (a SANE option of the device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan pages from a scanner into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database in %1; run `motcua init` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --user LOGIN (and the password in MOTCUA_PASSWORD or at the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set MOTCUA_PASSWORD or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua user add LOGIN --name &quot;FULL NAME&quot; --role clerk|postal|supervisor|admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, postal, supervisor or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new user&apos;s password in MOTCUA_PASSWORD_NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua validate cccd|tax-code|phone|email VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use cccd, tax-code, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a personal ID number, tax code, phone number or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua validate cccd NUMBER
    12-digit personal identification number: {&quot;valid&quot;: true, &quot;id&quot;, &quot;province_code&quot;, &quot;province&quot;,
    &quot;sex&quot;, &quot;birth_year&quot;}.
motcua validate tax-code CODE
    10-digit (check digit), 13-digit branch or 12-digit personal tax code:
    {&quot;valid&quot;: true, &quot;normalized&quot;, &quot;kind&quot;: &quot;business|branch|personal&quot;}.
motcua validate phone NUMBER | motcua validate email ADDRESS
    {&quot;valid&quot;: true, &quot;normalized&quot;}.

A rejected value prints {&quot;valid&quot;: false, &quot;reason&quot;, &quot;field&quot;, &quot;code&quot;} and exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT] (--amount is optional with --static).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: &quot;%1&quot; must be a whole number of đồng, digits only (e.g. 150000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a VietQR (NAPAS) payment payload for a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT]
              [--static] [--service QRIBFTTA|QRIBFTTC] [--merchant-name N] [--merchant-city C]

Prints {&quot;payload&quot;: &quot;000201...6304XXXX&quot;}: EMVCo TLV with the NAPAS GUID A000000727 and a
CRC-16/CCITT-FALSE. The note is folded to ASCII upper case and may have at most 25 characters.
Dynamic (one payment, amount locked) unless --static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1 given with --from-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a JSON object (%2); see docs/forms.md for its shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. Use receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice or tracking-book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua print %1 needs the dossier CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one output: --pdf OUT.pdf or --printer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 does not match the code %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua scan --device NAME [--source flatbed|adf|duplex] [--resolution DPI] [--mode color|gray|lineart]
            [--pages N] [--page-size a4|a5|letter|max] [--option NAME=VALUE]... [--no-pdf] --out DIR

Scans (flatbed: one page unless --pages; feeder: until it is empty or N pages), checks every page for
blank and barcodes, stores it compressed under the data dir (pages/ab/&lt;sha256&gt;.jpg|tif|jb2) and
writes DIR/page-NNN.jpg|tif|jb2 and one DIR/document-N.pdf per document (separator sheets split documents; the
site&apos;s scanner.separator_barcode). --option sets a SANE option of the device by its own name.
Prints JSON: {&quot;device&quot;, &quot;status&quot;: &quot;ok|no_documents|jammed|cover_open|busy|io_error|access_denied|
out_of_memory|cancelled|not_found|...&quot;, &quot;message&quot;, &quot;pages&quot;: [{&quot;file&quot;, &quot;sha256&quot;, &quot;width&quot;, &quot;height&quot;,
&quot;dpi&quot;, &quot;bytes&quot;, &quot;blank&quot;, &quot;barcodes&quot;: [{&quot;format&quot;, &quot;text&quot;}]}], &quot;documents&quot;: [{&quot;file&quot;, &quot;pages&quot;}]}.
Pages scanned before a device error are kept and listed; a device error exits 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected cash or transfer, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua user %1 LOGIN (see motcua help user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new password in MOTCUA_PASSWORD_NEW or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua user add|list|unlock|disable|enable|passwd (see motcua help user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, unlock, disable and enable user accounts, change passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua user add LOGIN --name &quot;FULL NAME&quot; --role clerk|postal|supervisor|admin
motcua user list
motcua user unlock LOGIN     clear the failed sign-ins and the lock
motcua user disable LOGIN    the account can no longer sign in
motcua user enable LOGIN     allow the account to sign in again
motcua user passwd LOGIN     set a new password (and clear the lock)

Needs --user of an administrator (password in MOTCUA_PASSWORD); anyone may change their own password with passwd. The new password comes from MOTCUA_PASSWORD_NEW (passwd also asks for it at a terminal) and is stored as an Argon2id hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database in %1; nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk credential: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential: set MOTCUA_CENTRAL_CREDENTIAL or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the credential (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;; see `motcua help sync`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the desk&apos;s records to the central system, or show the sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a database; give --force to replace it (it is kept beside as .before-restore-...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repair needs the stored files checked; drop --skip-files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake file %1 is larger than 4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua site show|rebind (see motcua help site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the agency the data folder is bound to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua site show      the agency bound to the data folder and the --site file&apos;s agency
motcua site rebind    bind the data folder to the --site file&apos;s agency (administrators; audited)

`motcua init` binds the data folder to the agency of its site file; every later command refuses a site file of another agency (code site_mismatch) until an administrator rebinds it.
Prints JSON: {&quot;bound_agency&quot;, &quot;previous_agency&quot;, &quot;site_agency&quot;, &quot;matches&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua audit verify [--against-central]

Prints {&quot;ok&quot;, &quot;rows&quot;, &quot;head&quot;, &quot;findings&quot;: [{&quot;seq&quot;, &quot;problem&quot;, &quot;message&quot;}]}; problem is edited, deleted, reordered or inserted. Exit 1 when any row was tampered with. Needs a supervisor or administrator (--user).
--against-central: also checks each audit head central kept from this desk&apos;s syncs is still in the log at its position (a log edited and sealed again is caught: anchor_mismatch, anchor_missing); adds &quot;anchors_checked&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes a number of backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua db check [--repair] | motcua db backup FOLDER | motcua db backup --rotate DIR --keep N | motcua db restore BACKUP [--force] | motcua db purge [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup never replaces anything: give a new folder (or use --rotate DIR --keep N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua db check [--skip-files] [--repair]
motcua db backup FOLDER
motcua db backup --rotate DIR [--keep N]
motcua db restore BACKUP [--force]
motcua db purge [--dry-run]

check runs SQLite&apos;s integrity and foreign-key checks plus the store&apos;s own invariants (states, history, code counters, search index, pauses, outbox, stored files and their SHA-256, audit chain); exit 1 when a problem is found, also when the file is damaged (read only: never created or repaired). --repair first removes stored files no dossier references (left by an interrupted intake; audited) and lists them as &quot;removed_files&quot;. backup makes the new folder FOLDER with the database (SQLite&apos;s online backup, safe while the desk is in use), every stored file it references and manifest.json with their SHA-256; readable by its owner only, never over anything that exists; a missing or damaged stored file fails it (exit 3) and leaves nothing. --rotate makes a new backup folder in DIR and removes the oldest beyond the newest N (default 7), for cron. restore takes a backup folder (or a database file) and refuses a damaged one, copies its stored files back, replaces the data folder&apos;s database only with --force (the replaced one is kept beside it as motcua.db.before-restore-TIME), checks the restored copy and records the restore in its audit log. Needs an administrator. purge erases the personal data of finished dossiers not changed for the site&apos;s personal_data.retention_days (docs/personal-data.md); --dry-run only lists them; a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua person export --id ID_NUMBER | motcua person erase --id ID_NUMBER --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or erase one person&apos;s personal data (Decree 13/2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua person export --id ID_NUMBER
motcua person erase --id ID_NUMBER --reason TEXT

export prints everything the desk holds about the citizen with that ID number: their details and every dossier they appear in (as applicant, owner or collector of the result) with its files&apos; references. erase replaces their name, ID number, birth date, phone, e-mail and address in those dossiers by a marker, removes them from notes, history and the messages waiting for the central system, and deletes the content of the papers that are theirs alone; the dossier&apos;s code, procedure, dates and states stay. Both are audited; erase needs the reason (the request and its reference). Supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as --from DATE --to DATE, --month YYYY-MM, --quarter YYYY-Q1..Q4 or --year YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid: use dates yyyy-MM-dd, the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format %1; use json, csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2. Choose a writable path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua report daily|period|tracking-book|satisfaction PERIOD [--format json|csv|xlsx|pdf] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;. Use daily, period, tracking-book or satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor reports: the day&apos;s dashboard, periodic report, tracking book, satisfaction; exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua report daily [--date D] [--format json|csv|xlsx|pdf] [--out FILE]
motcua report period|tracking-book|satisfaction (--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --year YYYY) [--format json|csv|xlsx|pdf] [--out FILE]

period: dossiers to handle (carried over, new by channel), resolved early/on time/late, in progress within/past the limit, by procedure and channel. satisfaction: ratings by agency, procedure and clerk. tracking-book: the book&apos;s entries (supervisor only).
JSON on stdout; with --format csv|xlsx|pdf the file goes to --out and stdout gets {&quot;report&quot;, &quot;from&quot;, &quot;to&quot;, &quot;format&quot;, &quot;out&quot;, &quot;rows&quot;}.
daily: the dashboard of day D (default today), counts, queues, fees per clerk, ratings; an administrator gets the counts only. See docs/dashboard.md and docs/reports.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD, e.g. 2027-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua sync [--once]
motcua sync --status
motcua sync login
motcua sync retry [KEY] --user LOGIN

--once: one round (push, then pull central&apos;s changes), then {&quot;pushed&quot;,&quot;uploaded_bytes&quot;,&quot;pulled&quot;,&quot;pending&quot;,&quot;parked&quot;}; exit 3 when central cannot be reached (nothing is lost). Without --once: rounds until Ctrl-C.
--status: {&quot;online&quot;,&quot;pending&quot;,&quot;pending_bytes&quot;,&quot;parked&quot;:[{&quot;code&quot;,&quot;service&quot;,&quot;reason&quot;}],&quot;last_error&quot;,&quot;last_success&quot;,&quot;feed&quot;:{&quot;cursor&quot;,&quot;last_pull&quot;,&quot;changes&quot;,&quot;conflicts&quot;,&quot;recent_conflicts&quot;,&quot;calendar&quot;,&quot;site&quot;}}.
login: checks the desk credential (MOTCUA_CENTRAL_CREDENTIAL or a prompt) with central and keeps it in the system keychain, or where there is none in &lt;data dir&gt;/central-credential, readable by this user only.
retry: releases parked records (all, or the one with KEY) after the cause was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua print FORM CODE --pdf OUT | --printer NAME (FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice, tracking-book, closing-sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua print FORM CODE --pdf OUT.pdf | --printer NAME [--form-set ID] [--from-json FILE]
motcua print tracking-book --from DATE --to DATE --pdf OUT.pdf | --printer NAME
motcua print closing-sheet [--date DATE] [--clerk LOGIN] [--out OUT.pdf]

FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, fee-notice.
The dossier is read from the store (needs --user); --from-json FILE prints from a JSON file instead (docs/forms.md). --form-set picks a form set (TT03-2025, TT01-2018); by default the set in force on the receipt date.
Prints JSON: {&quot;form&quot;, &quot;code&quot;, &quot;form_set&quot;, &quot;pages&quot;, &quot;pdf&quot; | &quot;printer&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 names no owner apart from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of dossier %2 is not the one given; leave the options out to check the dossier&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD | verify business --tax-code C (or --dossier CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--party is applicant or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua verify show CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua verify citizen|business|show ... (motcua help verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a citizen or a business with the national databases (central).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD [--dossier CODE [--party owner]]
motcua verify business --tax-code C [--dossier CODE [--party owner]]
motcua verify show CODE

Asks the site&apos;s central server with the desk&apos;s credential (motcua sync login). A citizen check
prints {&quot;result&quot;:&quot;match|mismatch|not_found|unavailable&quot;} (a mismatch names what differs:
&quot;differs&quot;:[&quot;name&quot;,&quot;birth_date&quot;]); a business check prints {&quot;result&quot;:&quot;found|not_found|
unavailable&quot;,&quot;name&quot;,&quot;address&quot;,&quot;representative&quot;,&quot;status&quot;:&quot;active|suspended|dissolved&quot;}.
With --dossier the answer is kept with the dossier (history and audit); the options may then be
left out (the dossier&apos;s applicant, or owner, is checked). Without an answer (central or the
national database unreachable) the check is kept as pending and asked again by `motcua sync`;
the exit code is then 3. `verify show CODE` lists a dossier&apos;s checks. Needs --user (a clerk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CccdQr</name>
    <message>
        <source>CCCD QR: the text is too long (%1 characters) to be an ID card QR code. Scan the QR code on the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: no text was read. Scan the QR code on the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the text contains control or unreadable characters, so the scanner garbled it. Set the scanner to serial mode or a US keyboard layout and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: expected 6 to 8 fields separated by &quot;|&quot; but found %1. The code is not an ID card QR code or was garbled; scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: no date of birth (8 digits ddMMyyyy) in field 3 or 4. The code was garbled; scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the issue date field is missing. Scan the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: field 1 (personal identification number) must be 12 digits, got &quot;%1&quot;. Scan the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the full name field is empty. Scan the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the date of birth &quot;%1&quot; is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the issue date &quot;%1&quot; is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old ID number &quot;%1&quot; is not 9 or 12 digits. Check it against the old card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains characters a Vietnamese name cannot contain; the scanner may have garbled it. Compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future. Compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is earlier than the date of birth. Compare both with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is in the future. Check the computer&apos;s date and the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 8th field (%1) is a date earlier than the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address field is empty. Ask for the permanent address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the %1 field contains a line break, but every field on the card is one line. Scan the code again or type the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD QR: the sex field must be &quot;Nam&quot; or &quot;Nữ&quot;, got &quot;%1&quot;. Scan the code again or type the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra (8th)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Clock</name>
    <message>
        <source>The current time &quot;%1&quot; is not a date-time. Use the form 2027-03-01T09:30:00 (local time, Asia/Ho_Chi_Minh) or 2027-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CodeAllocator</name>
    <message>
        <source>Site setting codes.%1 must be a whole number from 1 to 9999. Ask the administrator to correct the site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site setting codes.first (%1) is greater than codes.last (%2). Ask the administrator to correct the site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has issued every dossier number of its range %1-%2 for today. Issue the code from the central system when it is reachable, or ask the administrator to give this desk a further range (site setting &quot;codes&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer clock gives no valid time. Set the date and time before receiving dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer clock (%1) is earlier than the last time this desk issued or confirmed a code (%2). The date is part of the dossier code, so no code is issued: correct the date and time of this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Config</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not allowed; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierCode</name>
    <message>
        <source>The dossier code must look like 000.00.25.G14-250312-0007 (agency code, receipt date yyMMdd, 4-digit number). Check the code and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code may contain only ASCII letters, digits, dots and dashes. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date part of the dossier code (%1) is not a real date (yyMMdd). Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number at the end of the dossier code must be 0001 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DueDate</name>
    <message>
        <source>Setting %1 must be a time of day as HH:mm (e.g. 15:00), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours must end after they start (officeStart %1, officeEnd %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of this procedure is unknown, so no appointment date can be computed. Enter the limit in the procedure catalogue or set the appointment by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt time is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date falls outside the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::InputCheck</name>
    <message>
        <source>%1: the value is empty. Give a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is too long (%2 characters, at most %3 allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not valid UTF-8 text. Check the input&apos;s character encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value contains a control character (code %2). Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the input is too long (more than %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the input is not valid UTF-8 text. Check the input&apos;s character encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Lunar</name>
    <message>
        <source>Lunar month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar day must be between 1 and 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar date %1/%2%3/%4 does not exist: the month is shorter or the year has no such leap month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SiteConfig</name>
    <message>
        <source>Cannot open the site configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration file %1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: the field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: desk_id &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: agency_code &quot;%1&quot; is not an electronic agency identifier of the form 000.00.25.G14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: channel must be &quot;desk&quot; or &quot;postal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: central_url &quot;%1&quot; must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the site configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared desk of the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk run by the public postal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit&apos;s own desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared desk does not serve &quot;%1&quot;: add the agency and its code to &quot;agencies&quot; in the site file, or send the applicant to that agency&apos;s desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: desk_option must be &quot;shared&quot;, &quot;unit&quot; or &quot;postal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: agencies must map each agency&apos;s name to its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: the code &quot;%1&quot; of agency &quot;%2&quot; in agencies is not an electronic agency identifier of the form 000.00.25.G14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: a shared desk (desk_option &quot;shared&quot;) needs &quot;agencies&quot;, the agencies it serves with their codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Validators</name>
    <message>
        <source>Personal identification number: empty. Type the 12 digits printed on the citizen ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identification number: the first three digits (%1) are not a province code. Check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identification number: digits 4-6 give the birth year %1, which is in the future. Check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 does not match the personal identification number, which gives birth year %2. Check both against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; is neither Nam nor Nữ. Check it against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex %1 does not match the personal identification number, which gives %2. Check both against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: empty. Type the 10-digit tax code, the 13-digit branch code or the 12-digit personal identification number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: must have 10 digits, 13 digits for a branch, or 12 digits for a person (got %1). Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: digits 3-9 cannot all be zero. Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: the check digit (10th digit) is wrong, so the code has a typing error. Check it against the registration certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: a branch suffix (digits 11-13) cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: &quot;%1&quot; is not a Vietnamese phone number. Use 10 digits for a mobile (e.g. 0912345678), 11 digits for a landline with its area code (e.g. 02438223344), or +84 followed by the number without the 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address. It must look like name@example.vn, without spaces or diacritics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identification number: must be exactly 12 digits (got %1 characters). Check the number on the citizen ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: a 12-digit code is a personal tax code, which is the person&apos;s identification number, and this one is not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: only digits are allowed (spaces and dots are ignored, and one dash may separate a branch suffix). Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: a dash may only separate the 3-digit branch suffix from the 10-digit code (0100233488-001), and only once. Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::VietQr</name>
    <message>
        <source>VietQR: the bank BIN must be 6 digits (e.g. 970418), got &quot;%1&quot;. Check the unit&apos;s payment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR: the account number must be 1 to 19 letters or digits, got &quot;%1&quot;. Check the unit&apos;s payment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR: the amount must be a whole number of đồng greater than 0 (at most 13 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR: the service must be QRIBFTTA (account) or QRIBFTTC (card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR: the transfer note &quot;%1&quot; has %2 characters; banking apps accept at most %3. Use a shorter payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR: the merchant name may have at most 25 characters and the city at most 15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::WorkCalendar</name>
    <message>
        <source>Calendar setting %1: %2 Correct the calendar configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday name (Mon ... Sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a month and day as MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a lunar month and day as MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days must be 1-15 and offsetDays -15..15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be &quot;off&quot; or &quot;work&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label must contain %1 for the holiday&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::audit::AuditChain</name>
    <message>
        <source>Audit row %1 (position %2) has an impossible sequence number: it was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) comes after the last row the program recorded (%3): it was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 at position %2 is a second row with the same sequence number as the row at position %3: it was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is missing (between rows %2 and %3): it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is missing (before row %2): it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is missing (after row %2; the program recorded %3 rows): it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is missing (the program recorded %2 rows): it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 are missing too: they were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed: its sequence number now reads %3 and its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row 1 (position %1) was changed and re-sealed: it no longer starts the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) was changed and re-sealed: its hash differs from the one recorded by row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (position %2) is the last row but its hash differs from the head the program stored: the row was changed and re-sealed, or the head was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it is stored at position %2, after row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is out of order: it is stored first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::auth</name>
    <message>
        <source>The account is locked after %1 wrong passwords in a row. Try again after %2, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be started; reinstall the program or contact the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed: the computer is out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot consist of spaces only: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break): type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password repeats a single character: choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is one of the most commonly used passwords: choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains the login name &quot;%1&quot;: choose one that does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand a dossier over to the processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that the result is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return the result to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the withdrawal of a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that processing was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a fee payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reschedule the appointment (apology slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a satisfaction rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print dossier forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports and the tracking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the procedure catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronise with the central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not %2. Ask a user with the right role to do it, or ask an administrator to change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or erase a person&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge personal data past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view report counts (no dossier contents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::store::RecordRules</name>
    <message>
        <source>%1 must be a JSON string, as the national portal expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; it is sent even when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, sent even when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time as yyyyMMddHHmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be empty or a time as yyyyMMddHHmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a national status code from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IsDeleted must be &quot;True&quot; or &quot;False&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DuongDanTaiTepTin must be the http(s) address the portal fetches the file from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoLuong must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoaiGiayTo is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gia must be an amount in đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoDinhDanh must be a 12-digit personal ID (LoaiDinhDanh &quot;1&quot;) or a 9-digit old ID (&quot;2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaHoSo is not a dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrichYeuHoSo must be given and at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoaiDoiTuong must be an applicant type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KenhThucHien must be 1 (desk), 2 (online) or 3 (post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HinhThuc must be &quot;0&quot; or &quot;1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NguoiXuLy must be given and at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes in the site&apos;s &quot;national&quot; section are strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting in the site&apos;s &quot;national&quot; section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isUpdating must be &quot;True&quot; or &quot;False&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data must be a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 characters of the lookup secret&apos;s alphabet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::AuditAnchors</name>
    <message>
        <source>Central refused the desk credential (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central did not give the audit anchors (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralPayments</name>
    <message>
        <source>Transaction %1 was reported before for dossier %2 and %3 đồng; a transaction id names one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central holds no dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central holds no open fee notice for dossier %1 (notices: %2, %3 đồng; paid online: %4 đồng); the payment is not recorded, return it to the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction id is 1 to 64 letters, digits or . _ : / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is online (national payment platform) or vietqr (bank transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralServer</name>
    <message>
        <source>The reference central server listens on loopback only; %1 is not a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port already in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: the token is unknown or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is {&quot;records&quot;:[...]} with 1 to %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier record of dossier %1 in this batch was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for /api/v1/changes?cursor=N (N &gt;= 0) with an optional limit of 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {&quot;outcomes&quot;:[...]} with 1 to %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {&quot;seq&quot;: N, &quot;hash&quot;: &quot;&lt;64 hex&gt;&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Qt has no TLS support (OpenSSL missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {&quot;id&quot;: &quot;&lt;12 digits&gt;&quot;, &quot;name&quot;: &quot;...&quot;, &quot;birth_date&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralState</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central storage failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk id is 1 to 32 letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency electronic identifier (e.g. 000.00.25.G14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown desk credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record carries an idempotency key of at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idempotency key was used for a different record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not of this desk&apos;s agency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress for dossier %1 came before its registration; send the registration first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting a record&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralVerify</name>
    <message>
        <source>Cannot read the fixture database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a fixture database: it needs {&quot;%2&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --service-down: &quot;%1&quot; is not citizen or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the log of checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::ChangeFeed</name>
    <message>
        <source>Unknown unit change &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central holds no dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2 (status %3) at central; a unit cannot do that now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the unit&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish catalogue, calendar or site, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the desk&apos;s outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 sent another hash for audit row %2 than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping an audit anchor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CodeBlocks</name>
    <message>
        <source>Unknown desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk&apos;s static slice lies within 0001-%1 (the numbers from %2 are leased by central); %3-%4 does not. Correct the site setting &quot;codes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 registered the static slice %2-%3 before; it now reports %4-%5. Ask the central administrator to change it (motcua-central codes slice DESK_ID FIRST-LAST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The static slice %1-%2 overlaps desk %3&apos;s slice %4-%5 of agency %6; two desks of one agency would issue the same codes. Give the desks slices that do not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering a static slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk %1 issues codes of agency %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block is leased for today or tomorrow (yyMMdd, central&apos;s date %1), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block has 1 to %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leasing a code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number of the leasing range %1-%2 of agency %3 is leased for %4; desks issue from their static slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking a dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code %1: number %2 is neither in desk %3&apos;s static slice nor in a block central leased to it for that day; two desks could have issued it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CodeLeaseSettings</name>
    <message>
        <source>Site setting codes.lease.%1 must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::ConnectivityMonitor</name>
    <message>
        <source>No central system is configured for this desk (&quot;central_url&quot; in the site file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system answered but is not ready (HTTP %1). Work is kept on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::FeedCommands</name>
    <message>
        <source>Use &quot;changes [CODE]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;unit result-ready CODE&quot;, &quot;unit request-supplement CODE --reason T&quot;, &quot;unit fee-notice CODE --amount VND&quot; or &quot;unit stop CODE --reason T&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount is a whole number of đồng, more than 0 (e.g. 150000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason with --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;publish catalogue|calendar|site FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --valid-from yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --year, e.g. 2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::FeedPuller</name>
    <message>
        <source>Central&apos;s feed answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::NoticeSender</name>
    <message>
        <source>Unknown channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the SMS spool folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the SMS spool folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::Notices</name>
    <message>
        <source>moving the notices&apos; cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping what the notices know of a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing an e-mail notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing an SMS notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the notices to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a notice&apos;s attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting a notice to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::ServiceCheckClient</name>
    <message>
        <source>The national database does not answer now; the check is asked again when it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no credential for the central system (motcua sync login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the desk credential (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncEngine</name>
    <message>
        <source>No desk credential: run &quot;motcua sync login&quot; or set MOTCUA_CENTRAL_CREDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central asked for some records again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central answered HTTP %1; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the desk credential (HTTP %1); ask for a new one with &quot;motcua-central desk add&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the batch (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncSiteSettings</name>
    <message>
        <source>A pinned key is &quot;sha256//&quot; followed by the base64 SHA-256 of the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base64 SHA-256 (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the site file switches TLS verification off (sync.verify_tls = false): anyone on the network can read and change what this desk sends to central. Switch it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout is a number of milliseconds from 100 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify_tls is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry delay is a number of milliseconds from 10 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::TransportMessages</name>
    <message>
        <source>The central system at %1 did not answer in time. Work is kept on this desk; it is sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the central system at %1: nothing answers there. Check the network cable or Wi-Fi, and the central address in the site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system&apos;s name %1 is unknown to the network (DNS). Check the central address in the site file and the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate cannot be trusted. Ask the system administrator; do not switch verification off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the answer arrived. It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central address &quot;%1&quot; is not an http or https address. Correct it in the site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusFileStore</name>
    <message>
        <source>Cannot write the upload&apos;s description %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the uploads folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upload %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload-Offset %1 is not the upload&apos;s offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk goes past the upload&apos;s length %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded file&apos;s SHA-256 %1 differs from the one announced, %2; the upload is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusMessages</name>
    <message>
        <source>The central system had a problem (HTTP %1) while receiving %2. The file stays on this desk; the upload resumes later where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system refused this desk&apos;s credentials (HTTP %1) for the upload of %2. The desk signs in again before the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system refused the upload of %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of %1 arrived damaged at the central system %2 times in a row; the upload stops. Ask the system administrator to check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system received %1, but its SHA-256 differs from the one announced: the file changed while it was being sent, or its recorded SHA-256 is wrong. The central system discarded it; a new attempt sends it again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 (%2 bytes) is larger than the central system accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 (%2 bytes) is larger than the central system accepts (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system answered the upload of %1 in a way that does not follow the tus protocol (%2). Ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to the central system: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::TusUploadState</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the state of file uploads in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the details shown on this screen as the clerk enters them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR code for the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay by transfer, scan the code with your banking app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come back for your result on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with our service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardChartsView</name>
    <message>
        <source>Dossiers received per day, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results on time (%) per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers digitised at intake (%) per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction ratings per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early or on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::DashboardPage</name>
    <message>
        <source>Waiting for hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology slip for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n working day(s), held by %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apology slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s dossiers counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers in the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;ueues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print closing sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fees per clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments &amp;not matching their fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1: %2. Overdue: %3. Due today: %4. Ratings: %5 very satisfied, %6 satisfied, %7 dissatisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: an administrator does not see the dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid less than due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid more than due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total of the day: %1 đồng in cash, %2 đồng by transfer; %n payment(s) not matching their fee notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) not matching their fee notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::FileListPaperFiles</name>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of the paper &quot;%2&quot; is no longer there; remove it or add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a paper in the checklist to add its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::HandoverPage</name>
    <message>
        <source>Unit / dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers waiting for hand-over, by processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code of a &amp;result that came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over to processing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unit not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier is waiting for hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) waiting for hand-over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the dossiers (or a whole unit) to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 is ready for return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;earlier days still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier received today is waiting for hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received today waiting for hand-over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed with them: %n dossier(s) received on earlier days, still waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received on earlier days are still waiting: tick &quot;%1&quot; to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakePage</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what was entered for this intake and start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not receive dossiers: intake is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of the procedure&apos;s name or its code, with or without accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures, the most used first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the catalogue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No procedure matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete in the catalogue: %1 unknown. Check the published procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original(s), %2 cop(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: choose one in the list (type words of its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s &amp;owner is someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the earlier dossier of %1 (%2): check the details with the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: brought as the catalogue asks (again: nothing brought) · a digit: change a count · Enter: next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;apers brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Complete: every required paper is there (%n paper(s) listed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n required paper(s) missing (highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept: receive the dossier and print the receipt with the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: request a supplement of the missing papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the agency&apos;s remit: refuse with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive and &amp;print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 original(s), %3 certified, %4 photocop(ies), %5 file(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper is ticked as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (ticked on the papers step): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive and &amp;print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;print the supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;print the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when the dossier is not accepted; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing papers: tick at least one on the papers step (column &quot;Missing&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 received. Appointment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be announced (time limit unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 recorded as waiting for papers; the supplement request was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 refused; the refusal was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1. Use &quot;Print again&quot; when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole đồng, e.g. 150000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;transfer (VietQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VietQR code for the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee from the catalogue for dossier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue gives no amount: type the amount of the fee notice, or choose &quot;No payment now&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VietQR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the desk&apos;s bank account in the site file (section &quot;payment&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2), bank %3; transfer note: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a whole positive number of đồng, or choose &quot;No payment now&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New intake (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 5: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished intake was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intake was not finished (procedure %1, applicant %2, last saved %3). Continue it?

No deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::LoginDialog</name>
    <message>
        <source>Sign in — MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name: please enter your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::LookupPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code, name, ID or tax number, phone, procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: type a dossier code, a name, an ID or tax number, a phone or a procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID / tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed (time limit unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original(s), %2 certified cop(ies), %3 photocop(ies), %4 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing today&apos;s dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier received today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s dossiers: %n received today, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict with central: a processing unit&apos;s change was not applied, the desk&apos;s act stands (%1) — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a dossier: look up the procedure, check and scan the papers, accept or refuse, print the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode to find the dossier and hand the result back to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search dossiers by code, name, ID or tax number, phone or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, waiting for hand-over, due today, overdue and ready for return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting for the central system and the last exchange with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles, procedure catalogue, holiday calendar, backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — work is saved locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Checking connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue. What was on screen is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk locked — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcuts of this window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every form, Alt with the underlined letter moves to that field or button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system cannot be reached. Keep working: everything is saved on this desk and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · held back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s queues, deadlines, fees per clerk, ratings and charts, for the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report, tracking book and satisfaction of a month, quarter or year; exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup only: %1 Dossiers can be looked up, but nothing can be received or changed until the folder can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::NationalCheckBox</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the national database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a valid tax code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a valid ID number, the full name and the birth date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the national database through the central system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: no answer from the national database (%1). The check is kept with the dossier and asked again when the desk is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: the ID number, full name and birth date agree with the national population database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: %1 on the form differs from the national population database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the national population database has no citizen with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the national business registration database has no business with this tax code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name on the form differs from the registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: the business is registered and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name: %1
Address: %2
Legal representative: %3
Status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is kept with dossier %1 as pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is kept with dossier %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::PageZoomDialog</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::PaperChecklistModel</name>
    <message>
        <source>Papers brought (the catalogue does not list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: %1 original(s), %2 cop(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (* required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::PartyForm</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not the QR code of an ID card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date such as 17/05/1990</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureListModel</name>
    <message>
        <source>time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown in the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsPage</name>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From–to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a first date that is not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reports of a period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReturnPage</name>
    <message>
        <source>Supplementary papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type the dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s &amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An a&amp;uthorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised person&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation &amp;paper checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &amp;papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Applicant: &lt;b&gt;%3&lt;/b&gt; (ID / tax number %4)&lt;br&gt;Status: %5 — appointment %6 — result returned %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready: enter the postal item number it is sent in, then return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready: type the collector&apos;s ID number from their card, then return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is waiting for papers: add what the applicant brought, then record the supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 was already returned on %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 is not ready for return (status: %2; appointment %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the applicant&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the applicant: the authorised person&apos;s ID is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the applicant&apos;s ID: choose &quot;An authorised person&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal item number the result is sent in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the collector&apos;s ID number from their card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not match the applicant&apos;s: choose &quot;An authorised person&quot; and check the authorisation paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the authorised person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the authorisation paper and tick it before returning the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of %1 returned to %2. Ask the applicant to rate the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: the rating of %1 is recorded. Scan the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement of %1 recorded: the dossier is %2 again; appointment %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::ScanPageModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 (being processed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::ScanPanel</name>
    <message>
        <source>Scanned &amp;pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;iles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rot&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resca&amp;n page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeder is empty: put the papers in the feeder and press Scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jam: open the feeder cover, remove the jammed sheet, put the pages not yet scanned back and press Scan to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cover is open: close it and press Scan to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy (another desk or program is using it): wait a moment and press Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped answering: check its cable and power, press Find scanners, then Scan to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner was not found: check that it is plugged in and switched on, then press Find scanners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found. Connect one and press Find scanners, or add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning one page to replace the selected page...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pages scanned before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blank pages were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separator sheet was found after the last paper; the pages after it stay with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheet: now scanning &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages added from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the scan to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of &quot;%1&quot; could not be stored: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of &quot;%1&quot; could not be put together: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 (being processed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) are still being stored; try again in a moment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::SearchResultsModel</name>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::SyncConflictsButton</name>
    <message>
        <source>result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — “%2” from %3 was not applied: the dossier had already been closed at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with central: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from processing units that were not applied because the desk&apos;s own act stands. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk closed these dossiers (withdrawn, returned, refused or stopped) before the processing unit&apos;s change arrived, so the change was not applied. Central has been told; the unit must cancel its action. Open a dossier to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 older (motcua sync --status lists them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
