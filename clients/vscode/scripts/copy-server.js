// Copies the server jar built at the repository root (server/target/dslfix.jar), or the one named
// by DSLFIX_JAR, into server/dslfix.jar so that `vsce package` bundles it. Without one the
// extension is packaged without a server, and users set dslfix.server.path.
'use strict';
const fs = require('fs');
const path = require('path');

const source = process.env.DSLFIX_JAR || path.resolve(__dirname, '..', '..', '..', 'server', 'target', 'dslfix.jar');
const target = path.resolve(__dirname, '..', 'server', 'dslfix.jar');

if (fs.existsSync(source)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    const mb = (fs.statSync(target).size / (1024 * 1024)).toFixed(1);
    console.log(`copy-server: bundled ${source} (${mb} MiB) as server/dslfix.jar`);
} else if (fs.existsSync(target)) {
    console.log(`copy-server: ${source} not found; keeping the existing server/dslfix.jar`);
} else {
    console.log(`copy-server: ${source} not found; packaging without a server jar (users set dslfix.server.path)`);
}
