#!/bin/sh
# Starts the CUPS scheduler (when it is not running) and creates the PDF printer queue "MotCua_PDF"
# (printer-driver-cups-pdf) whose output lands in /var/spool/cups-pdf/motcua. Idempotent; run as root
# on Debian 12 after the packages of scripts/packages.txt are installed. Used by scripts/run-tests.sh
# and by the printing tests (tests/print/test_print_cups.cpp, label cups).
set -eu

QUEUE="${MOTCUA_CUPS_QUEUE:-MotCua_PDF}"
OUT_DIR="${MOTCUA_CUPS_PDF_DIR:-/var/spool/cups-pdf/motcua}"
CONF=/etc/cups/cups-pdf.conf

if [ "$(id -u)" -ne 0 ]; then
    echo "start-cups.sh: must run as root (it configures cupsd and cups-pdf)" >&2
    exit 3
fi
for tool in cupsd lpadmin lpstat; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
        echo "start-cups.sh: $tool is missing; install cups, cups-client, cups-bsd and printer-driver-cups-pdf" >&2
        exit 3
    }
done
PATH="$PATH:/usr/sbin:/sbin"

# cups-pdf writes every job, whoever sent it, into one known folder.
mkdir -p "$OUT_DIR"
chmod 0777 "$OUT_DIR"
if [ -f "$CONF" ]; then
    if grep -q "^Out $OUT_DIR\$" "$CONF" && grep -q "^AnonDirName $OUT_DIR\$" "$CONF"; then
        :
    else
        sed -i -e '/^#\{0,1\}Out /d' -e '/^#\{0,1\}AnonDirName /d' "$CONF"
        printf 'Out %s\nAnonDirName %s\n' "$OUT_DIR" "$OUT_DIR" >> "$CONF"
    fi
fi

scheduler_up() { lpstat -r 2>/dev/null | grep -q "is running" && ! lpstat -r 2>/dev/null | grep -q "not running"; }

if ! scheduler_up; then
    mkdir -p /run/cups
    cupsd
    i=0
    until scheduler_up; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            echo "start-cups.sh: cupsd did not start within 10 s (see /var/log/cups/error_log)" >&2
            exit 3
        fi
        sleep 0.1
    done
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    PPD=""
    for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd; do
        [ -f "$candidate" ] && PPD="$candidate" && break
    done
    if [ -z "$PPD" ]; then
        echo "start-cups.sh: no cups-pdf PPD found; install printer-driver-cups-pdf" >&2
        exit 3
    fi
    lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P "$PPD" -o PageSize=A4
fi
cupsenable "$QUEUE" 2>/dev/null || true
cupsaccept "$QUEUE" 2>/dev/null || true
echo "CUPS is running; queue $QUEUE writes PDFs to $OUT_DIR"
