import { verifyAuditChain } from '../server/audit/trail';
import { ConfigError, loadConfig } from '../server/config/env';
import { openDatabase } from '../server/db/client';
import { DataDirLockedError } from '../server/db/lock';

/**
 * `npm run audit:verify`: walks the audit trail's hash chain and names the first broken link.
 * Exit code 0 when intact, 2 when broken, 1 when it could not check.
 */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: 1 }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      process.stdout.write(`audit trail intact: ${result.checked} events verified\n`);
      return 0;
    }
    process.stdout.write(
      `audit trail BROKEN at event ${result.firstBrokenSeq}: ${result.reason} (${result.checked} events before it verified)\n`,
    );
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const known = err instanceof DataDirLockedError || err instanceof ConfigError;
    process.stderr.write(
      known
        ? `${(err as Error).message}\n(While the server runs, auditors can verify in the app: GET /api/audit/verify.)\n`
        : `audit:verify failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
