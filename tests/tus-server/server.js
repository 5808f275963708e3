// An independent tus 1.0 server for sync.test_tus_independent: @tus/server with @tus/file-store.
//   node server.js --dir DIR [--port PORT]       (or TUS_PORT / TUS_DIR in the environment)
// Listens on 127.0.0.1 only (port 0 = any free port), serves /files/, stores uploads in DIR and prints
// "listening on PORT" on stdout once it accepts connections. Installed with `npm ci` by
// scripts/run-tests.sh into <build>/tus-server (see README.md in this folder).
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';

function option(name, envName, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    if (index >= 0 && index + 1 < process.argv.length) return process.argv[index + 1];
    return process.env[envName] ?? fallback;
}

const port = Number(option('port', 'TUS_PORT', '0'));
const directory = option('dir', 'TUS_DIR', '');
if (!directory || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node server.js --dir DIR [--port PORT]');
    process.exit(2);
}

const tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });
const http = tus.listen({ host: '127.0.0.1', port }, () => {
    console.log(`listening on ${http.address().port}`);
});
http.on('error', (error) => {
    console.error(`cannot listen: ${error.message}`);
    process.exit(1);
});
process.on('SIGTERM', () => http.close(() => process.exit(0)));
