<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name />
    <message>
        <source>Unknown key "%1" in the intake file; remove it or check its spelling (see docs/cli.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake field "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number from 0 to 1000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "citizen" or "business"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a citizen has "id_number", not "tax_code"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the identity number is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a business has "tax_code", not "id_number"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tax code is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the procedure code is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the applicant is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list of component ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the component id is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file "%1" not found; give a path relative to the intake file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected accept, request-supplement or refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reason is required when the dossier is not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the missing components when requesting a supplement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarcodeMatrix</name>
    <message>
        <source>There is nothing to encode in the barcode: the dossier code is empty. Print the form from a saved dossier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" contains a character that Code 128 cannot carry; only printable ASCII is allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The barcode for "%1" could not be encoded (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The barcode for "%1" came out empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>This form cannot be printed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The form font %1 is missing or unreadable. Install the Debian package fonts-liberation2 (or set MOTCUA_FONT_DIR) and print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form font in %1 lacks Vietnamese letters (%2). Install the Debian package fonts-liberation2 and print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form "%1" needs a dossier code; print it from a received dossier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file could not be opened. Check the printer name or the output path and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose a writable path.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormSetCatalog</name>
    <message>
        <source>Cannot open the form set file %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form set file %1 is not valid JSON (%2). Fix the file and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every form set needs an "id" and a "valid_from" date (yyyy-MM-dd).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form set %1: unknown form key "%2". Use receipt, supplement_request, refusal, control_slip, apology_extension, stop_processing_notice, tracking_book or fee_notice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form set %1: the form "%2" needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form sets %1 and %2 overlap or share an id; give each set its own id and non-overlapping validity dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form set file defines no form set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form set "%1" does not exist; choose one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No form set is in force on %1; add one to the form set configuration.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintableDossier</name>
    <message>
        <source>The field "%1" must be an ISO date-time such as 2025-03-12T09:05:00+07:00; got "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tracking book needs "from" and "to" dates (yyyy-MM-dd), with "from" not after "to".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Procedure %1: %2 is invalid (%3); correct the catalogue file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A catalogue entry has no "code"; give every procedure its national code or a LOCAL- placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a non-negative number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected working_days, days, hours or same_day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected desk, postal or online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a component lacks id or name_vi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>The image is empty: there is nothing to read barcodes from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown barcode format %1. Use a ZXing format name such as QRCode or Code128.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the barcode helper: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File %1 does not exist or cannot be read. Check the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable PDF (it may be damaged or password protected). Ask for another copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIFF files need the Qt image format plugins (Debian package qt6-image-formats-plugins). Ask the administrator to install it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, TIFF or PDF file the program can read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: %2. Ask for another copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page image is empty and cannot be stored. Scan the page again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not compress the page: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 has no image. Scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the page folder %1. Check that the data folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the page file %1: %2. Check the free disk space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document needs at least one page. Scan or import its pages first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read page file %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page file %1 is not an image the PDF can hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option %1 can only be changed while a scan runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner rejected option %1 = %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source %1 is not offered by %2 (it offers: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no document feeder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode %1 is not offered by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option %1 = %2 was rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner sent an image format the program cannot read (frame %1, depth %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper jam in the scanner. Remove the jammed sheet, put the remaining pages back and continue; the pages already scanned are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner cover is open. Close the cover and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner is busy (used by another program or desk). Wait a moment and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner stopped answering. Check its cable and power, then scan again; the pages already scanned are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the scanner was denied. Ask the administrator to grant this user access to the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to scan. Close other programs or lower the resolution and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner does not support this operation. Choose other scan settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner rejected the scan settings. Choose another source, resolution or page size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner lamp is warming up. Wait a moment and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner is locked for transport. Release the transport lock and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scanner with this name was found. Check that it is connected and choose it again from the device list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown setting scanner.%1 in the site file. Remove it or check its spelling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner.%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner.blank_max_ink_ratio must be between 0 and 0.1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the data folder %1; check the path and permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1 (%2); check the file and its folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's agency code "%1" is not a valid electronic identifier (e.g. 000.00.25.G14); correct the site file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused an operation (%1); check disk space and permissions, then try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy (%1); another program holds it. Try again in a moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database failed while %1: %2. Check disk space and permissions, then try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated storage failure at step %1; nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A batch is already open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign key broken: table %1 row %2 points to a missing %3 row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier %1 has an unknown state "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier %1: state %2 does not match its last history row (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier code %1 is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code counter for %1 on %2 is behind the issued code %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search index has %1 rows for %2 dossiers; run a reindex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier %1 has an open %2 pause but is not waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox message %1 is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored file %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored file %1 has the wrong size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored file %1 does not match its SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup cannot overwrite the live database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the backup file %1; check the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup to %1 failed; check disk space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue needs a valid-from date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalogue entry %1 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue lists procedure %1 twice; keep one entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure %1 already has a version valid from %2; a new version must start on or after that date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in catalogue is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure row %1 not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No procedure with code "%1" is in force on %2; check the code with `motcua catalogue list`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dossier with code "%1"; check the code on the receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of a name, code, identity number or phone to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must run from a date to the same or a later date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1; check that it exists and is readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1; check disk space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure %1 cannot be received through the %2 channel (allowed: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue does not say which channels procedure %1 accepts; check before accepting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure %1 has no component "%2"; use an id from `motcua catalogue list`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure %1 has no component "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue does not list the components of procedure %1; check the papers against the published procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time limit of procedure %1 is unknown: the appointment is "to be announced"; a supervisor must set it with `dossier reschedule`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database has schema version %1 but this program knows only up to %2; install the newer program version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for the supplement request (--reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason (--reason); it is printed on the notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The apology needs the reason for the delay (--reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the new appointment date (--to YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new appointment date must not be in the past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new appointment must be later than the current one (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be a positive number of đồng (--amount)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment method must be cash or transfer (--method)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the amount printed on the fee notice (--amount); the desk never computes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rating must be 1 (very satisfied), 2 (satisfied) or 3 (dissatisfied)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the name of the authorised person who collects (--collector-name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake decisions are made with `dossier receive`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the unit that receives the dossier (--unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed over from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login "%1" is not valid: use 2-32 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database already has users; add more with `motcua user add`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's full name is required (--name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user with the login "%1" already exists; choose another login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password for "%1"; check both and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account "%1" is disabled; ask an administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>incomplete, guidance given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received, waiting for hand-over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>being processed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for supplementary papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for payment of fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result ready for return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>processing stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept the dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record an incomplete dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refuse at intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request supplementary papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the supplementary papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refuse the dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hand the dossier over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record a fee notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record a payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark the result ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>return the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdraw the dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop processing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reschedule the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record a satisfaction rating</source>
        <translation>ghi nhận đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>This dossier already has a satisfaction rating; a rating is recorded once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no further step is possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>possible steps: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot %1: the dossier is in state "%2" (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an intake decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status mapping entry %1 must name a known state and a national status code 1-10</source>
        <translation type="unfinished" />
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
    <name>motcua::CccdQr</name>
    <message>
        <source>CCCD QR: the text is too long (%1 characters) to be an ID card QR code. Scan the QR code on the card again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: no text was read. Scan the QR code on the card again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: the text contains control or unreadable characters, so the scanner garbled it. Set the scanner to serial mode or a US keyboard layout and scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: expected 6 to 8 fields separated by "|" but found %1. The code is not an ID card QR code or was garbled; scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: no date of birth (8 digits ddMMyyyy) in field 3 or 4. The code was garbled; scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: the issue date field is missing. Scan the code again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: field 1 (personal identification number) must be 12 digits, got "%1". Scan the code again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: the full name field is empty. Scan the code again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: the date of birth "%1" is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CCCD QR: the issue date "%1" is not a real date (ddMMyyyy). Scan the code again or type the data by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The old ID number "%1" is not 9 or 12 digits. Check it against the old card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name "%1" contains characters a Vietnamese name cannot contain; the scanner may have garbled it. Compare it with the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of birth is in the future. Compare it with the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue date is earlier than the date of birth. Compare both with the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issue date is in the future. Check the computer's date and the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 8th field (%1) is a date earlier than the issue date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address field is empty. Ask for the permanent address.</source>
        <translation type="unfinished" />
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
    <name>motcua::CodeAllocator</name>
    <message>
        <source>Site setting codes.%1 must be a whole number from 1 to 9999. Ask the administrator to correct the site file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site setting codes.first (%1) is greater than codes.last (%2). Ask the administrator to correct the site file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk has issued every dossier number of its range %1-%2 for today. Issue the code from the central system when it is reachable, or ask the administrator to give this desk a further range (site setting "codes").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer clock gives no valid time. Set the date and time before receiving dossiers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer clock (%1) is earlier than the last time this desk issued or confirmed a code (%2). The date is part of the dossier code, so no code is issued: correct the date and time of this computer, then try again.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dossier code may contain only ASCII letters, digits, dots and dashes. Type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date part of the dossier code (%1) is not a real date (yyMMdd). Check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number at the end of the dossier code must be 0001 to 9999.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::DueDate</name>
    <message>
        <source>Setting %1 must be a time of day as HH:mm (e.g. 15:00), not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office hours must end after they start (officeStart %1, officeEnd %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time limit of this procedure is unknown, so no appointment date can be computed. Enter the limit in the procedure catalogue or set the appointment by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt time is missing or invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment date falls outside the calendar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::Lunar</name>
    <message>
        <source>Lunar month must be between 1 and 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunar day must be between 1 and 30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunar date %1/%2%3/%4 does not exist: the month is shorter or the year has no such leap month.</source>
        <translation type="unfinished" />
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
    <name>motcua::Validators</name>
    <message>
        <source>Personal identification number: empty. Type the 12 digits printed on the citizen ID card.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Personal identification number: must be exactly 12 digits (got %n character(s)). Check the number on the citizen ID card.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Personal identification number: the first three digits (%1) are not a province code. Check the number on the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal identification number: digits 4-6 give the birth year %1, which is in the future. Check the number on the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date %1 does not match the personal identification number, which gives birth year %2. Check both against the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex "%1" is neither Nam nor Nữ. Check it against the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex %1 does not match the personal identification number, which gives %2. Check both against the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: empty. Type the 10-digit tax code, the 13-digit branch code or the 12-digit personal identification number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: only digits are allowed (spaces, dots and one dash are ignored). Check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: must have 10 digits, 13 digits for a branch, or 12 digits for a person (got %1). Check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: digits 3-9 cannot all be zero. Check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: the check digit (10th digit) is wrong, so the code has a typing error. Check it against the registration certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax code: a branch suffix (digits 11-13) cannot be 000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number: "%1" is not a Vietnamese phone number. Use 10 digits for a mobile (e.g. 0912345678), 11 digits for a landline with its area code (e.g. 02438223344), or +84 followed by the number without the 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail: "%1" is not a valid address. It must look like name@example.vn, without spaces or diacritics.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::VietQr</name>
    <message>
        <source>VietQR: the bank BIN must be 6 digits (e.g. 970418), got "%1". Check the unit's payment settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VietQR: the account number must be 1 to 19 letters or digits, got "%1". Check the unit's payment settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VietQR: the amount must be a whole number of đồng greater than 0 (at most 13 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VietQR: the service must be QRIBFTTA (account) or QRIBFTTC (card).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VietQR: the transfer note "%1" has %2 characters; banking apps accept at most %3. Use a shorter payment reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VietQR: the merchant name may have at most 25 characters and the city at most 15.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::WorkCalendar</name>
    <message>
        <source>Calendar setting %1: %2 Correct the calendar configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a weekday name (Mon ... Sun).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a month and day as MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a lunar month and day as MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days must be 1-15 and offsetDays -15..15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type must be "off" or "work", not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every entry needs a label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation type="unfinished" />
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
    <name>motcua::ui::LoginDialog</name>
    <message>
        <source>Sign in — MotCua Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login name: please enter your login name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::ui::LookupPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier code, name, ID or tax number, phone, procedure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation type="unfinished">Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Search: type a dossier code, a name, an ID or tax number, a phone or a procedure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dossier matches "%1".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID / tax number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not computed (time limit unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 original(s), %2 certified cop(ies), %3 photocop(ies), %4 file(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
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
<context>
    <name>motcua::ui::SearchResultsModel</name>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
