#!/usr/bin/env python3
"""A real SMTP server for the notice tests (sync.test_notices), built on aiosmtpd (Debian:
python3-aiosmtpd). Each message it accepts is parsed with Python's e-mail package (RFC 5322, RFC 2047
words decoded, the text/plain body decoded from its transfer encoding) and saved as one JSON file in the
folder, written atomically:
  {"mail_from", "rcpt_tos", "subject", "body", "headers": {...}, "content_type", "charset", "defects"}
Usage: smtp_sink.py DIR [PORT]   (PORT 0 or absent: any free port). Prints the port, then serves on
127.0.0.1 until killed. Exits 3 with a message when aiosmtpd is missing."""
import asyncio
import email
import email.policy
import json
import os
import sys

try:
    from aiosmtpd.smtp import SMTP
except ImportError:
    sys.stderr.write("python3-aiosmtpd is missing: install the Debian package python3-aiosmtpd\n")
    sys.exit(3)


class Saver:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "subject": str(msg["subject"]),
            "raw_headers": raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace"),
            "body": msg.get_content() if msg.get_content_type() == "text/plain" else "",
            "content_type": msg.get_content_type(),
            "charset": msg.get_content_charset(),
            "headers": {k: str(v) for k, v in msg.items()},
            "defects": [type(d).__name__ for d in msg.defects],
        }
        path = os.path.join(self.folder, "%04d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 Message accepted"


async def main():
    folder = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    os.makedirs(folder, exist_ok=True)
    saver = Saver(folder)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(saver, hostname="sink.test"), host="127.0.0.1", port=port)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
